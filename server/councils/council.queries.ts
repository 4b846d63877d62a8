/** The columns of a council beside its placement, with the row they return and its mapper. */
import type { PlacedRow } from '../areas/placed.queries.js';
import type { Council } from './council.type.js';

/** `areaIds` are the areas it covers; a council is located nowhere. */
export interface CouncilRow extends PlacedRow {
  name: string;
  kind: string | null;
  tier: number | null;
  /** a case conference's household: the council is seen only by those who see the household in detail */
  householdId: string | null;
  since: string | null;
  until: string | null;
}

/** Cypher over `n`: a council's own columns. */
export const councilColumns =
  'n.name AS name, n.kind AS kind, n.tier AS tier, n.householdId AS householdId, n.since AS since, n.until AS until';

export function toCouncil(row: CouncilRow): Council {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    tier: row.tier,
    covers: row.areaIds.map((id) => ({ id })),
    since: row.since,
    until: row.until,
  };
}
