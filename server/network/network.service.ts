/** The map of an area: its areas as nested boxes, everything located inside, councils covering it, and the ties. */
import { assertAreaAccess } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { NotFoundError } from '../shared/errors.js';
import { NetworkBuilder } from './assemble.js';
import * as q from './network.queries.js';
import type { Network } from './network.type.js';

/** Where a council sits on the map: the one area it covers here, else the nearest area holding all it covers. */
function councilParent(covered: string[], parents: Map<string, string | null>): string | null {
  const chains = covered.map((id) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) chain.push(at);
    return chain;
  });
  if (chains.length === 0) return null;
  return chains[0].find((id) => chains.every((chain) => chain.includes(id))) ?? null;
}

export async function buildNetwork(
  graph: Graph,
  viewer: Viewer,
  areaId: string,
  asOf: string,
  includeEnded: boolean,
): Promise<Network> {
  assertAreaAccess(viewer, areaId);
  const areaRows = await graph.read<q.AreaNodeRow>(q.areasOf, { areaId });
  if (areaRows.length === 0) throw new NotFoundError('Area', areaId);
  const parents = new Map(areaRows.map((a) => [a.id, a.parentId]));
  const pathOf = (id: string) => {
    const path: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) path.push(at);
    return path;
  };
  // the area and what lies inside it; ancestors only inform the policy
  const inside = areaRows.filter((a) => pathOf(a.id).includes(areaId));
  const builder = new NetworkBuilder(viewer, pathOf);
  for (const area of inside) builder.addArea(area, area.id === areaId ? null : area.parentId);

  const insideIds = inside.map((a) => a.id);
  const entities = await graph.read<q.EntityRow>(q.entitiesIn, { areaIds: insideIds });
  for (const row of entities) {
    const parent = row.label === 'Council' ? councilParent(row.areaIds, parents) : row.areaIds[0];
    builder.addEntity(row, parent && insideIds.includes(parent) ? parent : null);
  }

  const edges = await graph.read<q.EdgeRow>(q.edgesInArea, { areaId });
  // organizations, councils and hubs elsewhere that are tied to something here are drawn outside the boxes
  const outside = [...new Set(edges.flatMap((e) => [e.source, e.target]).filter((id) => !builder.has(id)))];
  if (outside.length > 0) {
    for (const row of await graph.read<q.EntityRow>(q.entitiesById, { ids: outside })) {
      if (row.label !== 'Person' && row.label !== 'Household') builder.addEntity(row, null, true);
    }
  }
  for (const edge of edges) builder.addEdge(edge, asOf, includeEnded);
  return builder.finish(graph, 'network');
}
