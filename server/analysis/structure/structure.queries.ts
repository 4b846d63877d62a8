/**
 * Cypher for the structure analysis: the projection of an area's network into Graph Data Science, and the
 * algorithms run on it. The projection's nodes are the people, households, organizations and hubs located in the
 * area's subtree and the councils covering an area in it; its edges are the active ties among them and household
 * membership, once per pair of nodes, undirected.
 */
import { subtreeAreas } from '../common/area.js';
import { anyTie, isActive } from '../common/ties.js';

/** A Cypher predicate: the node bound to `m` belongs to the network of the areas listed in `areas`. */
const inNetwork = (m: string) => `(
  ((${m}:Person OR ${m}:Household OR ${m}:Organization OR ${m}:Hub) AND EXISTS { MATCH (${m})-[:LOCATED_IN]->(x:Area) WHERE x IN areas })
  OR (${m}:Council AND EXISTS { MATCH (${m})-[:COVERS]->(x:Area) WHERE x IN areas })
)`;

export interface ProjectionRow {
  nodeCount: number;
  relationshipCount: number;
}

/** Projects the network of `$areaId` as the in-memory graph `$graphName`; no row when the network is empty. */
export const project = `
${subtreeAreas}
WITH collect(area) AS areas
CALL (areas) {
  UNWIND areas AS area
  MATCH (n)-[:LOCATED_IN]->(area) WHERE n:Person OR n:Household OR n:Organization OR n:Hub
  RETURN n
  UNION
  UNWIND areas AS area
  MATCH (n:Council)-[:COVERS]->(area)
  RETURN n
}
OPTIONAL MATCH (n)-[r:${anyTie}]->(m)
WHERE m <> n AND ${isActive('r')} AND ${inNetwork('m')}
WITH DISTINCT
  CASE WHEN m IS NULL OR elementId(n) < elementId(m) THEN n ELSE m END AS source,
  CASE WHEN m IS NULL THEN null WHEN elementId(n) < elementId(m) THEN m ELSE n END AS target
WITH gds.graph.project($graphName, source, target, {}, {undirectedRelationshipTypes: ['*']}) AS g
WHERE g IS NOT NULL
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount`;

export const drop = `CALL gds.graph.drop($graphName, false) YIELD graphName RETURN graphName`;

export interface ComponentsRow {
  sizes: number[];
}

export const components = `
CALL gds.wcc.stream($graphName) YIELD componentId
WITH componentId, count(*) AS size
ORDER BY size DESC
RETURN collect(size) AS sizes`;

/** Only people and organizations count as articulation points (DESIGN.md: whose loss cuts others off). */
export const articulationPoints = `
CALL gds.articulationPoints.stream($graphName) YIELD nodeId
WITH gds.util.asNode(nodeId) AS n
WHERE n:Person OR n:Organization
RETURN n.id AS id
ORDER BY id`;

export interface BridgeRow {
  a: string;
  b: string;
}

export const bridges = `
CALL gds.bridges.stream($graphName) YIELD from, to
RETURN gds.util.asNode(from).id AS a, gds.util.asNode(to).id AS b`;

export interface BrokerRow {
  id: string;
  betweenness: number;
}

export const brokers = `
CALL gds.betweenness.stream($graphName,
  CASE WHEN $samples IS NULL THEN {} ELSE {samplingSize: toInteger($samples), samplingSeed: toInteger($seed)} END)
YIELD nodeId, score
WITH nodeId, score WHERE score > 0
ORDER BY score DESC
LIMIT toInteger($limit)
RETURN gds.util.asNode(nodeId).id AS id, score AS betweenness`;

export interface CommunityRow {
  community: number;
  memberIds: string[];
}

export const communities = `
CALL gds.louvain.stream($graphName, {concurrency: 1}) YIELD nodeId, communityId
WITH communityId, gds.util.asNode(nodeId).id AS id
ORDER BY id
RETURN communityId AS community, collect(id) AS memberIds`;
