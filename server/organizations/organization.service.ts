/** Organizations: listed and read within the viewer's areas, changed through the placed store. */
import { changesPeriod, periodProperties } from '../areas/period.js';
import { PlacedStore } from '../areas/placed.store.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { codes, requireId, requireText } from '../shared/validate.js';
import { fields as fieldCodes } from '../vocabulary/codes.js';
import type { OrganizationInput } from './organization.input.js';
import * as q from './organization.queries.js';
import type { Organization } from './organization.type.js';

const store = new PlacedStore<q.OrganizationRow>({
  label: 'Organization',
  located: true,
  areaLinks: 'SERVES',
  columns: q.organizationColumns,
});

type Properties = Partial<Pick<q.OrganizationRow, 'name' | 'kind' | 'fields'>>;

/** The properties the input sets: all of them on create, those given on update. */
function properties(input: OrganizationInput, creating: boolean): Properties {
  const out: Properties = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.fields != null) out.fields = codes('fields', fieldCodes, input.fields);
  return out;
}

export interface OrganizationFilter {
  areaId: string;
  kind: string | null;
  /** a field code or its Japanese label */
  field: string | null;
}

export async function listOrganizations(
  graph: Graph,
  viewer: Viewer,
  filter: OrganizationFilter,
): Promise<Organization[]> {
  const field = filter.field ? codes('field', fieldCodes, [filter.field])[0] : null;
  return (await store.list(graph, viewer, { ...filter, field })).map(q.toOrganization);
}

export async function getOrganization(graph: Graph, viewer: Viewer, id: string): Promise<Organization> {
  return q.toOrganization(await store.get(graph, viewer, id));
}

export async function createOrganization(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: OrganizationInput,
): Promise<Organization> {
  const freeId = requireId('id', id);
  const change = {
    properties: { ...properties(input, true), ...periodProperties(input) },
    areaId: requireId('areaId', input.areaId),
    areaIds: input.serves ?? [],
  };
  return q.toOrganization(await store.create(graph, viewer, freeId, change));
}

export async function updateOrganization(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: OrganizationInput,
): Promise<Organization> {
  const stored = changesPeriod(input) ? await store.get(graph, viewer, id) : undefined;
  const change = {
    properties: { ...properties(input, false), ...periodProperties(input, stored) },
    areaId: input.areaId ?? null,
    areaIds: input.serves ?? null,
  };
  return q.toOrganization(await store.update(graph, viewer, id, change));
}

/** Deletes an organization and its ties. */
export function deleteOrganization(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  return store.delete(graph, viewer, id);
}
