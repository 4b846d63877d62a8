/** The columns of a hub beside its placement, with the row they return and its mapper. */
import type { PlacedRow } from '../areas/placed.queries.js';
import type { Hub } from './hub.type.js';

export interface HubRow extends PlacedRow {
  name: string;
  kind: string | null;
  tags: string[];
}

/** Cypher over `n`: a hub's own columns. */
export const hubColumns = 'n.name AS name, n.kind AS kind, coalesce(n.tags, []) AS tags';

export function toHub(row: HubRow): Hub {
  return { id: row.id, name: row.name, kind: row.kind, tags: row.tags, area: row.areaId ? { id: row.areaId } : null };
}
