/** The area an analysis is asked about: it must exist; its subtree is the area and every area WITHIN it. */
import type { Graph } from '../../graph/graph.js';
import { NotFoundError } from '../../shared/errors.js';

export interface AreaRow {
  id: string;
  name: string;
  tier: number;
}

const findArea = `
MATCH (a:Area {id: $areaId})
RETURN a.id AS id, a.name AS name, a.tier AS tier`;

/** The area with this id, or NotFoundError. */
export async function requireArea(graph: Graph, areaId: string): Promise<AreaRow> {
  const [area] = await graph.read<AreaRow>(findArea, { areaId });
  if (!area) throw new NotFoundError('area', areaId);
  return area;
}

/**
 * Cypher that binds `root` to the area `$areaId` and `area` to each area of the subtree of `$areaId` (the area itself included);
 * follow it with `MATCH (x)-[:LOCATED_IN]->(area)`.
 */
export const subtreeAreas = `MATCH (root:Area {id: $areaId})
MATCH (area:Area)-[:WITHIN*0..]->(root)`;
