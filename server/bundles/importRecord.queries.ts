/**
 * The `:Import` node of each import that writes in batches: `state` started → finished (published in one
 * transaction), or abandoned (it failed, or its writer died: its staged nodes are removed). An import is dead when
 * the database has restarted since it began (`databaseStart`), or when it has not renewed `aliveAt` (every batch
 * does) for the lease: an app server starting while another one imports leaves that import alone.
 */

export const importSchema = ['CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE'];

export const beginImport = `CREATE (i:Import {id: $importId, state: 'started', source: $source, rows: $rows,
  startedAt: datetime(), aliveAt: datetime(), databaseStart: $databaseStart})`;

/** Whether the import's writer is dead: the database restarted since it began, or it is silent beyond the lease. */
const dead = `(i.aliveAt < datetime() - duration({seconds: $leaseSeconds})
  OR i.databaseStart <> $databaseStart)`;

/**
 * Takes the import's lock for the rest of the transaction (a batch, the publish or a removal) and answers its state as
 * committed by then: two writers of one import wait for each other instead of crossing.
 */
export const lockImport = `MATCH (i:Import {id: $importId})
SET i.lockedAt = datetime()
RETURN i.state AS state, coalesce(${dead}, false) AS stale`;

/** A batch's sign of life (in the batch's transaction: renewed only when the batch commits). */
export const renewImport = `MATCH (i:Import {id: $importId})
SET i.aliveAt = datetime()`;

export const finishImport = `MATCH (i:Import {id: $importId})
SET i.state = 'finished', i.finishedAt = datetime()`;

export const abandonImport = `MATCH (i:Import {id: $importId})
SET i.state = 'abandoned', i.abandonedAt = datetime()`;

/** Imports that did not finish: started ones (`dead` says whether their writer is), or abandoned with staged nodes left. */
export const unfinishedImports = `MATCH (i:Import)
WHERE i.state = 'started' OR i.state = 'abandoned' AND EXISTS { MATCH (:Staged {importId: i.id}) }
RETURN i.id AS id, i.state AS state, i.source AS source, toString(i.startedAt) AS startedAt,
  i.state = 'abandoned' OR coalesce(${dead}, false) AS dead`;
