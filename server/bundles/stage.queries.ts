/**
 * The Cypher of staging and publishing an import. A staged node has the one label `:Staged` (none of the model's
 * labels, so no read of the app finds it), the label it will take in `stagedAs` and its import in `importId`; edges and
 * ties are staged only between two staged nodes of the same import. Built from the fixed lists, never from input.
 */
import type { EntityKind, TieType } from '../vocabulary/ties.js';
import type { StructureEdge } from './files.js';

/** Staged nodes are found by id while the import writes its edges, and by import when it publishes or is removed. */
export const stagedSchema = [
  'CREATE INDEX staged_id IF NOT EXISTS FOR (n:Staged) ON (n.id)',
  'CREATE INDEX staged_import IF NOT EXISTS FOR (n:Staged) ON (n.importId)',
];

/** New nodes of `$label`: `props` holds the id, the defaults and the given properties. */
export const stageNodes = `UNWIND $rows AS row
CREATE (n:Staged)
SET n = row.props, n.stagedAs = $label, n.importId = $importId`;

const staged = (alias: string, id: string) => `MATCH (${alias}:Staged {id: ${id}}) WHERE ${alias}.importId = $importId`;

/** Structure edges between two new nodes of the import. */
export function stageLinks(edge: StructureEdge): string {
  return `UNWIND $rows AS row
${staged('n', 'row.from')}
${staged('t', 'row.to')}
CREATE (n)-[:${edge}]->(t)`;
}

/** Ties between two new nodes of the import (which ends a type allows, tieEndsFit has checked). */
export function stageTies(type: TieType): string {
  return `UNWIND $rows AS row
${staged('a', 'row.from')}
${staged('b', 'row.to')}
CREATE (a)-[t:${type}]->(b)
SET t = row.props`;
}

/**
 * The publish: the import's staged nodes of one label take it and drop the marks (from then on every read sees
 * them, and the id constraint of the label holds them: an id taken meanwhile fails the whole publish).
 */
export function publishNodes(label: EntityKind): string {
  return `MATCH (n:Staged {importId: $importId})
WHERE n.stagedAs = $label
SET n:${label}
REMOVE n:Staged, n.stagedAs, n.importId
RETURN count(n) AS published`;
}

/** Of the ids the import found in the database, those gone since (deleted while it wrote). */
export function missingHeld(label: EntityKind): string {
  return `UNWIND $ids AS id
OPTIONAL MATCH (n:${label} {id: id})
WITH id WHERE n IS NULL
RETURN collect(id)[..5] AS missing`;
}

/** Removes the staged nodes of an import (with the edges and ties among them), a batch per transaction. */
export const removeStaged = `MATCH (n:Staged {importId: $importId})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`;
