/**
 * The town's data version: a counter every write transaction of the town's data raises, in the same transaction
 * (graph.ts). An answer computed from the data may be kept under the version it was computed at (readCache.ts): a
 * later version means something changed. It lives in the database, so every app server on it agrees.
 */
import type { ManagedTransaction } from 'neo4j-driver';

export const dataVersionSchema = [
  'CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE',
];

export async function bumpDataVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (v:DataVersion {id: 'town'}) SET v.n = coalesce(v.n, 0) + 1");
}

/** The version now: 0 before the first change. */
export const readDataVersion = "OPTIONAL MATCH (v:DataVersion {id: 'town'}) RETURN coalesce(v.n, 0) AS n";
