/**
 * `npm run export -- FOLDER [--root AREA_ID]`: writes the database (or one area's subtree) as a town bundle.
 * With the bundled database, run it while the app is stopped.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportBundle } from '../bundles/export.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { NotFoundError } from '../shared/errors.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: npm run export -- FOLDER [--root AREA_ID]');
  process.exit(2);
}
const folder = path.resolve(positionals[0]);

const db = await openGraph(readConfig());
try {
  const counts = await exportBundle(db.graph, folder, { rootAreaId: values.root });
  console.log(`exported to ${folder}:`);
  for (const [file, rows] of Object.entries(counts)) console.log(`  ${file.padEnd(18)} ${rows} rows`);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
