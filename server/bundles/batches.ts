/** How an import writes, and the one way it runs a statement over rows in batches (`UNWIND $rows`). */
import type { GraphTx } from '../graph/graph.js';
import type { ProgressSink } from './progress.js';

export interface WriteOptions {
  batchSize: number;
  onProgress?: ProgressSink;
}

/** Runs one statement over rows in batches of `size`, inside one transaction (the import's publish). */
export async function inBatches(
  tx: GraphTx,
  cypher: string,
  rows: unknown[],
  size: number,
  params: Record<string, unknown> = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await tx.run(cypher, { ...params, rows: rows.slice(start, start + size) });
  }
}
