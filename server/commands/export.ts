/**
 * `npm run export -- FOLDER [--root AREA_ID]`: writes the database (or one area's subtree) as a town bundle;
 * `npm run export -- FILE.xlsx` (or `--format xlsx`) as one workbook with a sheet per file.
 * `npm run export -- FILE --format graphml|gexf --area AREA_ID --as USER [--as-of DATE] [--include-ended]`: writes
 * one area's network as that user may see it (the map's own answer and disclosure step, audited as theirs, from
 * the console). `npm run export -- FOLDER --format hsds --area AREA_ID --as USER`: writes the area's 生活便利帳 as
 * an HSDS 3 tabular package (and `services.json`, the compiled services) — public facts only, never a person —
 * for a user who may open the area. With the bundled database, run it while the app is stopped.
 */
// the network's types are type-graphql classes, which need the metadata API before they load
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { viewerNamed } from '../auth/users.service.js';
import { exportBundle } from '../bundles/export.js';
import { isWorkbookPath } from '../bundles/import.js';
import { readConfig } from '../config.js';
import { openGraph } from '../graph/connect.js';
import { hsdsExport, writeHsdsFolder } from '../hsds/export/hsds.export.js';
import { networkFile, networkFormats } from '../network/formats/networkFile.service.js';
import { auditConsoleRefusal } from './consoleRefusal.js';

const usage = `usage: npm run export -- FOLDER|FILE.xlsx [--root AREA_ID] [--format xlsx]
       npm run export -- FILE --format ${networkFormats.join('|')} --area AREA_ID --as USER [--as-of YYYY-MM-DD] [--include-ended] [--force]
       npm run export -- FOLDER --format hsds --area AREA_ID --as USER [--force]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    format: { type: 'string' },
    area: { type: 'string' },
    as: { type: 'string' },
    'as-of': { type: 'string' },
    'include-ended': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
const target = path.resolve(positionals[0]);
// a workbook is the bundle in another form; the other formats are one area's network
const workbook = values.format === 'xlsx' || (values.format === undefined && isWorkbookPath(target));
const network = values.format !== undefined && values.format !== 'xlsx';
if (network) {
  const missing = [!values.area && '--area AREA_ID', !values.as && '--as USER'].filter(Boolean);
  if (missing.length > 0) {
    const what =
      values.format === 'hsds' ? 'an HSDS package is one area’s directory' : "a graph file is one area's network";
    console.error(`${what} as one user may see it: give ${missing.join(' and ')}\n${usage}`);
    process.exit(2);
  }
  if (fs.existsSync(target) && !values.force) {
    console.error(`${target} exists; give --force to replace it`);
    process.exit(1);
  }
}

const db = await openGraph(readConfig());
try {
  if (!network) {
    const counts = await exportBundle(db.graph, target, { rootAreaId: values.root, workbook });
    console.log(`exported to ${target}:`);
    for (const [file, rows] of Object.entries(counts)) console.log(`  ${file.padEnd(18)} ${rows} rows`);
  } else if (values.format === 'hsds') {
    const viewer = await viewerNamed(db.graph, values.as!);
    const exported = await hsdsExport(db.graph, viewer, values.area!);
    const names = await writeHsdsFolder(target, exported);
    console.log(`wrote the HSDS package of ${values.area} into ${target}: ${names.join(', ')}`);
  } else {
    const viewer = await viewerNamed(db.graph, values.as!);
    const file = await networkFile(
      db.graph,
      { ...viewer, request: { id: randomUUID(), address: 'console' } },
      { areaId: values.area!, format: values.format!, asOf: values['as-of'], includeEnded: values['include-ended'] },
    );
    fs.writeFileSync(target, file.body, { mode: 0o600 });
    console.log(`wrote ${target} (${file.filename}: the network of ${values.area} as ${values.as} may see it)`);
  }
} catch (error) {
  // a bad argument, an unknown area or user, a refusal: said in words, never a stack; a refusal is recorded
  if (!(error instanceof GraphQLError)) throw error;
  if (network) await auditConsoleRefusal(db.graph, values.as, `export:${values.format}`, error);
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
