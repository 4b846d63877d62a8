/** The columns of a household beside its placement, with the row they return and its mapper. */
import type { PlacedRow } from '../areas/placed.queries.js';
import type { Household } from './household.type.js';

export interface HouseholdRow extends PlacedRow {
  name: string;
  memberCount: number;
}

/** Cypher over `n`: a household's own columns, its member count among them (one query for a whole list). */
export const householdColumns = 'n.name AS name, COUNT { (:Person)-[:MEMBER_OF]->(n) } AS memberCount';

export function toHousehold(row: HouseholdRow): Household {
  return { id: row.id, name: row.name, area: row.areaId ? { id: row.areaId } : null, memberCount: row.memberCount };
}
