/**
 * A checked HSDS package → what Tsunagari holds of it, for one area: organizations become organizations; a location
 * with services becomes a hub when one of them is marked `hub` (taxonomy.ts), is another organization's, or has no
 * organization, and otherwise is its organization's place (the area it lies in); service areas become the areas
 * the organization serves. Where a location lies is its `area` attribute when that names an area of the
 * municipality, else the import's area itself; an organization with no place in the package stays where it is (a
 * new one lies in the import's area). A service area is found by its `area` attribute or its name among the
 * municipality's areas; one that names none is a problem. What the package does not say (no kind, no fields, no
 * service area) is left as it is.
 */
import type { BundleProblem } from '../../shared/errors.js';
import type { Field } from '../../vocabulary/codes.js';
import { fieldOfTerm, type TermCode, termId } from '../taxonomy.js';
import type { LocatedRow, ReadTable } from './read.js';

export interface AreaScope {
  /** the import's area */
  areaId: string;
  /** every area of its municipality, by id, with its name */
  municipality: ReadonlyMap<string, string>;
}

export interface PlannedOrganization {
  hsdsId: string;
  name: string;
  /** null: the package does not say, keep what is there */
  kind: string | null;
  fields: Field[] | null;
  /** null: no place in the package */
  areaId: string | null;
  /** null: no service area in the package */
  serves: string[] | null;
}

export interface PlannedHub {
  /** the id of its HSDS location */
  hsdsId: string;
  name: string;
  kind: string | null;
  tags: string[] | null;
  areaId: string;
  /** the HSDS ids of the organizations delivering its services (those imported as organizations) */
  operators: string[];
}

export interface ImportPlan {
  organizations: PlannedOrganization[];
  hubs: PlannedHub[];
}

const value = (row: LocatedRow, column: string) => row.cell(column).value;

export function planImport(
  tables: ReadonlyMap<string, ReadTable>,
  scope: AreaScope,
): { plan: ImportPlan; problems: BundleProblem[] } {
  const rows = (table: string) => tables.get(table)?.rows ?? [];
  const problems: BundleProblem[] = [];
  const attributes = new Map<string, { term: string; value: string }[]>();
  for (const row of rows('attribute')) {
    const link = value(row, 'link_id');
    attributes.set(link, [
      ...(attributes.get(link) ?? []),
      { term: value(row, 'taxonomy_term_id'), value: value(row, 'value') },
    ]);
  }
  const valuesOf = (id: string, code: TermCode) =>
    (attributes.get(id) ?? []).filter((a) => a.term === termId(code) && a.value !== '').map((a) => a.value);
  const has = (id: string, code: TermCode) => (attributes.get(id) ?? []).some((a) => a.term === termId(code));
  const fieldsOf = (id: string) =>
    (attributes.get(id) ?? []).map((a) => fieldOfTerm(a.term)).filter((f): f is Field => f !== undefined);
  const placed = (id: string) => valuesOf(id, 'area').find((area) => scope.municipality.has(area)) ?? scope.areaId;

  // organizations written for a hub no organization runs are no organizations of ours
  const organizations = new Map(
    rows('organization')
      .filter((row) => !has(value(row, 'id'), 'hub'))
      .map((row) => [value(row, 'id'), row]),
  );
  const services = new Map(rows('service').map((row) => [value(row, 'id'), row]));
  const servicesAt = new Map<string, LocatedRow[]>();
  for (const row of rows('service_at_location')) {
    const service = services.get(value(row, 'service_id'));
    if (service)
      servicesAt.set(value(row, 'location_id'), [...(servicesAt.get(value(row, 'location_id')) ?? []), service]);
  }
  const hubServices = new Set<string>();
  const places = new Map<string, string>();
  const hubs: PlannedHub[] = [];
  for (const location of rows('location')) {
    const id = value(location, 'id');
    const owner = value(location, 'organization_id');
    const at = servicesAt.get(id) ?? [];
    const isHub =
      at.length > 0 &&
      (owner === '' ||
        !organizations.has(owner) ||
        at.some((s) => has(value(s, 'id'), 'hub') || value(s, 'organization_id') !== owner));
    if (!isHub) {
      // an organization's first place is where it lies (Tsunagari places an organization in one area)
      if (owner !== '' && !places.has(owner)) places.set(owner, placed(id));
      continue;
    }
    for (const s of at) hubServices.add(value(s, 'id'));
    const serviceIds = at.map((s) => value(s, 'id'));
    const kinds = serviceIds.flatMap((s) => valuesOf(s, 'kind'));
    const tags = [...new Set(serviceIds.flatMap((s) => valuesOf(s, 'tag')))];
    hubs.push({
      hsdsId: id,
      name: value(location, 'name') || value(at[0], 'name'),
      kind: kinds[0] ?? null,
      tags: tags.length > 0 ? tags : null,
      areaId: placed(id),
      operators: [...new Set(at.map((s) => value(s, 'organization_id')).filter((o) => organizations.has(o)))],
    });
  }

  const byName = new Map([...scope.municipality].map(([areaId, name]) => [name, areaId]));
  const serves = new Map<string, Set<string>>();
  for (const row of rows('service_area')) {
    const service = services.get(value(row, 'service_id'));
    if (!service || hubServices.has(value(service, 'id'))) continue;
    const owner = value(service, 'organization_id');
    if (!organizations.has(owner)) continue;
    const named = valuesOf(value(row, 'id'), 'area').find((area) => scope.municipality.has(area));
    const areaId = named ?? byName.get(value(row, 'name'));
    if (areaId === undefined) {
      const cell = row.cell('name');
      problems.push({
        file: row.file,
        line: row.line,
        column: cell.column,
        columnName: 'name',
        value: cell.value,
        message: `names no area of the municipality (a service area is one of its areas, by name or by the area attribute)`,
      });
      continue;
    }
    serves.set(owner, (serves.get(owner) ?? new Set()).add(areaId));
  }

  const planned = [...organizations].map(([id, row]): PlannedOrganization => {
    const own = rows('service').filter((s) => value(s, 'organization_id') === id && !hubServices.has(value(s, 'id')));
    const fields = [...new Set([...fieldsOf(id), ...own.flatMap((s) => fieldsOf(value(s, 'id')))])];
    return {
      hsdsId: id,
      name: value(row, 'name'),
      kind: valuesOf(id, 'kind')[0] ?? null,
      fields: fields.length > 0 ? fields : null,
      areaId: places.get(id) ?? null,
      serves: serves.has(id) ? [...serves.get(id)!] : null,
    };
  });
  return { plan: { organizations: planned, hubs }, problems };
}
