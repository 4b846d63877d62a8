/**
 * Kill the database during an import — between two of its batches, while its publish is all written but not
 * committed, and after the commit: after a restart the app sees all of the import or none of it, and the start's
 * clean-up removes what a dead import had staged. This test runs its own bundled Neo4j, since it kills it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTown } from '../../seed/generator/town.js';
import { importBundle } from '../../server/bundles/import.js';
import { removeUnfinishedImports } from '../../server/bundles/leftovers.js';
import type { ProgressEvent } from '../../server/bundles/progress.js';
import { type BundledNeo4j, startBundledNeo4j } from '../../server/graph/bundledNeo4j.js';
import { Graph } from '../../server/graph/graph.js';
import { ensureSchema } from '../../server/graph/schema.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-kill-'));
const townDir = path.join(dataDir, 'town');
let port = 0;
let db: BundledNeo4j | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function open(): Promise<{ db: BundledNeo4j; graph: Graph }> {
  const started = await startBundledNeo4j({ dataDir, boltPort: port, heap: '1g', pageCache: '256m' });
  const driver = neo4j.driver(started.uri, neo4j.auth.basic(started.user, started.password), {
    disableLosslessIntegers: true,
    // a killed database answers no retry: give up on it soon
    maxTransactionRetryTime: 1000,
  });
  const graph = new Graph(driver, undefined);
  await ensureSchema(graph);
  return { db: started, graph };
}

async function countPeople(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ count: number }>('MATCH (p:Person) RETURN count(p) AS count');
  return row.count;
}

async function countStaged(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ count: number }>('MATCH (n:Staged) RETURN count(n) AS count');
  return row.count;
}

/** Imports the town and kills the database at the first event `when` picks (the import waits for the kill). */
async function importKilledAt(
  opened: { db: BundledNeo4j; graph: Graph },
  batchSize: number,
  when: (event: ProgressEvent) => boolean,
) {
  let killed: Promise<void> | undefined;
  const outcome = await importBundle(opened.graph, townDir, {
    batchSize,
    progressEveryMs: 0,
    onProgress: (event) => {
      if (killed || !when(event)) return;
      killed = opened.db.kill();
      return killed;
    },
  }).then(
    () => 'committed',
    () => 'failed',
  );
  await opened.graph.close().catch(() => {});
  expect(killed).toBeDefined();
  expect(outcome).toBe('failed');
}

beforeAll(async () => {
  port = await freePort();
  generateTown({ people: 5_000, out: townDir, seed: 'kill-test' });
});

afterAll(async () => {
  await db?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('killing the database during an import', () => {
  it('leaves none of the import when killed between batches or before the commit, and all of it after', async () => {
    const first = await open();
    db = first.db;
    // small batches, many of them on a small town: ten are in, forty to come
    await importKilledAt(first, 500, (event) => event.phase === 'write' && event.rows >= 5000);

    const second = await open();
    db = second.db;
    expect(await countPeople(second.graph)).toBe(0);
    expect(await countStaged(second.graph)).toBeGreaterThanOrEqual(5000);
    // as the app and the import command do when they start: the database restarted, so that import is dead
    expect((await removeUnfinishedImports(second.graph)).removed).toHaveLength(1);
    expect(await countStaged(second.graph)).toBe(0);
    // every batch is in and the publish written: pull the plug before it commits
    await importKilledAt(second, 5000, (event) => event.phase === 'publish');

    const third = await open();
    db = third.db;
    expect(await countPeople(third.graph)).toBe(0);
    expect((await removeUnfinishedImports(third.graph)).removed).toHaveLength(1);
    expect(await countStaged(third.graph)).toBe(0);
    const counts = await importBundle(third.graph, townDir);
    await third.db.kill();
    await third.graph.close().catch(() => {});

    const fourth = await open();
    db = fourth.db;
    expect(await countPeople(fourth.graph)).toBe(counts['people.csv']);
    expect(await countStaged(fourth.graph)).toBe(0);
    await fourth.graph.close();
  }, 420_000);
});
