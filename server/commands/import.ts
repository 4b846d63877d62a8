/**
 * `npm run import -- FOLDER`: imports a town bundle into the database (the bundled one when NEO4J_URI is unset, so
 * run it while the app is stopped). Prints every problem as `file:line:column message` and exits 1 on a bad bundle.
 * First it removes what imports that did not finish left staged (a kill between two batches), and says so.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importBundle } from '../bundles/import.js';
import { describeLeftovers, removeUnfinishedImports } from '../bundles/leftovers.js';
import { printProgress } from '../bundles/progress.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { BadInputError, BundleInvalidError, formatBundleProblem } from '../shared/errors.js';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error('usage: npm run import -- FOLDER   (a folder of areas.csv, people.csv, … ties.csv)');
  process.exit(2);
}
const folder = path.resolve(positionals[0]);

const db = await openGraph(readConfig());
try {
  for (const line of describeLeftovers(await removeUnfinishedImports(db.graph))) console.error(line);
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
