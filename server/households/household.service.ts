/** Households: listed and read only by those who see people (each member disclosed), changed through the placed store. */
import { PlacedStore } from '../areas/placed.store.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireId, requireText } from '../shared/validate.js';
import { recordHouseholdsShown } from './household.access.js';
import type { HouseholdInput } from './household.input.js';
import * as q from './household.queries.js';
import type { Household } from './household.type.js';

const store = new PlacedStore<q.HouseholdRow>({
  label: 'Household',
  located: true,
  columns: q.householdColumns,
  householdOf: (row) => row.id,
});

export async function listHouseholds(graph: Graph, viewer: Viewer, areaId: string): Promise<Household[]> {
  const rows = await store.list(graph, viewer, { areaId });
  await recordHouseholdsShown(
    graph,
    viewer,
    'households',
    rows.map((row) => row.id),
  );
  return rows.map(q.toHousehold);
}

export async function getHousehold(graph: Graph, viewer: Viewer, id: string): Promise<Household> {
  const row = await store.get(graph, viewer, id);
  await recordHouseholdsShown(graph, viewer, 'household', [id]);
  return q.toHousehold(row);
}

export async function createHousehold(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: HouseholdInput,
): Promise<Household> {
  const properties = { name: requireText('name', input.name) };
  const row = await store.create(graph, viewer, requireId('id', id), {
    properties,
    areaId: requireId('areaId', input.areaId),
    areaIds: null,
  });
  return q.toHousehold(row);
}

export async function updateHousehold(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: HouseholdInput,
): Promise<Household> {
  const properties = input.name != null ? { name: requireText('name', input.name) } : {};
  return q.toHousehold(
    await store.update(graph, viewer, id, { properties, areaId: input.areaId ?? null, areaIds: null }),
  );
}

/** Deletes a household; its members stay, in no household. */
export function deleteHousehold(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  return store.delete(graph, viewer, id);
}
