/**
 * One app server as its own process, over the database the environment names, for the cluster test: what main.ts
 * does to serve (the shared-secret check, the app, HTTP) without its first-start steps (first admin, sample town),
 * which must not touch the shared test database. Prints `{"port": N}` once listening; a refusal to start exits 1
 * with its message on stderr.
 */
import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { createApp } from '../../server/app.js';
import { assertSharedSecret } from '../../server/auth/sharedSecret.js';
import { Graph } from '../../server/graph/graph.js';

const env = process.env;
const driver = neo4j.driver(
  env.CLUSTER_NEO4J_URI ?? '',
  neo4j.auth.basic(env.CLUSTER_NEO4J_USER ?? '', env.CLUSTER_NEO4J_PASSWORD ?? ''),
  {
    disableLosslessIntegers: true,
  },
);
const graph = new Graph(driver, undefined);
try {
  const secret = Buffer.from(env.TSUNAGARI_SECRET ?? '', 'utf8');
  await assertSharedSecret(graph, secret, false);
  const imports = Number(env.CLUSTER_IMPORTS_PER_WINDOW ?? 30);
  const app = await createApp(graph, { secret, trustProxy: true, transferLimits: { imports, exports: 10 } });
  const server = app.express.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  });
  process.once('SIGTERM', () => {
    server.close();
    void app
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
} catch (error) {
  console.error((error as Error).message);
  await driver.close();
  process.exit(1);
}
