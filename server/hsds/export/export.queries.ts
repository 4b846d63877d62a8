/** Cypher of the HSDS export: the HSDS ids that organizations and hubs keep from an import. */
import { nodesNamed } from '../../graph/lookup.js';

export interface KeptIdRow {
  id: string;
  hsdsId: string;
}

export const keptIds = `
${nodesNamed(['Organization', 'Hub'])}
WITH n WHERE n.hsdsId IS NOT NULL
RETURN n.id AS id, n.hsdsId AS hsdsId`;

/** The codes from outside of areas: their municipality's 全国地方公共団体コード and their own 町字ID. */
export const areaCodes = `UNWIND $ids AS id
MATCH (a:Area {id: id})
OPTIONAL MATCH (a)-[:WITHIN*0..]->(root:Area) WHERE NOT (root)-[:WITHIN]->(:Area)
RETURN a.id AS id, root.code AS municipalityCode, coalesce(a.machiazaIds, []) AS machiazaIds`;

export interface AreaCodesRow {
  id: string;
  municipalityCode: string | null;
  machiazaIds: string[];
}
