/**
 * `npm run restore -- FILE [--force]`: loads a dump made by `npm run backup` into the bundled database of
 * TSUNAGARI_DATA_DIR (neo4j-admin database load), with the app stopped; `--force` replaces a database already there.
 */
import { BackupError, restoreBundled } from '../backup/bundledBackup.js';
import { dumpArguments } from '../backup/dumpArguments.js';
import { readConfig } from '../config.js';

const { file, force } = dumpArguments('restore', process.argv.slice(2));
const config = readConfig();
try {
  restoreBundled({ dataDir: config.dataDir, boltPort: config.boltPort, file, force });
  console.log(
    `restored ${file} into ${config.dataDir}. Start the app with the app secret of the servers that made the ` +
      'dump (the same TSUNAGARI_SECRET, or their app-secret file); with another one it refuses to start until ' +
      'started once with TSUNAGARI_NEW_SECRET=1 (every login then ends).',
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
