/** The map of an area: its areas as nested boxes, everything located inside, councils covering it, and the ties. */
import { assertAreaAccess } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { householdAccesses } from '../households/household.access.js';
import { NotFoundError } from '../shared/errors.js';
import { NetworkBuilder } from './assemble.js';
import { buildLodNetwork, type LevelOfDetail } from './levelOfDetail/lod.service.js';
import * as q from './network.queries.js';
import type { Network } from './network.type.js';

/** Where a council sits on the map: the one area it covers here, else the nearest area holding all it covers. */
export function councilParent(covered: string[], parents: Map<string, string | null>): string | null {
  const chains = covered.map((id) => {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) chain.push(at);
    return chain;
  });
  if (chains.length === 0) return null;
  return chains[0].find((id) => chains.every((chain) => chain.includes(id))) ?? null;
}

/** The households on a map and those its case conferences are about. */
export function householdIdsOf(rows: q.EntityRow[]): string[] {
  const ids = rows.flatMap((row) =>
    row.label === 'Household' ? [row.id] : row.label === 'Council' && row.householdId ? [row.householdId] : [],
  );
  return [...new Set(ids)];
}

export async function buildNetwork(
  graph: Graph,
  viewer: Viewer,
  areaId: string,
  asOf: string,
  includeEnded: boolean,
  /** with level of detail (lod-contract.md); without, the whole network */
  detail?: LevelOfDetail,
  /** the operation the audit log names (a graph file's export records its own) */
  action = 'network',
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
  if (detail) {
    const frame = {
      areaId,
      inside,
      parents,
      pathOf,
      councilParent: (covered: string[]) => councilParent(covered, parents),
    };
    return buildLodNetwork(graph, viewer, frame, asOf, includeEnded, detail);
  }
  const insideIds = inside.map((a) => a.id);
  const entities = await graph.read<q.EntityRow>(q.entitiesIn, { areaIds: insideIds });
  const edges = await graph.read<q.EdgeRow>(q.edgesInArea, { areaId });
  // organizations, councils and hubs elsewhere that are tied to something here are drawn outside the boxes
  const known = new Set(entities.map((row) => row.id));
  const outsideIds = [...new Set(edges.flatMap((e) => [e.source, e.target]).filter((id) => !known.has(id)))];
  const outside =
    outsideIds.length === 0
      ? []
      : (await graph.read<q.EntityRow>(q.entitiesById, { ids: outsideIds })).filter(
          (row) => row.label !== 'Person' && row.label !== 'Household',
        );
  const households = await householdAccesses(graph, viewer, householdIdsOf([...entities, ...outside]));

  const builder = new NetworkBuilder(viewer, action, pathOf, households, asOf);
  for (const area of inside) builder.addArea(area, area.id === areaId ? null : area.parentId);
  for (const row of entities) {
    const parent = row.label === 'Council' ? councilParent(row.areaIds, parents) : row.areaIds[0];
    builder.addEntity(row, parent && insideIds.includes(parent) ? parent : null);
  }

  for (const row of outside) builder.addEntity(row, null, true);
  for (const edge of edges) builder.addEdge(edge, asOf, includeEnded);
  return builder.finish(graph);
}
