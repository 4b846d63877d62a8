/**
 * When the database process started, as it says through JMX: an import recorded under another start than the
 * current one died with the database (its batches cannot go on in a new process). Null where the database does
 * not say (an external one may refuse the procedure); the lease alone decides then.
 */
import type { Graph } from '../graph/graph.js';

const startQuery = `CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes
RETURN attributes.StartTime.value AS startedAt`;

export async function databaseStart(graph: Graph): Promise<number | null> {
  const [row] = await graph.read<{ startedAt: number | null }>(startQuery).catch(() => []);
  return row?.startedAt ?? null;
}
