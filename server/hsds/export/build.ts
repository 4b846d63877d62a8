/**
 * The 生活便利帳's rows as HSDS tables. Only what the directory shows is written (directory.service.ts makes the
 * selection; it reaches no person): an organization becomes an organization with one service (its 窓口), delivered at
 * its location (the area it lies in) to its service areas (the areas it serves); a hub becomes a service of the
 * organization running it, at the hub's own location. A hub no organization runs gets an organization of its own
 * (HSDS names an organization for every service), marked `hub`, so that no resident running it is written.
 */
import type { DirectoryHubRow, DirectoryOrganizationRow } from '../../directory/directory.queries.js';
import type { DirectoryRows } from '../../directory/directory.service.js';
import type { DirectoryArea } from '../../directory/directory.type.js';
import { type Field, fields } from '../../vocabulary/codes.js';
import { hsdsIdOf } from '../ids.js';
import type { HsdsRow, HsdsTables, WrittenTable } from '../tables.js';
import { fieldTerm, type TermCode, taxonomyRow, termId, termRows } from '../taxonomy.js';

/** The HSDS ids nodes keep from an import (their provenance), by our id; the others get name-based UUIDs. */
export type KeptIds = ReadonlyMap<string, string>;

/** The codes from outside that an area carries: its municipality's code, and the 町字 it is made of. */
export type AreaCodes = ReadonlyMap<string, { municipalityCode: string | null; machiazaIds: string[] }>;

const tierNames: Record<number, string> = { 1: '第1層（市町村）', 2: '第2層（日常生活圏域）', 3: '第3層（小地域）' };

const fieldLabel = (field: string) => fields.labels[field as Field] ?? field;

function emptyTables(): HsdsTables {
  return {
    organization: [],
    service: [],
    location: [],
    service_at_location: [],
    service_area: [],
    schedule: [],
    attribute: [],
    taxonomy: [taxonomyRow],
    taxonomy_term: termRows(),
  };
}

class TableBuilder {
  readonly tables = emptyTables();
  private readonly written = new Set<string>();

  constructor(
    private readonly kept: KeptIds,
    private readonly codes: AreaCodes,
  ) {}

  /** The area a location or service area is, with its codes from outside as external identifiers. */
  areaAttributes(linkEntity: 'location' | 'service_area', linkId: string, areaId: string): void {
    this.attribute(linkEntity, linkId, 'area', areaId);
    const codes = this.codes.get(areaId);
    if (codes?.municipalityCode) this.attribute(linkEntity, linkId, 'municipalityCode', codes.municipalityCode);
    for (const machiaza of codes?.machiazaIds ?? []) this.attribute(linkEntity, linkId, 'machiaza', machiaza);
  }

  organizationId(id: string): string {
    return this.kept.get(id) ?? hsdsIdOf('organization', id);
  }

  /** A hub is its location in HSDS (the place people go to): the location's id is the hub's. */
  hubLocationId(id: string): string {
    return this.kept.get(id) ?? hsdsIdOf('hub-location', id);
  }

  add(table: WrittenTable, row: HsdsRow): void {
    // an organization running several hubs is written once
    if (this.written.has(`${table}:${row.id}`)) return;
    this.written.add(`${table}:${row.id}`);
    this.tables[table].push(row);
  }

  attribute(linkEntity: WrittenTable, linkId: string, term: TermCode, value?: string): void {
    const id = hsdsIdOf('attribute', `${linkId}:${term}:${value ?? ''}`);
    this.add('attribute', { id, link_id: linkId, taxonomy_term_id: termId(term), link_entity: linkEntity, value });
  }

  location(id: string, name: string, area: DirectoryArea, organizationId: string | undefined): void {
    this.add('location', {
      id,
      location_type: 'physical',
      organization_id: organizationId,
      name,
      description: `所在: ${area.name}`,
    });
    this.areaAttributes('location', id, area.id);
  }
}

function organizationDescription(o: { kind: string | null; fields: string[] }): string {
  const kind = o.kind ?? '支援関係機関';
  return o.fields.length > 0 ? `${kind}（${o.fields.map(fieldLabel).join('・')}）` : kind;
}

function addOrganization(b: TableBuilder, o: DirectoryOrganizationRow): void {
  const organizationId = b.organizationId(o.id);
  b.add('organization', { id: organizationId, name: o.name, description: organizationDescription(o) });
  if (o.kind) b.attribute('organization', organizationId, 'kind', o.kind);
  const serviceId = hsdsIdOf('service', o.id);
  b.add('service', {
    id: serviceId,
    organization_id: organizationId,
    name: o.name,
    description: `${organizationDescription(o)}の相談・支援`,
    status: 'active',
  });
  for (const field of o.fields) b.attribute('service', serviceId, fieldTerm(field as Field));
  if (o.area) {
    const locationId = hsdsIdOf('location', o.id);
    b.location(locationId, o.name, o.area, organizationId);
    b.add('service_at_location', {
      id: hsdsIdOf('service_at_location', o.id),
      service_id: serviceId,
      location_id: locationId,
    });
  }
  for (const area of o.serves) {
    const id = hsdsIdOf('service_area', `${o.id}:${area.id}`);
    b.add('service_area', { id, service_id: serviceId, name: area.name, description: tierNames[area.tier] });
    b.areaAttributes('service_area', id, area.id);
  }
}

function addHub(b: TableBuilder, h: DirectoryHubRow): void {
  const [operatorId] = h.operatorIds;
  let organizationId: string;
  if (operatorId === undefined) {
    organizationId = hsdsIdOf('hub-organization', h.id);
    const description = `${h.kind ?? '拠点・居場所'}（運営する機関の登録はありません）`;
    b.add('organization', { id: organizationId, name: h.name, description });
    b.attribute('organization', organizationId, 'hub');
  } else {
    organizationId = b.organizationId(operatorId);
    // an organization from elsewhere running a hub here: the directory names it, and nothing more
    b.add('organization', { id: organizationId, name: h.operators[0], description: '拠点を運営する機関' });
  }
  const serviceId = hsdsIdOf('hub-service', h.id);
  const what = h.tags.length > 0 ? `内容: ${h.tags.join('・')}` : (h.kind ?? '拠点・居場所');
  const runBy = h.operators.length > 1 ? `。運営: ${h.operators.join('、')}` : '';
  b.add('service', {
    id: serviceId,
    organization_id: organizationId,
    name: h.name,
    description: `${what}${runBy}`,
    status: 'active',
  });
  b.attribute('service', serviceId, 'hub');
  if (h.kind) b.attribute('service', serviceId, 'kind', h.kind);
  for (const tag of h.tags) b.attribute('service', serviceId, 'tag', tag);
  if (h.area) {
    const locationId = b.hubLocationId(h.id);
    b.location(locationId, h.name, h.area, operatorId === undefined ? undefined : organizationId);
    b.add('service_at_location', {
      id: hsdsIdOf('hub-service_at_location', h.id),
      service_id: serviceId,
      location_id: locationId,
    });
  }
}

/** The directory of an area as HSDS tables (ids: those kept from an import, else name-based UUIDs). */
export function hsdsTables(directory: DirectoryRows, kept: KeptIds, codes: AreaCodes = new Map()): HsdsTables {
  const b = new TableBuilder(kept, codes);
  for (const o of directory.organizations) addOrganization(b, o);
  for (const h of directory.hubs) addHub(b, h);
  return b.tables;
}
