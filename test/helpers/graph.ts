/**
 * A test's way to the real database: one Graph per test file, and a unique prefix per test so that tests can run
 * side by side on Community's single database and clean up only what they made.
 */
import { randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { Graph } from '../../server/graph/graph.js';

let shared: Promise<Graph> | undefined;

/** The Graph of this test file; closed after the file's tests. */
export function testGraph(): Promise<Graph> {
  if (!shared) {
    shared = (async () => {
      const { uri, user, password } = inject('neo4j');
      const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
      const gdsVersion = await driver
        .executeQuery('RETURN gds.version() AS v')
        .then((r) => String(r.records[0].get('v')))
        .catch(() => undefined);
      // the global setup has made the constraints and indexes
      return new Graph(driver, gdsVersion);
    })();
    afterAll(async () => {
      await (await shared)?.close();
      shared = undefined;
    });
  }
  return shared;
}

/** A second Graph on the test database, as another app server would have; closed after the file's tests. */
export async function anotherGraph(): Promise<Graph> {
  const { uri, user, password } = inject('neo4j');
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  const graph = new Graph(driver, (await testGraph()).gdsVersion);
  afterAll(() => graph.close());
  return graph;
}

/** A short random prefix for the ids a test creates, e.g. `t3f9a1-`. */
export function uniquePrefix(): string {
  return `t${randomBytes(3).toString('hex')}-`;
}

/** Deletes every node whose id starts with the prefix, the case conferences of its households and its cases. */
export async function removeByPrefix(graph: Graph, prefix: string): Promise<void> {
  // cases have opaque ids: they go with their subject, and their plans and records with them
  await graph.write(
    `MATCH (c:Case) WHERE c.subjectId STARTS WITH $prefix
     OPTIONAL MATCH (c)-[:HAS_PLAN|HAS_MONITORING]->(x)
     OPTIONAL MATCH (x)-[:HAS_ITEM]->(item)
     DETACH DELETE item, x, c`,
    { prefix },
  );
  await graph.write(
    `MATCH (m:Match) WHERE m.personId STARTS WITH $prefix
     OPTIONAL MATCH (m)-[:HAS_FOLLOW_UP]->(f)
     DETACH DELETE f, m`,
    { prefix },
  );
  await graph.write('MATCH (m:Meeting) WHERE m.councilId STARTS WITH $prefix DETACH DELETE m', { prefix });
  await graph.write('MATCH (v:WorkListVisit) WHERE v.username STARTS WITH $prefix DELETE v', { prefix });
  await graph.write('MATCH (d:DismissedFinding) WHERE d.subjectIds[0] STARTS WITH $prefix DELETE d', { prefix });
  await graph.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  await graph.write('MATCH (c:Council) WHERE c.householdId STARTS WITH $prefix DETACH DELETE c', { prefix });
}
