/**
 * Starts one bundled Neo4j for the test run, on a free port with a throw-away data folder, unless NEO4J_URI names
 * a database to use. Test files reach it through `inject('neo4j')`. Builds the web app once meanwhile, for the
 * browser tests: built by each test file's worker instead, one build emptied web/dist under another file's open
 * page ("Failed to fetch dynamically imported module").
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { type BundledNeo4j, startBundledNeo4j } from '../../server/graph/bundledNeo4j.js';
import { Graph } from '../../server/graph/graph.js';
import { ensureSchema } from '../../server/graph/schema.js';
import { chromiumPath } from '../browser/browser.js';
import { buildWebOnce, webBuiltForThisRun } from '../browser/buildWeb.js';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let bundled: BundledNeo4j | undefined;

/** Constraints and indexes once, before any test file: made concurrently, schema changes deadlock each other. */
async function prepare(database: TestDatabase): Promise<void> {
  const driver = neo4j.driver(database.uri, neo4j.auth.basic(database.user, database.password));
  try {
    await ensureSchema(new Graph(driver, undefined));
  } finally {
    await driver.close();
  }
}
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  const web = fs.existsSync(chromiumPath) ? buildWebOnce() : Promise.resolve();
  let database: TestDatabase;
  if (process.env.NEO4J_URI) {
    database = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    };
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-test-'));
    bundled = await startBundledNeo4j({ dataDir, boltPort: await freePort(), heap: '2g' });
    database = { uri: bundled.uri, user: bundled.user, password: bundled.password };
  }
  await prepare(database);
  await web;
  // the workers start after this: they inherit the mark and leave web/dist as it is
  process.env[webBuiltForThisRun] = '1';
  project.provide('neo4j', database);
}

export async function teardown() {
  await bundled?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
