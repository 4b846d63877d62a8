/**
 * `npm run backup -- FILE [--force]`: dumps the bundled database of TSUNAGARI_DATA_DIR into FILE (neo4j-admin
 * database dump), with the app stopped. An external database (NEO4J_URI) is backed up on its own server (README).
 */
import { BackupError, backupBundled } from '../backup/bundledBackup.js';
import { dumpArguments } from '../backup/dumpArguments.js';
import { readConfig } from '../config.js';

function size(bytes: number): string {
  return bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

const { file, force } = dumpArguments('backup', process.argv.slice(2));
const config = readConfig();
try {
  const bytes = backupBundled({ dataDir: config.dataDir, boltPort: config.boltPort, file, force });
  console.log(
    `wrote ${file} (${size(bytes)}): the database of ${config.dataDir}. It holds every ` +
      "resident's record: keep it as safe as the server. The app secret is not in it (TSUNAGARI_SECRET or " +
      `${config.dataDir}/app-secret): keep that too, apart from the dump.`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
