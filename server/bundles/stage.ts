/**
 * Writes the staged steps of an import (write.ts) in batches, each batch in a transaction of its own that first
 * checks the import is still started (and so renews it): the database holds one batch at a time, never the import.
 */
import type { Graph } from '../graph/graph.js';
import { assertStarted } from './importRecord.js';
import type { WriteStep } from './write.js';

export interface StageOptions {
  importId: string;
  batchSize: number;
  /** Told of the rows of each batch once it is committed. */
  onBatch?: (rows: number, file: string) => Promise<void>;
}

export async function stageSteps(graph: Graph, steps: WriteStep[], options: StageOptions): Promise<void> {
  const { importId, batchSize } = options;
  for (const step of steps) {
    for (let start = 0; start < step.rows.length; start += batchSize) {
      const rows = step.rows.slice(start, start + batchSize);
      // RECORD: a staged node is in no read of the app, so no answer built from the town changes yet
      await graph.transaction(
        async (tx) => {
          await assertStarted(tx, importId);
          await tx.run(step.cypher, { ...step.params, importId, rows });
        },
        'RECORD',
        { operation: 'import batch', importId },
      );
      await options.onBatch?.(rows.length, step.file);
    }
  }
}
