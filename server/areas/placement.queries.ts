/**
 * Cypher fragments that place a node `n` (matched by the caller under its own label) in areas: where it is
 * located, and the areas it serves or covers. The relationship types are fixed text, never input.
 */

/** Moves `n` to the area `$areaId` when that parameter is set. */
export const relocate = `
CALL (n) {
  WITH n WHERE $areaId IS NOT NULL
  MATCH (area:Area {id: $areaId})
  OPTIONAL MATCH (n)-[old:LOCATED_IN]->()
  DELETE old
  CREATE (n)-[:LOCATED_IN]->(area)
}`;

/** Replaces the areas `n` SERVES (organizations) or COVERS (councils) with `$areaIds` when that is set. */
export function replaceAreaLinks(type: 'SERVES' | 'COVERS'): string {
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

/** Returns the area a node `n` is located in, its areaPath, and the areas it serves and covers. */
export const placementColumns = `
OPTIONAL MATCH (n)-[:LOCATED_IN]->(area:Area)
RETURN n AS node, area.id AS areaId, [(n)-[:SERVES|COVERS]->(a:Area) | a.id] AS areaIds`;
