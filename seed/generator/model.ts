/** The rows the generator writes, one interface per bundle file (docs/DESIGN.md "Town bundle"). */
import type { Field, Strength } from '../../server/vocabulary/codes.js';
import type { TieType } from '../../server/vocabulary/ties.js';

export interface Organization {
  id: string;
  name: string;
  /** Free text in the municipality's words (地域包括支援センター, 市の課 …). */
  kind: string;
  fields: Field[];
  /** Where it is located (a tier-3 area, or the town for bodies outside it). */
  areaId: string;
  /** The areas it serves. */
  serves: string[];
}

export interface Council {
  id: string;
  name: string;
  kind: string;
  tier: 1 | 2 | 3;
  covers: string[];
}

export interface Hub {
  id: string;
  name: string;
  kind: string;
  areaId: string;
  tags: string[];
}

export interface Tie {
  from: string;
  to: string;
  type: TieType;
  since?: string;
  until?: string;
  strength?: Strength;
  note?: string;
}
