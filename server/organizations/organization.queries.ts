/** The columns of an organization beside its placement, with the row they return and its mapper. */
import type { PlacedRow } from '../areas/placed.queries.js';
import type { Organization } from './organization.type.js';

/** `areaIds` are the areas it serves. */
export interface OrganizationRow extends PlacedRow {
  name: string;
  kind: string | null;
  fields: string[];
  since: string | null;
  until: string | null;
}

/** Cypher over `n`: an organization's own columns. */
export const organizationColumns =
  'n.name AS name, n.kind AS kind, coalesce(n.fields, []) AS fields, n.since AS since, n.until AS until';

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    fields: row.fields,
    since: row.since,
    until: row.until,
    area: row.areaId ? { id: row.areaId } : null,
    serves: row.areaIds.map((id) => ({ id })),
  };
}
