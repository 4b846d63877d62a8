/**
 * The Cypher of an export: the areas in scope, each node file's nodes with their properties and structure edges,
 * and the ties of each (type, from label, to label), all built from the fixed lists.
 */
import type { EntityKind, TieType } from '../vocabulary/ties.js';
import type { NodeKey } from './bundle.types.js';
import { labelOf } from './bundle.types.js';
import { type ColumnSpec, fileSpecs } from './files.js';

export interface IdRow {
  id: string;
}

/** A node with all its properties and, per structure column, the ids its edges point to. */
export interface ExportNodeRow {
  id: string;
  props: Record<string, unknown>;
  links: Record<string, string[]>;
}

export interface ExportTieRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The whole database's areas, or one area and every area within it. */
export function areasInScope(rooted: boolean): string {
  return rooted
    ? 'MATCH (root:Area {id: $rootAreaId}) MATCH (a:Area)-[:WITHIN*0..]->(root) RETURN DISTINCT a.id AS id'
    : 'MATCH (a:Area) RETURN a.id AS id';
}

/** Which nodes of a file belong to the areas in scope: areas themselves, councils by what they cover, the rest by where they are. */
const scopeOf: Record<NodeKey, string> = {
  areas: 'n.id IN $areaIds',
  households: 'EXISTS { (n)-[:LOCATED_IN]->(a:Area) WHERE a.id IN $areaIds }',
  people: 'EXISTS { (n)-[:LOCATED_IN]->(a:Area) WHERE a.id IN $areaIds }',
  organizations: 'EXISTS { (n)-[:LOCATED_IN]->(a:Area) WHERE a.id IN $areaIds }',
  councils: 'EXISTS { (n)-[:COVERS]->(a:Area) WHERE a.id IN $areaIds }',
  hubs: 'EXISTS { (n)-[:LOCATED_IN]->(a:Area) WHERE a.id IN $areaIds }',
};

export function nodesOf(key: NodeKey): string {
  const structure = (fileSpecs[key].columns as unknown as ColumnSpec<Record<string, unknown>>[]).filter(
    (column) => column.role === 'structure',
  );
  const links = structure.map(({ key: field, edge, refersTo }) => `${field}: [(n)-[:${edge}]->(t:${refersTo}) | t.id]`);
  return `MATCH (n:${labelOf[key]})
WHERE $all OR ${scopeOf[key]}
RETURN n.id AS id, properties(n) AS props, {${links.join(', ')}} AS links`;
}

/** The ties of one type between two labels, from the given nodes. */
export function tiesOf(type: TieType, from: EntityKind, to: EntityKind): string {
  return `UNWIND $fromIds AS fromId
MATCH (a:${from} {id: fromId})-[t:${type}]->(b:${to})
RETURN a.id AS from, b.id AS to, properties(t) AS props`;
}
