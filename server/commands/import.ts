/**
 * `npm run import -- FOLDER` or `npm run import -- FILE.xlsx`: imports a town bundle (a folder of CSV files, or a
 * workbook with a sheet per file) into the database (the bundled one when NEO4J_URI is unset, so
 * run it while the app is stopped). Prints every problem as `file:line:column message` (`sheet!cell message` for
 * a workbook) and exits 1 on a bad bundle.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importBundle } from '../bundles/import.js';
import { printProgress } from '../bundles/progress.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { BadInputError, BundleInvalidError, formatBundleProblem } from '../shared/errors.js';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error(
    'usage: npm run import -- FOLDER|FILE.xlsx   (a folder of areas.csv, people.csv, … ties.csv, or a workbook of those sheets)',
  );
  process.exit(2);
}
const folder = path.resolve(positionals[0]);

const db = await openGraph(readConfig());
try {
  const counts = await importBundle(db.graph, folder, { onProgress: printProgress });
  console.log(`imported ${folder}:`);
  for (const [file, rows] of Object.entries(counts)) console.log(`  ${file.padEnd(18)} ${rows} rows`);
} catch (error) {
  if (error instanceof BundleInvalidError) {
    for (const problem of error.problems) console.error(formatBundleProblem(problem));
    console.error(`${error.problems.length} problem(s): nothing was imported`);
    process.exitCode = 1;
  } else if (error instanceof BadInputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
