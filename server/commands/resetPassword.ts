/**
 * `npm run reset-password -- USERNAME`: gives the user a new random password, printed once, and ends their tokens —
 * for an administrator who lost theirs when no other administrator can reset it on 管理. It needs the server's own
 * access to the database (shell access to the host), so it is no way around a login; the audit log records it as a
 * `resetPassword` by the console. With the bundled database, run it while the app is stopped.
 */
import { resetFromConsole } from '../auth/consoleReset.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { NotFoundError } from '../shared/errors.js';

const [username, ...rest] = process.argv.slice(2);
if (!username || rest.length > 0) {
  console.error('usage: npm run reset-password -- USERNAME');
  process.exit(2);
}

const db = await openGraph(readConfig());
try {
  const password = await resetFromConsole(db.graph, username);
  console.log(`\n  "${username}" can now log in with the password ${password} (change it after logging in)\n`);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
