/** Hubs: listed and read within the viewer's areas, changed through the placed store. */
import { changesPeriod, periodProperties } from '../areas/period.js';
import { PlacedStore } from '../areas/placed.store.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { codes, optionalText, requireId, requireText, words } from '../shared/validate.js';
import { hubFunctions, hubOperators, skills, weekdays } from '../vocabulary/resourceCodes.js';
import type { HubInput } from './hub.input.js';
import * as q from './hub.queries.js';
import type { Hub } from './hub.type.js';

const store = new PlacedStore<q.HubRow>({ label: 'Hub', located: true, columns: q.hubColumns });

type Properties = Partial<
  Pick<
    q.HubRow,
    'name' | 'kind' | 'tags' | 'audience' | 'operator' | 'openDays' | 'openHours' | 'functions' | 'helpWanted'
  > & { consultationPoint: boolean }
>;

/** The week's days in their order (a hub's days are kept Monday first). */
const dayOrder = Object.keys(weekdays.labels);

/** The properties the input sets: all of them on create, those given on update. */
function properties(input: HubInput, creating: boolean): Properties {
  const out: Properties = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.tags != null) out.tags = words(input.tags);
  if (creating || input.audience != null) out.audience = [...new Set(input.audience ?? [])];
  if (input.operator !== undefined)
    out.operator = input.operator?.trim() ? codes('operator', hubOperators, [input.operator])[0] : null;
  if (creating || input.openDays != null)
    out.openDays = codes('openDays', weekdays, input.openDays).sort(
      (a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b),
    );
  if (input.openHours !== undefined) out.openHours = optionalText('openHours', input.openHours);
  if (creating || input.functions != null) out.functions = codes('functions', hubFunctions, input.functions);
  if (creating || input.consultationPoint != null) out.consultationPoint = input.consultationPoint ?? false;
  if (creating || input.helpWanted != null) out.helpWanted = codes('helpWanted', skills, input.helpWanted);
  return out;
}

export async function listHubs(graph: Graph, viewer: Viewer, areaId: string, kind: string | null): Promise<Hub[]> {
  return (await store.list(graph, viewer, { areaId, kind })).map(q.toHub);
}

export async function getHub(graph: Graph, viewer: Viewer, id: string): Promise<Hub> {
  return q.toHub(await store.get(graph, viewer, id));
}

export async function createHub(graph: Graph, viewer: Viewer, id: string, input: HubInput): Promise<Hub> {
  const freeId = requireId('id', id);
  const change = {
    properties: { ...properties(input, true), ...periodProperties(input) },
    areaId: requireId('areaId', input.areaId),
    areaIds: null,
  };
  return q.toHub(await store.create(graph, viewer, freeId, change));
}

export async function updateHub(graph: Graph, viewer: Viewer, id: string, input: HubInput): Promise<Hub> {
  const stored = changesPeriod(input) ? await store.get(graph, viewer, id) : undefined;
  const change = {
    properties: { ...properties(input, false), ...periodProperties(input, stored) },
    areaId: input.areaId ?? null,
    areaIds: null,
  };
  return q.toHub(await store.update(graph, viewer, id, change));
}

/** Deletes a hub and its ties. */
export function deleteHub(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  return store.delete(graph, viewer, id);
}
