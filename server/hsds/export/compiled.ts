/**
 * HSDS tables → HSDS JSON: the "compiled" service objects of the spec (schema/compiled/service.json), each service
 * with its organization, its service_at_locations with their locations, its service areas, schedules and
 * attributes (each with its taxonomy term and taxonomy) nested in it.
 */
import type { HsdsRow, HsdsTables } from '../tables.js';

type Json = Record<string, unknown>;

/** The row without its empty cells and without the ids the nesting already says. */
function plain(row: HsdsRow, drop: readonly string[] = []): Json {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== undefined && !drop.includes(key)));
}

export function compiledServices(tables: HsdsTables): Json[] {
  const byId = <T extends HsdsRow>(rows: T[]) => new Map(rows.map((row) => [row.id as string, row]));
  const organizations = byId(tables.organization);
  const locations = byId(tables.location);
  const terms = byId(tables.taxonomy_term);
  const taxonomies = byId(tables.taxonomy);
  const attributesOf = (id: string): Json[] =>
    tables.attribute
      .filter((a) => a.link_id === id)
      .map((a) => {
        const term = terms.get(a.taxonomy_term_id as string)!;
        const taxonomy = taxonomies.get(term.taxonomy_id as string);
        return {
          ...plain(a),
          taxonomy_term: { ...plain(term), ...(taxonomy ? { taxonomy_detail: plain(taxonomy) } : {}) },
        };
      });
  return tables.service.map((service) => {
    const id = service.id as string;
    const organization = organizations.get(service.organization_id as string)!;
    return {
      ...plain(service),
      organization: { ...plain(organization), attributes: attributesOf(organization.id as string) },
      service_at_locations: tables.service_at_location
        .filter((s) => s.service_id === id)
        .map((s) => {
          const location = locations.get(s.location_id as string)!;
          return {
            ...plain(s),
            location: { ...plain(location), attributes: attributesOf(location.id as string) },
          };
        }),
      service_areas: tables.service_area
        .filter((a) => a.service_id === id)
        .map((a) => ({ ...plain(a), attributes: attributesOf(a.id as string) })),
      schedules: tables.schedule.filter((s) => s.service_id === id).map((s) => plain(s)),
      attributes: attributesOf(id),
    };
  });
}
