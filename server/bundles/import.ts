/**
 * Imports a town bundle: read and parse the files, then in ONE write transaction check it against the database
 * (all problems or none) and merge it by id, in UNWIND batches. A bundle with any problem changes nothing. A dry run
 * does the same reading and checking in a read transaction and only counts what the write would do.
 */
import fs from 'node:fs/promises';
import type { Graph, GraphTx } from '../graph/graph.js';
import { BadInputError, BundleInvalidError } from '../shared/errors.js';
import type { BundleCounts } from './bundle.types.js';
import { bundleKeys, fileOf } from './bundle.types.js';
import { casesNamed, peopleOfCases } from './caseWrite.js';
import { parseBundle } from './parse.js';
import { type FilePlan, planImport } from './plan.js';
import type { ProgressSink } from './progress.js';
import { type RawBundle, readBundleFolder } from './read.js';
import { validateBundle } from './validate.js';
import { writeBundle } from './write.js';
import { readBundleWorkbook } from './xlsx/readWorkbook.js';

export interface ImportOptions {
  /** Told of each file and phase with its rows and time (the commands print it on stderr). */
  onProgress?: ProgressSink;
  /** Rows per statement. */
  batchSize?: number;
}

export interface RawImportOptions extends ImportOptions {
  /** Check and count only: nothing is written. */
  dryRun?: boolean;
  /** Runs inside the write transaction after the write, with the plan (the browser import's audit record). */
  record?: (tx: GraphTx, plan: FilePlan[], personIds: string[]) => Promise<void>;
  /** Transaction metadata: where the bundle came from. */
  source?: string;
}

export interface ImportResult {
  counts: BundleCounts;
  plan: FilePlan[];
}

/** Whether a path names a workbook (by its extension) rather than a bundle folder. */
export function isWorkbookPath(target: string): boolean {
  return target.toLowerCase().endsWith('.xlsx');
}

/** A bundle folder, or an .xlsx workbook with a sheet per file, read into raw tables. */
export async function readBundlePath(target: string): Promise<RawBundle> {
  if (!isWorkbookPath(target)) return readBundleFolder(target);
  const bytes = await fs.readFile(target).catch(() => {
    throw new BadInputError(`the workbook "${target}" does not exist or cannot be read`);
  });
  return readBundleWorkbook(bytes, `the workbook "${target}"`);
}

/**
 * Imports the bundle in `target` (a folder or a workbook); returns the rows of each file. Throws BundleInvalidError
 * when anything is wrong.
 */
export async function importBundle(graph: Graph, target: string, options: ImportOptions = {}): Promise<BundleCounts> {
  const raw = await readBundlePath(target);
  return (await importRawBundle(graph, raw, { ...options, source: target })).counts;
}

/** Imports (or, with `dryRun`, checks and counts) a bundle already read into tables. */
export async function importRawBundle(
  graph: Graph,
  raw: RawBundle,
  options: RawImportOptions = {},
): Promise<ImportResult> {
  try {
    return await importRaw(graph, raw, options);
  } catch (error) {
    // a workbook's problems are named by sheet and cell
    if (error instanceof BundleInvalidError && raw.locate) throw new BundleInvalidError(error.problems.map(raw.locate));
    throw error;
  }
}

async function importRaw(graph: Graph, raw: RawBundle, options: RawImportOptions): Promise<ImportResult> {
  const settings = { onProgress: () => {}, batchSize: 5000, ...options };
  const start = performance.now();
  const parsed = parseBundle(raw);
  const counts: BundleCounts = {};
  for (const key of bundleKeys) {
    const file = parsed.bundle[key];
    if (file) counts[fileOf(key)] = file.records.length;
  }
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  settings.onProgress({ phase: 'read', rows, seconds: (performance.now() - start) / 1000 });
  let written = 0;
  const plan = await graph.transaction(
    async (tx) => {
      const valid = await validateBundle(tx, parsed.bundle, parsed.problems, settings.onProgress);
      const plan = await planImport(tx, valid);
      if (settings.dryRun) return plan;
      await writeBundle(tx, valid, settings);
      if (settings.record) {
        // the people the import tells something about: its people and those its support files are about
        const people = valid.bundle.people?.records.map((person) => person.id) ?? [];
        const subjects = await peopleOfCases(tx, casesNamed(valid));
        await settings.record(tx, plan, [...new Set([...people, ...subjects])]);
      }
      written = performance.now();
      return plan;
    },
    settings.dryRun ? 'READ' : 'WRITE',
    { operation: settings.dryRun ? 'import dry run' : 'import', source: settings.source ?? null },
  );
  if (!settings.dryRun) settings.onProgress({ phase: 'commit', rows, seconds: (performance.now() - written) / 1000 });
  return { counts, plan };
}
