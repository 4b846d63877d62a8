/**
 * Starts one bundled Neo4j for the test run, on a free port with a throw-away data folder, unless NEO4J_URI names
 * a database to use. Test files reach it through `inject('neo4j')`.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type BundledNeo4j, startBundledNeo4j } from '../../server/graph/bundledNeo4j.js';

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
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    });
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-test-'));
  bundled = await startBundledNeo4j({ dataDir, boltPort: await freePort(), heap: '2g' });
  project.provide('neo4j', { uri: bundled.uri, user: bundled.user, password: bundled.password });
}

export async function teardown() {
  await bundled?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
