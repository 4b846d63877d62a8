/** `npm run db`: the bundled Neo4j alone, in the foreground, until Ctrl-C. */
import { readConfig } from '../config.js';
import { startBundledNeo4j } from '../graph/bundledNeo4j.js';
import { logger } from '../shared/logger.js';

const config = readConfig();
const db = await startBundledNeo4j({ dataDir: config.dataDir, boltPort: config.boltPort, echo: true });
logger.info(
  { uri: db.uri, user: db.user, passwordFile: `${config.dataDir}/neo4j/password` },
  'the bundled Neo4j is running',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info('stopping the bundled Neo4j…');
    void db.stop().then(() => process.exit(0));
  });
}
