/**
 * `npm run import -- FOLDER` or `npm run import -- FILE.xlsx`: imports a town bundle (a folder of CSV files, or a
 * workbook with a sheet per file) into the database (the bundled one when NEO4J_URI is unset, so run it while the
 * app is stopped). Prints every problem as `file:line:column message` (`sheet!cell message` for a workbook) and
 * exits 1 on a bad bundle. First it removes what imports that did not finish left staged (a kill between two
 * batches), and says so.
 * `npm run import -- FOLDER --hsds --area AREA_ID --as USER` (or a folder holding `datapackage.json`): imports an
 * HSDS tabular package into the area, as that user may write it (audited as theirs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { viewerNamed } from '../auth/users.service.js';
import { importBundle } from '../bundles/import.js';
import { describeLeftovers, removeUnfinishedImports } from '../bundles/leftovers.js';
import { printProgress } from '../bundles/progress.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { importHsdsFolder } from '../hsds/import/hsds.import.js';
import { BundleInvalidError, formatBundleProblem } from '../shared/errors.js';
import { auditConsoleRefusal } from './consoleRefusal.js';

const usage = `usage: npm run import -- FOLDER|FILE.xlsx   (a folder of areas.csv, people.csv, … ties.csv, or a workbook of those sheets)
       npm run import -- FOLDER --hsds (or --format hsds) --area AREA_ID --as USER   (an HSDS tabular package)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    hsds: { type: 'boolean', default: false },
    // `--format hsds`, as the export says it (docs/DESIGN.md "Formats")
    format: { type: 'string' },
    area: { type: 'string' },
    as: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
const folder = path.resolve(positionals[0]);
if (values.format !== undefined && values.format !== 'hsds') {
  console.error(`--format ${values.format}: the import reads a town bundle, or --format hsds\n${usage}`);
  process.exit(2);
}
const hsds = values.hsds || values.format === 'hsds' || fs.existsSync(path.join(folder, 'datapackage.json'));
if (hsds && (!values.area || !values.as)) {
  const missing = [!values.area && '--area AREA_ID', !values.as && '--as USER'].filter(Boolean);
  console.error(
    `an HSDS package is imported into one area as one user may write it: give ${missing.join(' and ')}\n${usage}`,
  );
  process.exit(2);
}

const db = await openGraph(readConfig());
try {
  if (hsds) {
    const viewer = await viewerNamed(db.graph, values.as!);
    const counts = await importHsdsFolder(
      db.graph,
      { ...viewer, request: { id: 'console: npm run import', address: 'console' } },
      folder,
      values.area!,
    );
    console.log(`imported the HSDS package ${folder} into ${values.area}:`);
    for (const [what, n] of Object.entries(counts)) console.log(`  ${what.padEnd(14)} ${JSON.stringify(n)}`);
  } else {
    for (const line of describeLeftovers(await removeUnfinishedImports(db.graph))) console.error(line);
    const counts = await importBundle(db.graph, folder, { onProgress: printProgress });
    console.log(`imported ${folder}:`);
    for (const [file, rows] of Object.entries(counts)) console.log(`  ${file.padEnd(18)} ${rows} rows`);
  }
} catch (error) {
  if (error instanceof BundleInvalidError) {
    for (const problem of error.problems) console.error(formatBundleProblem(problem));
    console.error(`${error.problems.length} problem(s): nothing was imported`);
    process.exitCode = 1;
  } else if (error instanceof GraphQLError) {
    // a bad argument, an unknown area or user, a refusal: said in words, never a stack; a refusal is recorded
    if (hsds) await auditConsoleRefusal(db.graph, values.as, 'importHsds', error);
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
