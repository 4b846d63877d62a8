/** Councils: listed and read within the viewer's areas (a case conference only with its household), changed through the placed store. */
import { changesPeriod, periodProperties } from '../areas/period.js';
import { PlacedStore } from '../areas/placed.store.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { BadInputError } from '../shared/errors.js';
import { requireId, requireText } from '../shared/validate.js';
import type { CouncilInput } from './council.input.js';
import * as q from './council.queries.js';
import type { Council } from './council.type.js';

const store = new PlacedStore<q.CouncilRow>({
  label: 'Council',
  located: false,
  areaLinks: 'COVERS',
  columns: q.councilColumns,
  householdOf: (row) => row.householdId ?? null,
});

type Properties = Partial<Pick<q.CouncilRow, 'name' | 'kind' | 'tier'>>;

/** The properties the input sets: all of them on create, those given on update. */
function properties(input: CouncilInput, creating: boolean): Properties {
  const out: Properties = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.tier != null) {
    if (![1, 2, 3].includes(input.tier ?? 0)) throw new BadInputError('tier must be 1, 2 or 3', 'tier');
    out.tier = input.tier;
  }
  return out;
}

/** A council covers at least one area: on create, and whenever its areas are given. */
function requireCovers(covers: string[] | null | undefined, creating: boolean): void {
  if ((creating || covers) && !covers?.length) throw new BadInputError('a council covers at least one area', 'covers');
}

export async function listCouncils(
  graph: Graph,
  viewer: Viewer,
  areaId: string,
  kind: string | null,
): Promise<Council[]> {
  return (await store.list(graph, viewer, { areaId, kind })).map(q.toCouncil);
}

export async function getCouncil(graph: Graph, viewer: Viewer, id: string): Promise<Council> {
  return q.toCouncil(await store.get(graph, viewer, id));
}

export async function createCouncil(graph: Graph, viewer: Viewer, id: string, input: CouncilInput): Promise<Council> {
  requireCovers(input.covers, true);
  const freeId = requireId('id', id);
  const change = {
    properties: { ...properties(input, true), ...periodProperties(input) },
    areaId: null,
    areaIds: input.covers!,
  };
  return q.toCouncil(await store.create(graph, viewer, freeId, change));
}

export async function updateCouncil(graph: Graph, viewer: Viewer, id: string, input: CouncilInput): Promise<Council> {
  requireCovers(input.covers, false);
  const stored = changesPeriod(input) ? await store.get(graph, viewer, id) : undefined;
  const change = {
    properties: { ...properties(input, false), ...periodProperties(input, stored) },
    areaId: null,
    areaIds: input.covers ?? null,
  };
  return q.toCouncil(await store.update(graph, viewer, id, change));
}

/** Deletes a council and its memberships. */
export function deleteCouncil(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  return store.delete(graph, viewer, id);
}
