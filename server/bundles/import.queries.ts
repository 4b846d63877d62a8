/**
 * The Cypher of an import, one statement per label, structure edge and tie type, built once from the fixed lists
 * (never from input). Each statement takes a batch of rows: `UNWIND $rows`.
 */

import { sameSinceCypher, tieArrowCypher } from '../vocabulary/tiePredicates.js';
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

/** A tie, found again by its identity (tieIdentity: from, type, to, since). */
export interface TieRow {
  from: string;
  to: string;
  since: string | null;
  props: Record<string, unknown>;
}

/** A structure edge from a new node to another, both known by id. */
export interface LinkRow {
  from: string;
  to: string;
}

/** Merges nodes the database already holds by id; a new node first gets `$defaults` (empty lists, default role and consent). */
export function mergeNodes(label: EntityKind): string {
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n += $defaults
SET n += row.props`;
}

/** Adds the structure edges of new nodes, which have none yet. */
export function createStructure(label: EntityKind, edge: StructureEdge, target: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (n:${label} {id: row.from})
MATCH (t:${target} {id: row.to})
CREATE (n)-[:${edge}]->(t)`;
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

/** Creates ties with a new end, which cannot exist yet: `props` holds the defaults, the given properties and a new id. */
function createTies(type: TieType, from: EntityKind, to: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[t:${type}]->(b)
SET t = row.props`;
}

/**
 * Merges ties between nodes the database already holds by their identity (tieIdentity: from, type, to, since): an existing tie gets the given
 * properties, a new one `$defaults`, the given properties and a new random id. (MERGE cannot match a null `since`,
 * hence the explicit match.)
 */
function mergeTies(type: TieType, from: EntityKind, to: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]${tieArrowCypher(type)}(b)
WHERE ${sameSinceCypher('old', 'row.since')}
WITH a, b, row, head(collect(old)) AS tie
SET tie += row.props
FOREACH (_ IN CASE WHEN tie IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[t:${type}]->(b)
  SET t = $defaults, t += row.props, t.id = randomUUID()
)`;
}

/** The tie statements for every (type, from label, to label) the vocabulary allows. */
const tieStatements = new Map<string, { create: string; merge: string }>(
  tieTypes.flatMap((type) =>
    tieRules[type].from.flatMap((from) =>
      tieRules[type].to.map(
        (to) =>
          [`${type} ${from} ${to}`, { create: createTies(type, from, to), merge: mergeTies(type, from, to) }] as const,
      ),
    ),
  ),
);

export function tieStatement(
  type: TieType,
  from: EntityKind,
  to: EntityKind,
  mode: 'create' | 'merge',
): string | undefined {
  return tieStatements.get(`${type} ${from} ${to}`)?.[mode];
}

/** How many of the rows name a tie the database holds already (for the dry run's new/updated counts). */
export function countExistingTies(type: TieType, from: EntityKind, to: EntityKind): string {
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[old:${type}]${tieArrowCypher(type)}(b:${to} {id: row.to})
WHERE ${sameSinceCypher('old', 'row.since')}
RETURN count(DISTINCT row.index) AS existing`;
}
