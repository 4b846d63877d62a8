/**
 * エコマップ: a person (or household) at the centre, their household around them, and every tie radiating from
 * them to people, organizations, hubs and councils.
 */
import { assertPersonDetails } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireKind } from '../graph/lookup.js';
import { getPersonFacts } from '../people/personFacts.js';
import { ForbiddenError } from '../shared/errors.js';
import { NetworkBuilder } from './assemble.js';
import * as q from './network.queries.js';
import type { Network } from './network.type.js';

const areaChain = `
MATCH (a:Area) WHERE a.id IN $ids
MATCH (a)-[:WITHIN*0..]->(up:Area)
RETURN a.id AS id, collect(up.id) AS path`;

export async function buildEcomap(
  graph: Graph,
  viewer: Viewer,
  centreId: string,
  asOf: string,
  includeEnded: boolean,
): Promise<Network> {
  const centre = await requireKind(graph, centreId, ['Person', 'Household'], 'personId');
  if (centre.label === 'Household' && viewer.role !== 'ADMIN' && viewer.role !== 'COORDINATOR') {
    throw new ForbiddenError('your role may not open the ecomap of a household');
  }
  const [home] = await graph.read<{ householdId: string | null; memberIds: string[] }>(q.householdOf, { id: centreId });
  const core = [...new Set([centreId, ...(home?.householdId ? [home.householdId, ...home.memberIds] : [])])];
  for (const id of core.filter((id) => id !== home?.householdId)) {
    const facts = await getPersonFacts(graph, id);
    if (facts && (id === centreId || centre.label === 'Household')) assertPersonDetails(viewer, facts, id);
  }

  const edges = await graph.read<q.EdgeRow>(q.edgesTouching, { ids: core });
  const ids = [...new Set([...core, ...edges.flatMap((e) => [e.source, e.target])])];
  const rows = await graph.read<q.EntityRow>(q.entitiesById, { ids });
  const chains = new Map(
    (await graph.read<{ id: string; path: string[] }>(areaChain, { ids: [...new Set(rows.flatMap((r) => r.areaIds))] }))
      .map((row) => [row.id, row.path]),
  );
  const builder = new NetworkBuilder(viewer, (areaId) => chains.get(areaId) ?? [areaId]);
  const householdId = home?.householdId ?? null;
  // the household first, so its members can sit inside it
  for (const row of [...rows].sort((a, b) => Number(b.id === householdId) - Number(a.id === householdId))) {
    builder.addEntity(row, row.label === 'Person' && householdId && core.includes(row.id) ? householdId : null);
  }
  for (const edge of edges) builder.addEdge(edge, asOf, includeEnded);
  return builder.finish(graph, 'ecomap');
}
