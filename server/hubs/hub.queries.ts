/** The columns of a hub beside its placement, with the row they return and its mapper. */
import type { PlacedRow } from '../areas/placed.queries.js';
import type { AudienceCode } from '../vocabulary/matchCodes.js';
import type { HubFunctionCode, HubOperatorCode, SkillCode, WeekdayCode } from '../vocabulary/resourceCodes.js';
import type { Hub } from './hub.type.js';

export interface HubRow extends PlacedRow {
  name: string;
  kind: string | null;
  tags: string[];
  audience: AudienceCode[];
  since: string | null;
  until: string | null;
  operator: HubOperatorCode | null;
  openDays: WeekdayCode[];
  openHours: string | null;
  functions: HubFunctionCode[];
  consultationPoint: boolean;
  helpWanted: SkillCode[];
}

/** Cypher over `n`: a hub's own columns. */
export const hubColumns = `n.name AS name, n.kind AS kind, coalesce(n.tags, []) AS tags, coalesce(n.audience, []) AS audience,
  n.since AS since, n.until AS until, n.operator AS operator, coalesce(n.openDays, []) AS openDays,
  n.openHours AS openHours, coalesce(n.functions, []) AS functions,
  coalesce(n.consultationPoint, false) AS consultationPoint, coalesce(n.helpWanted, []) AS helpWanted`;

export function toHub(row: HubRow): Hub {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    tags: row.tags,
    audience: row.audience,
    since: row.since,
    until: row.until,
    operator: row.operator,
    openDays: row.openDays,
    openHours: row.openHours,
    functions: row.functions,
    consultationPoint: row.consultationPoint,
    helpWanted: row.helpWanted,
    area: row.areaId ? { id: row.areaId } : null,
  };
}
