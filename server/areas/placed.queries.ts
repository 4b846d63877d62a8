/**
 * Cypher for the things placed in areas — households, organizations and hubs are LOCATED_IN an area, organizations
 * SERVE areas, councils COVER them — with the row every one of them shares. A node is matched as `n` under a label
 * from the fixed list `PlacedLabel`; the relationship types are fixed text, never input.
 */

/** The kinds of node the placed store keeps. */
export type PlacedLabel = 'Household' | 'Organization' | 'Council' | 'Hub';

/** The areas that place a node: every placed concept's row extends this. */
export interface PlacedRow {
  id: string;
  /** the area it is LOCATED_IN (households, organizations, hubs) */
  areaId: string | null;
  /** the areas it SERVES (organizations) or COVERS (councils) */
  areaIds: string[];
}

/** Moves the node bound to `node` (a fixed variable name) to the area `$areaId` when that parameter is set. */
export function relocate(node = 'n'): string {
  return `
CALL (${node}) {
  WITH ${node} WHERE $areaId IS NOT NULL
  MATCH (area:Area {id: $areaId})
  OPTIONAL MATCH (${node})-[old:LOCATED_IN]->()
  DELETE old
  CREATE (${node})-[:LOCATED_IN]->(area)
}`;
}

/** Replaces the areas `n` SERVES (organizations) or COVERS (councils) with `$areaIds` when that is set. */
function replaceAreaLinks(type: 'SERVES' | 'COVERS' | undefined): string {
  if (!type) return '';
  return `
CALL (n) {
  WITH n WHERE $areaIds IS NOT NULL
  OPTIONAL MATCH (n)-[old:${type}]->(:Area)
  DELETE old
  WITH DISTINCT n
  UNWIND $areaIds AS areaId
  MATCH (area:Area {id: areaId})
  CREATE (n)-[:${type}]->(area)
}`;
}

/** Returns the placement columns of `n` and the concept's own `columns` (Cypher over `n`). */
function returnPlaced(columns: string): string {
  return `
OPTIONAL MATCH (n)-[:LOCATED_IN]->(area:Area)
RETURN n.id AS id, area.id AS areaId, [(n)-[:SERVES|COVERS]->(a:Area) | a.id] AS areaIds, ${columns}`;
}

/**
 * The nodes in the subtree of `$areaId`, of kind `$kind` and with field `$field` when those are set: located
 * inside it, or (councils) covering an area inside it or an area that contains it.
 */
export function listPlaced(label: PlacedLabel, located: boolean, columns: string): string {
  const inSubtree = located
    ? '(n)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(root)'
    : 'EXISTS { MATCH (n)-[:COVERS]->(c:Area) WHERE (c)-[:WITHIN*0..]->(root) OR (root)-[:WITHIN*0..]->(c) }';
  return `
MATCH (root:Area {id: $areaId})
MATCH (n:${label}) WHERE ${inSubtree}
  AND ($kind IS NULL OR n.kind = $kind) AND ($field IS NULL OR $field IN n.fields)
WITH DISTINCT n
${returnPlaced(columns)}
ORDER BY id`;
}

export function getPlaced(label: PlacedLabel, columns: string): string {
  return `
MATCH (n:${label} {id: $id})
${returnPlaced(columns)}`;
}

/** The node as the audit log records it: all its properties and its areas. */
export function placedSnapshot(label: PlacedLabel): string {
  return `
MATCH (n:${label} {id: $id})
OPTIONAL MATCH (n)-[:LOCATED_IN]->(area:Area)
RETURN n {.*, areaId: area.id, areaIds: [(n)-[:SERVES|COVERS]->(a:Area) | a.id]} AS snapshot`;
}

/**
 * Creates `n` (or finds it, to update) and sets `$properties` on it; moves it to `$areaId` and replaces the areas
 * it serves or covers with `$areaIds` when those parameters are set.
 */
export function savePlaced(label: PlacedLabel, areaLinks: 'SERVES' | 'COVERS' | undefined, creating: boolean): string {
  return `
${creating ? 'CREATE' : 'MATCH'} (n:${label} {id: $id}) SET n += $properties
WITH n ${relocate()}
${replaceAreaLinks(areaLinks)}
RETURN n.id AS id`;
}

export function deletePlaced(label: PlacedLabel): string {
  return `MATCH (n:${label} {id: $id}) DETACH DELETE n`;
}
