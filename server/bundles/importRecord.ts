/** The life of one batched import in the database (importRecord.queries.ts): begun, checked by each writer, ended. */
import type { Graph, GraphTx } from '../graph/graph.js';
import { ConflictError } from '../shared/errors.js';
import { databaseStart } from './databaseStart.js';
import * as q from './importRecord.queries.js';
import { removeStaged } from './stage.queries.js';

export type ImportState = 'started' | 'finished' | 'abandoned';

/** Records a new import as started; answers its id, which marks everything it stages. */
export async function beginImport(graph: Graph, source: string | null, rows: number): Promise<string> {
  const importId = crypto.randomUUID();
  const started = await databaseStart(graph);
  // RECORD: nothing of the town changes until the publish
  await graph.transaction((tx) => tx.run(q.beginImport, { importId, source, rows, databaseStart: started }), 'RECORD', {
    operation: 'import begin',
    importId,
  });
  return importId;
}

/** Locks the import for this transaction; answers its state and whether its writer is dead (importRecord.queries.ts). */
export async function lockImport(
  tx: GraphTx,
  importId: string,
  liveness: { leaseSeconds: number; databaseStart: number | null } = { leaseSeconds: 0, databaseStart: null },
): Promise<{ state: ImportState | undefined; stale: boolean }> {
  const [row] = await tx.run<{ state: ImportState; stale: boolean }>(q.lockImport, { importId, ...liveness });
  return { state: row?.state, stale: row?.stale ?? false };
}

/** Refuses to go on with an import that is no longer started (removed as abandoned meanwhile), and renews it. */
export async function assertStarted(tx: GraphTx, importId: string): Promise<void> {
  const { state } = await lockImport(tx, importId);
  if (state !== 'started') {
    throw new ConflictError(`the import ${importId} was ${state ?? 'removed'} while it wrote; nothing of it is in`);
  }
  await tx.run(q.renewImport, { importId });
}

export async function finishImport(tx: GraphTx, importId: string): Promise<void> {
  await tx.run(q.finishImport, { importId });
}

/**
 * Marks an import abandoned and removes what it staged, unless it finished (then there is nothing staged left).
 * With `leaseSeconds`, an import still started is left alone unless its writer is dead (the database restarted
 * since it began, or it renewed nothing within the lease). Answers whether it was removed.
 */
export async function removeImport(graph: Graph, importId: string, leaseSeconds?: number): Promise<boolean> {
  const liveness = { leaseSeconds: leaseSeconds ?? 0, databaseStart: await databaseStart(graph) };
  const abandoned = await graph.transaction(
    async (tx) => {
      const { state, stale } = await lockImport(tx, importId, liveness);
      if (state === undefined || state === 'finished') return false;
      if (state === 'started' && leaseSeconds !== undefined && !stale) return false;
      await tx.run(q.abandonImport, { importId });
      return true;
    },
    'RECORD',
    { operation: 'import abandon', importId },
  );
  // abandoned, it cannot be published any more: its staged nodes go, a batch of them per transaction
  if (abandoned) await graph.autoCommit(removeStaged, { importId });
  return abandoned;
}

export interface UnfinishedImport {
  id: string;
  state: ImportState;
  source: string | null;
  startedAt: string;
  /** Whether its writer is dead (or it was abandoned): else another process may still be writing it. */
  dead: boolean;
}

export async function unfinishedImports(graph: Graph, leaseSeconds: number): Promise<UnfinishedImport[]> {
  return graph.read<UnfinishedImport>(q.unfinishedImports, { leaseSeconds, databaseStart: await databaseStart(graph) });
}
