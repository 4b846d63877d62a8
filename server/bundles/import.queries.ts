/**
 * The Cypher of an import, one statement per label, structure edge and tie type, built once from the fixed lists
 * (never from input). Each statement takes a batch of rows: `UNWIND $rows`.
 */
import type { EntityKind, TieType } from '../vocabulary/ties.js';
import { tieRules, tieTypes } from '../vocabulary/ties.js';
import type { StructureEdge } from './files.js';

/** A node: its id and the properties the bundle gives (a property set to null is removed). */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A node's structure edges of one type: the ids it must point to, and no others. */
export interface StructureRow {
  id: string;
  targets: string[];
}

/** A tie, found again by (from, type, to, since). */
export interface TieRow {
  from: string;
  to: string;
  since: string | null;
  props: Record<string, unknown>;
}

/** Merges nodes by id; a new node first gets `$defaults` (empty lists, default role and consent). */
export function mergeNodes(label: EntityKind): string {
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n += $defaults
SET n += row.props`;
}

/** Makes a node's edges of one structure type point to exactly the given targets (a moved person keeps one). */
export function replaceStructure(label: EntityKind, edge: StructureEdge, target: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
CALL (n, row) {
  MATCH (n)-[old:${edge}]->(t:${target})
  WHERE NOT t.id IN row.targets
  DELETE old
}
CALL (n, row) {
  UNWIND row.targets AS targetId
  MATCH (t:${target} {id: targetId})
  MERGE (n)-[:${edge}]->(t)
}`;
}

/**
 * Merges ties by (from, type, to, since): an existing tie gets the given properties, a new one `$defaults`, the
 * given properties and a new random id. (MERGE cannot match a null `since`, hence the explicit match.)
 */
function mergeTies(type: TieType, from: EntityKind, to: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]->(b)
WHERE coalesce(old.since, '') = coalesce(row.since, '')
WITH a, b, row, head(collect(old)) AS tie
SET tie += row.props
FOREACH (_ IN CASE WHEN tie IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[t:${type}]->(b)
  SET t = $defaults, t += row.props, t.id = randomUUID()
)`;
}

/** The tie statement for every (type, from label, to label) the vocabulary allows. */
const tieStatements = new Map<string, string>(
  tieTypes.flatMap((type) =>
    tieRules[type].from.flatMap((from) =>
      tieRules[type].to.map((to) => [`${type} ${from} ${to}`, mergeTies(type, from, to)] as const),
    ),
  ),
);

export function tieStatement(type: TieType, from: EntityKind, to: EntityKind): string | undefined {
  return tieStatements.get(`${type} ${from} ${to}`);
}
