/**
 * Kill the database during an import: after a restart the database holds all of the import or none of it.
 * This test runs its own bundled Neo4j, since it kills it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTown } from '../../seed/generator/town.js';
import { importBundle } from '../../server/bundles/import.js';
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
  });
  const graph = new Graph(driver, undefined);
  await ensureSchema(graph);
  return { db: started, graph };
}

async function countPeople(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ count: number }>('MATCH (p:Person) RETURN count(p) AS count');
  return row.count;
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
  it('leaves none of the import when killed before the commit, and all of it when killed after', async () => {
    const first = await open();
    db = first.db;
    let killed: Promise<void> | undefined;
    const outcome = await importBundle(first.graph, townDir, {
      batchSize: 2000,
      onProgress: (event) => {
        // people have been written inside the transaction: pull the plug before the ties and the commit
        if (event.phase === 'nodes' && event.file === 'people.csv') killed ??= first.db.kill();
      },
    }).then(
      () => 'committed',
      () => 'failed',
    );
    await killed;
    await first.graph.close().catch(() => {});
    expect(killed).toBeDefined();
    expect(outcome).toBe('failed');

    const second = await open();
    db = second.db;
    expect(await countPeople(second.graph)).toBe(0);
    const counts = await importBundle(second.graph, townDir);
    await second.db.kill();
    await second.graph.close().catch(() => {});

    const third = await open();
    db = third.db;
    expect(await countPeople(third.graph)).toBe(counts['people.csv']);
    await third.graph.close();
  }, 300_000);
});
