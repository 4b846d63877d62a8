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

export interface Leftovers {
  /** Imports that did not finish, whose staged rows were removed. */
  removed: UnfinishedImport[];
  /** Imports still started and renewed within the lease: another process may be writing them. */
  leftAlone: UnfinishedImport[];
}

/** Removes the leftovers; answers what it removed and what it left, for the caller's log. */
export async function removeUnfinishedImports(graph: Graph, leaseSeconds = importLeaseSeconds): Promise<Leftovers> {
  const leftovers: Leftovers = { removed: [], leftAlone: [] };
  for (const found of await unfinishedImports(graph, leaseSeconds)) {
    const removed = found.dead && (await removeImport(graph, found.id, leaseSeconds));
    leftovers[removed ? 'removed' : 'leftAlone'].push(found);
  }
  return leftovers;
}

/** The log lines of what the clean-up did. */
export function describeLeftovers({ removed, leftAlone }: Leftovers): string[] {
  const of = (found: UnfinishedImport) => `import ${found.id}${found.source ? ` of ${found.source}` : ''}`;
  return [
    ...removed.map(
      (found) =>
        `removed the staged rows of ${of(found)}, started ${found.startedAt}, which did not finish (none of it was visible)`,
    ),
    ...leftAlone.map(
      (found) =>
        `left ${of(found)}, started ${found.startedAt}, alone: another process may be writing it (it renewed itself within ${importLeaseSeconds} s); the next start removes it if it is dead`,
    ),
  ];
}
