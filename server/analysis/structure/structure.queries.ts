/**
 * Cypher for the structure analysis: the projection of an area's network into Graph Data Science, and the
 * algorithms run on it. The projection's nodes are the people, households, organizations and hubs located in the
 * area's subtree and the councils covering an area in it; its edges are the active ties among them and household
 * membership, once per pair of nodes, undirected.
 */
import { existsFor, householdExistsFor } from '../../auth/policy.js';
import { isActiveCypher, isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { anyTie } from '../common/ties.js';

export interface ProjectionRow {
  nodeCount: number;
  relationshipCount: number;
}

/**
 * Projects the network of `$areaId` as the in-memory graph `$graphName`; no row when the network is empty. Every
 * node comes once alone (so that nodes without ties are in it); a tie is an edge when both its ends are nodes of the
 * network (it is met from both of them), and each pair of nodes is joined once whatever the ties between them.
 */
export const project = `
${subtreeAreas}
WITH collect(area) AS areas
CALL (areas) {
  UNWIND areas AS area
  MATCH (n)-[:LOCATED_IN]->(area) WHERE n:Person OR n:Household OR n:Organization OR n:Hub
  // whom the viewer may not know of (restricted people, their household) is not part of the structure they get
  WITH n WHERE (NOT n:Person OR ${existsFor('n')}) AND (NOT n:Household OR ${householdExistsFor('n')})
    // a hub or organization closed (or not yet opened) on $asOf is not part of that day's network
    AND ${isOpenCypher('n')}
  RETURN n
  UNION
  UNWIND areas AS area
  MATCH (n:Council)-[:COVERS]->(area) WHERE ${isOpenCypher('n')}
  RETURN n
}
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  RETURN n AS source, null AS target
  UNION ALL
  UNWIND nodes AS n
  MATCH (n)-[r:${anyTie}]-(m) WHERE m <> n AND ${isActiveCypher('r')}
  WITH r, count(*) AS ends WHERE ends = 2
  WITH startNode(r) AS a, endNode(r) AS b
  WITH DISTINCT
    CASE WHEN elementId(a) < elementId(b) THEN a ELSE b END AS source,
    CASE WHEN elementId(a) < elementId(b) THEN b ELSE a END AS target
  RETURN source, target
}
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

/**
 * People, organizations, hubs and councils count as articulation points (docs/DESIGN.md: whose loss cuts others
 * off — a salon that closes, a council that stops meeting); a household's loss is its members' own.
 */
export const articulationPoints = `
CALL gds.articulationPoints.stream($graphName) YIELD nodeId
WITH nodeId, gds.util.asNode(nodeId) AS n
WHERE n:Person OR n:Organization OR n:Hub OR n:Council
RETURN n.id AS id, nodeId
ORDER BY id`;

export interface ArticulationRow {
  id: string;
  nodeId: number;
}

export interface PointFactsRow {
  nodeId: number;
  id: string;
  kind: string;
  name: string | null;
  roles: string[];
}

/** Every node of the projection, by the projection's ids (the relationships below are in the same ids). */
export const nodes = `
CALL gds.degree.stream($graphName) YIELD nodeId
WITH nodeId, gds.util.asNode(nodeId) AS n
RETURN nodeId, n.id AS id,
       [l IN labels(n) WHERE l IN ['Person', 'Household', 'Organization', 'Hub', 'Council']][0] AS kind,
       n.name AS name, coalesce(n.roles, []) AS roles`;

export interface EdgeRow {
  a: number;
  b: number;
}

/** Each undirected pair once. */
export const edges = `
CALL gds.graph.relationships.stream($graphName) YIELD sourceNodeId, targetNodeId
WITH sourceNodeId AS a, targetNodeId AS b WHERE a < b
RETURN a, b`;

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

/**
 * Betweenness, exact or (with `$samples`) estimated from that many sampled sources and scaled up to the whole
 * graph (`$scale` = nodes / samples), so that both read on the same scale.
 */
export const brokers = `
CALL gds.betweenness.stream($graphName,
  CASE WHEN $samples IS NULL THEN {} ELSE {samplingSize: toInteger($samples), samplingSeed: toInteger($seed)} END)
YIELD nodeId, score
WITH nodeId, score WHERE score > 0
WITH gds.util.asNode(nodeId).id AS id, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
RETURN id, score * $scale AS betweenness`;

export interface CommunityRow {
  community: number;
  memberIds: string[];
}

export const communities = `
CALL gds.louvain.stream($graphName, {concurrency: 1}) YIELD nodeId, communityId
WITH communityId, gds.util.asNode(nodeId).id AS id
ORDER BY id
RETURN communityId AS community, collect(id) AS memberIds`;
