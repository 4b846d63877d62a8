/** Opens the graph: the external Neo4j named in NEO4J_URI, or the bundled one started here. */
import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import { logger } from '../shared/logger.js';
import { type BundledNeo4j, startBundledNeo4j } from './bundledNeo4j.js';
import { Graph } from './graph.js';
import { ensureSchema } from './schema.js';

export interface OpenGraph {
  graph: Graph;
  /** Closes the driver and, when we started it, stops the bundled database. */
  close(): Promise<void>;
}

export async function openGraph(config: Config, options: { echoDatabase?: boolean } = {}): Promise<OpenGraph> {
  let bundled: BundledNeo4j | undefined;
  let uri = config.neo4jUri;
  let user = config.neo4jUser;
  let password = config.neo4jPassword ?? '';
  if (!uri) {
    logger.info({ port: config.boltPort, dataDir: config.dataDir }, 'starting the bundled Neo4j');
    bundled = await startBundledNeo4j({
      dataDir: config.dataDir,
      boltPort: config.boltPort,
      echo: options.echoDatabase,
    });
    ({ uri, user, password } = bundled);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 60_000,
  });
  try {
    await driver.verifyConnectivity();
    const [server] = (await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN *'))
      .records;
    const gdsVersion = await driver
      .executeQuery('RETURN gds.version() AS version')
      .then((result) => String(result.records[0].get('version')))
      .catch(() => undefined);
    logger.info(
      { neo4j: `${server.get('versions')[0]} ${server.get('edition')}`, gds: gdsVersion ?? 'absent', uri },
      'connected to Neo4j',
    );
    if (!gdsVersion) logger.warn('Graph Data Science does not answer: the structure analysis will be unavailable');
    const graph = new Graph(driver, gdsVersion);
    await ensureSchema(graph);
    return {
      graph,
      async close() {
        await driver.close();
        await bundled?.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await bundled?.stop();
    throw error;
  }
}
