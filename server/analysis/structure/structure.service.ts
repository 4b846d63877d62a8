/**
 * The structure of an area's network (docs/DESIGN.md "Structure"): its subgraph is projected into Graph Data Science
 * under a name of its own, the algorithms run there, and the projection is dropped whatever happens.
 */

import { randomUUID } from 'node:crypto';
import { restrictedParams } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { GdsUnavailableError } from '../../shared/errors.js';
import { readAsOf } from '../../shared/validate.js';
import { requireArea } from '../common/area.js';
import { cutOffByRemoval } from './removal.js';
import { type PointKind, strandedUnits } from './stranded.js';
import * as q from './structure.queries.js';
import { Broker, Community, NetworkStructure, type Removal } from './structure.type.js';

/** Every projection's name starts so; the rest is the area's id and a UUID. */
export const projectionPrefix = 'tsunagari-structure-';

export const structureOptions = Object.freeze({
  /** How many brokers to list. */
  brokers: 20,
  /**
   * Betweenness costs a breadth-first search per source, each over every relationship: it is exact while
   * nodes × relationships stays within this budget, and otherwise estimated from as many sampled sources as the
   * budget allows (at least the minimum below). A tier-2 area of ≈16k nodes and ≈100k relationships gets ≈300.
   */
  betweennessBudget: 30_000_000,
  minimumSamples: 100,
  /** Fixed seeds, so the same network gives the same answer. */
  seed: 42,
});

function emptyStructure(): NetworkStructure {
  return Object.assign(new NetworkStructure(), {
    nodeCount: 0,
    edgeCount: 0,
    components: 0,
    componentSizes: [],
    articulationPoints: [],
    bridges: [],
    brokers: [],
    communities: [],
    cutPoints: [],
    removals: [],
  });
}

export interface StructureQuery {
  areaId: string;
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  /** Whom the structure is for: people who do not exist for them (restricted) are left out. */
  viewer?: Viewer;
}

/**
 * What losing each articulation point would do, and each node of the network someone hangs on alone (a hub with
 * one visitor is no articulation point, yet its closing leaves them with nobody): most people stranded, then most
 * cut off, first.
 */
function removals(
  nodes: q.PointFactsRow[],
  edges: q.EdgeRow[],
  articulation: q.ArticulationRow[],
  stranded: Awaited<ReturnType<typeof strandedUnits>>,
): Removal[] {
  // the projection's node ids are not dense: index them
  const index = new Map(nodes.map((row, i) => [row.nodeId, i]));
  const byId = new Map(nodes.map((row, i) => [row.id, i]));
  const adjacency: number[][] = nodes.map(() => []);
  for (const { a, b } of edges) {
    const [i, j] = [index.get(a), index.get(b)];
    if (i === undefined || j === undefined) continue;
    adjacency[i].push(j);
    adjacency[j].push(i);
  }
  const strandedAt = new Map<number, { ids: Set<string>; by: Set<string> }>();
  for (const unit of stranded) {
    const i = byId.get(unit.pointId);
    if (i === undefined) continue; // the point lies outside this network
    const entry = strandedAt.get(i) ?? { ids: new Set(), by: new Set() };
    for (const id of unit.memberIds) entry.ids.add(id);
    for (const type of unit.tieTypes) entry.by.add(type);
    strandedAt.set(i, entry);
  }
  const points = [...new Set([...articulation.map((row) => index.get(row.nodeId)!), ...strandedAt.keys()])];
  const cut = cutOffByRemoval(
    adjacency,
    nodes.map((row) => (row.kind === 'Person' ? 'person' : row.kind === 'Household' ? 'none' : 'node')),
    points,
  );
  return (
    points
      // a point that only leaves its own household node behind (its sole member) cuts nobody off
      .filter((i) => strandedAt.has(i) || (cut.get(i)?.nodes ?? 0) > 0)
      .map((i) => {
        const node = nodes[i];
        const lost = strandedAt.get(i);
        return {
          id: node.id,
          kind: node.kind as PointKind,
          name: node.name,
          roles: node.roles,
          strandedIds: lost ? [...lost.ids].sort() : [],
          strandedBy: lost ? [...lost.by].sort() : [],
          cutOffNodes: cut.get(i)?.nodes ?? 0,
          cutOffPeople: cut.get(i)?.people ?? 0,
        };
      })
      .sort(
        (a, b) =>
          b.strandedIds.length - a.strandedIds.length ||
          b.cutOffPeople - a.cutOffPeople ||
          b.cutOffNodes - a.cutOffNodes ||
          a.id.localeCompare(b.id),
      )
  );
}

export async function structure(graph: Graph, query: StructureQuery): Promise<NetworkStructure> {
  if (!graph.gdsVersion) throw new GdsUnavailableError();
  await requireArea(graph, query.areaId);
  // one name per request: concurrent requests never meet in the graph catalog
  const graphName = `${projectionPrefix}${query.areaId}-${randomUUID()}`;
  try {
    const [projected] = await graph.read<q.ProjectionRow>(q.project, {
      areaId: query.areaId,
      asOf: query.asOf ?? readAsOf(undefined),
      graphName,
      ...restrictedParams(query.viewer),
    });
    if (!projected) return emptyStructure();
    const affordable = Math.max(
      structureOptions.minimumSamples,
      Math.floor(structureOptions.betweennessBudget / Math.max(1, projected.relationshipCount)),
    );
    const exact = affordable >= projected.nodeCount;
    const betweenness = {
      samples: exact ? null : affordable,
      scale: exact ? 1 : projected.nodeCount / affordable,
      seed: structureOptions.seed,
      limit: structureOptions.brokers,
    };
    const asOf = query.asOf ?? readAsOf(undefined);
    const [[components], articulation, bridges, brokers, communities, nodes, edges, stranded] = await Promise.all([
      graph.read<q.ComponentsRow>(q.components, { graphName }),
      graph.read<q.ArticulationRow>(q.articulationPoints, { graphName }),
      graph.read<q.BridgeRow>(q.bridges, { graphName }),
      graph.read<q.BrokerRow>(q.brokers, { graphName, ...betweenness }),
      graph.read<q.CommunityRow>(q.communities, { graphName }),
      graph.read<q.PointFactsRow>(q.nodes, { graphName }),
      graph.read<q.EdgeRow>(q.edges, { graphName }),
      strandedUnits(graph, { areaId: query.areaId, asOf, viewer: query.viewer }),
    ]);
    return Object.assign(new NetworkStructure(), {
      nodeCount: projected.nodeCount,
      // the undirected projection holds each pair in both directions
      edgeCount: projected.relationshipCount / 2,
      components: components.sizes.length,
      componentSizes: components.sizes,
      articulationPoints: articulation.map((row) => row.id),
      bridges: bridges
        .map((row) => [row.a, row.b].sort())
        .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1])),
      brokers: brokers.map((row) => Object.assign(new Broker(), row)),
      communities: communities
        .sort((a, b) => b.memberIds.length - a.memberIds.length || a.memberIds[0].localeCompare(b.memberIds[0]))
        .map((row, index) =>
          Object.assign(new Community(), { id: index, size: row.memberIds.length, memberIds: row.memberIds }),
        ),
      cutPoints: [],
      removals: removals(nodes, edges, articulation, stranded),
    });
  } finally {
    // dropped even when the client left mid-way (a closed request refuses new reads)
    await graph.root.read(q.drop, { graphName });
  }
}
