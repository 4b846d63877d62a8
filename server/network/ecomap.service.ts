/**
 * エコマップ: a person (or household) at the centre, their household around them, and every tie radiating from
 * them to people, organizations, hubs and councils. The centre must be seen in detail; the rest as the policy allows.
 */

import { Disclosure } from '../auth/disclosure.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireKind } from '../graph/lookup.js';
import { householdAccesses } from '../households/household.access.js';
import { getPersonFacts } from '../people/personFacts.js';
import { NotFoundError } from '../shared/errors.js';
import { NetworkBuilder, shownOn } from './assemble.js';
import * as q from './network.queries.js';
import { householdIdsOf } from './network.service.js';
import type { Network } from './network.type.js';

const areaChain = `
MATCH (a:Area) WHERE a.id IN $ids
MATCH (a)-[:WITHIN*0..]->(up:Area)
RETURN a.id AS id, collect(up.id) AS path`;

/** The centre, if the viewer sees it in detail; the same error as for an id that names nothing. */
async function requireCentre(graph: Graph, viewer: Viewer, centreId: string): Promise<'Person' | 'Household'> {
  const unavailable = new NotFoundError(['Person', 'Household'], centreId);
  const centre = await requireKind(graph, centreId, ['Person', 'Household'], 'personId').catch(() => undefined);
  if (!centre) throw unavailable;
  const seen =
    centre.label === 'Person'
      ? new Disclosure(viewer, 'ecomap').access(centreId, (await getPersonFacts(graph, centreId))!) === 'DETAILS'
      : (await householdAccesses(graph, viewer, [centreId])).get(centreId) === 'DETAILS';
  if (!seen) throw unavailable;
  return centre.label as 'Person' | 'Household';
}

export async function buildEcomap(
  graph: Graph,
  viewer: Viewer,
  centreId: string,
  asOf: string,
  includeEnded: boolean,
): Promise<Network> {
  await requireCentre(graph, viewer, centreId);
  const [home] = await graph.read<{ householdId: string | null; memberIds: string[] }>(q.householdOf, { id: centreId });
  // the household comes along only when the viewer sees it (and so every member) in detail
  const homeId = home?.householdId ?? null;
  const householdId =
    homeId && (await householdAccesses(graph, viewer, [homeId])).get(homeId) === 'DETAILS' ? homeId : null;
  const core = [...new Set([centreId, ...(householdId ? [householdId, ...home.memberIds] : [])])];

  // only the ties of that day bring their other ends: whom the centre met later is not on a past day's ecomap
  const edges = (await graph.read<q.EdgeRow>(q.edgesTouching, { ids: core })).filter((edge) =>
    shownOn(edge, asOf, includeEnded),
  );
  const ids = [...new Set([...core, ...edges.flatMap((e) => [e.source, e.target])])];
  const rows = await graph.read<q.EntityRow>(q.entitiesById, { ids });
  const chains = new Map(
    (
      await graph.read<{ id: string; path: string[] }>(areaChain, { ids: [...new Set(rows.flatMap((r) => r.areaIds))] })
    ).map((row) => [row.id, row.path]),
  );
  const households = await householdAccesses(graph, viewer, householdIdsOf(rows));
  const builder = new NetworkBuilder(viewer, 'ecomap', (areaId) => chains.get(areaId) ?? [areaId], households, asOf);
  // the household first, so its members can sit inside it
  for (const row of [...rows].sort((a, b) => Number(b.id === householdId) - Number(a.id === householdId))) {
    builder.addEntity(row, row.label === 'Person' && householdId && core.includes(row.id) ? householdId : null);
  }
  for (const edge of edges) builder.addEdge(edge, asOf, includeEnded);
  return builder.finish(graph);
}
