/**
 * At the start of the app and of `npm run import`: the imports that did not finish (the database, the app or the
 * command died between two batches, or before the publish committed) are marked abandoned and their staged nodes
 * removed. None of them was ever visible; this only gives the space back. An import another process is still
 * writing (renewed within the lease) is left alone.
 */
import type { Graph } from '../graph/graph.js';
import { removeImport, type UnfinishedImport, unfinishedImports } from './importRecord.js';

/** How long a batched import may go without renewing itself before another process takes it for dead. */
export const importLeaseSeconds = 30;

/** Removes the leftovers; answers the imports removed, for the caller's log. */
export async function removeUnfinishedImports(
  graph: Graph,
  leaseSeconds = importLeaseSeconds,
): Promise<UnfinishedImport[]> {
  const removed: UnfinishedImport[] = [];
  for (const found of await unfinishedImports(graph, leaseSeconds)) {
    if (await removeImport(graph, found.id, leaseSeconds)) removed.push(found);
  }
  return removed;
}

/** The log line for a removed import. */
export function describeRemoved(found: UnfinishedImport): string {
  const from = found.source ? ` of ${found.source}` : '';
  return `removed the staged rows of import ${found.id}${from}, started ${found.startedAt}, which did not finish (none of it was visible)`;
}
