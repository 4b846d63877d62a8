/**
 * The bench's database: a bundled Neo4j of its own on a free port in a temporary data folder (with the product's
 * default heap and page cache), or the one NEO4J_URI names.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../server/config.js';
import { startBundledNeo4j } from '../server/graph/bundledNeo4j.js';
import { type OpenGraph, openGraph } from '../server/graph/connect.js';

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

export interface BenchDatabase extends OpenGraph {
  own: boolean;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const config = readConfig();
  if (config.neo4jUri) return { ...(await openGraph(config)), own: false };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-bench-db-'));
  const bundled = await startBundledNeo4j({ dataDir, boltPort: await freePort() });
  try {
    const opened = await openGraph({
      ...config,
      neo4jUri: bundled.uri,
      neo4jUser: bundled.user,
      neo4jPassword: bundled.password,
    });
    return {
      own: true,
      graph: opened.graph,
      async close() {
        await opened.close();
        await bundled.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await bundled.stop();
    throw error;
  }
}
