/** The area an analysis is asked about: it must exist; its subtree is the area and every area WITHIN it. */
import type { Graph, Params } from '../../graph/graph.js';
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
  if (!area) throw new NotFoundError('Area', areaId);
  return area;
}

/**
 * Cypher that binds `root` to the area `$areaId` and `area` to each area of its subtree (itself included); follow it
 * with `MATCH (x)-[:LOCATED_IN]->(area)`.
 */
export const subtreeAreas = `MATCH (root:Area {id: $areaId})
MATCH (area:Area)-[:WITHIN*0..]->(root)`;

const subtreeIds = `
MATCH (root:Area {id: $areaId})
MATCH (area:Area)-[:WITHIN*0..]->(root)
RETURN area.id AS id, COUNT { (area)<-[:LOCATED_IN]-(:Person) } AS people
ORDER BY people DESC, id`;

/**
 * The ids of the subtree of the area, dealt into at most `parts` lists of about as many people each, so that a
 * person-by-person analysis can run as that many queries at once (a Community database runs each query on one
 * core). NotFoundError when the area does not exist.
 */
export async function subtreeInParts(graph: Graph, areaId: string, parts: number): Promise<string[][]> {
  const areas = await graph.read<{ id: string; people: number }>(subtreeIds, { areaId });
  if (areas.length === 0) throw new NotFoundError('Area', areaId);
  const lists: { ids: string[]; people: number }[] = Array.from({ length: Math.min(parts, areas.length) }, () => ({
    ids: [],
    people: 0,
  }));
  // largest first, each into the lightest list
  for (const area of areas) {
    const lightest = lists.reduce((a, b) => (b.people < a.people ? b : a));
    lightest.ids.push(area.id);
    lightest.people += area.people;
  }
  return lists.map((list) => list.ids);
}

/** Cypher that binds `area` to each area listed in `$areaIds` (a part of a subtree, from subtreeInParts). */
export const listedAreas = `MATCH (area:Area) WHERE area.id IN $areaIds`;

/** How many queries a person-by-person analysis runs at once. */
export const queryParts = 4;

/**
 * Runs a query written over `$areaIds` (see listedAreas) for the whole subtree of `areaId` (or only the areas of it
 * in `only`), as queryParts queries at once, and joins their rows. NotFoundError when the area does not exist.
 */
export async function readInParts<Row>(
  graph: Graph,
  areaId: string,
  cypher: string,
  params: Params,
  only?: ReadonlySet<string>,
): Promise<Row[]> {
  const parts = (await subtreeInParts(graph, areaId, queryParts))
    .map((areaIds) => (only ? areaIds.filter((id) => only.has(id)) : areaIds))
    .filter((areaIds) => areaIds.length > 0);
  const found = await Promise.all(parts.map((areaIds) => graph.read<Row>(cypher, { ...params, areaIds })));
  return found.flat();
}
