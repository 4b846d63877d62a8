/** Start-up only: config → database → first admin and sample town → HTTP. */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createApp } from './app.js';
import { loadAppSecret } from './auth/secrets.js';
import { assertSharedSecret } from './auth/sharedSecret.js';
import { ensureAdmin } from './auth/users.service.js';
import { describeLeftovers, removeUnfinishedImports } from './bundles/leftovers.js';
import { loadSampleTownIfEmpty } from './bundles/sampleTown.js';
import { readConfig } from './config.js';
import { renameCaseConferences } from './councils/caseConferenceNames.js';
import { openGraph } from './graph/connect.js';
import { logger } from './shared/logger.js';

const config = readConfig();
logger.level = config.logLevel;
const db = await openGraph(config);
let server: import('node:http').Server | undefined;

async function shutdown(signal: string) {
  logger.info({ signal }, 'stopping');
  server?.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const secret = loadAppSecret(config);
  // first: a server with another secret than its neighbours on this database must not serve, nor write
  if ((await assertSharedSecret(db.graph, secret, config.newSecret)) === 'replaced')
    logger.warn('took the new app secret (TSUNAGARI_NEW_SECRET=1): earlier logins have ended; unset the variable');
  // imports that died between their batches left staged rows no one sees; give the space back
  for (const line of describeLeftovers(await removeUnfinishedImports(db.graph))) logger.info(line);
  const initialPassword = config.adminPassword ?? randomBytes(9).toString('base64url');
  const createdAdmin = await ensureAdmin(db.graph, initialPassword);
  await loadSampleTownIfEmpty(db.graph);
  const app = await createApp(db.graph, { secret, trustProxy: config.trustProxy });
  // after createApp: new ids come from the app's key
  await renameCaseConferences(db.graph);
  server = app.express.listen(config.port, config.host, () => {
    logger.info(`Tsunagari is serving http://${config.host}:${config.port} (GraphQL at /graphql)`);
    if (createdAdmin) {
      const password = config.adminPassword
        ? 'the password in TSUNAGARI_ADMIN_PASSWORD'
        : `the password ${initialPassword}`;
      // printed once: the account is new and nobody else knows its password
      console.log(`\n  Log in at http://localhost:${config.port} as "admin" with ${password}\n`);
    }
  });
} catch (error) {
  logger.error({ err: error }, 'could not start');
  await db.close();
  process.exit(1);
}
