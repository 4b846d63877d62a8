/**
 * Imports a town bundle: read and parse the files, check it against the database in a read transaction (all
 * problems or none: a bundle with any problem changes nothing), then write it in batches and publish it in one small
 * transaction (write.ts says what is staged and what waits for the publish; stage.ts, publish.ts). Until the
 * publish commits nothing of the import is visible; an import that fails is removed, one whose writer died is
 * removed at the next start (leftovers.ts). A dry run does the reading and checking only and counts what the write
 * would do.
 */
import fs from 'node:fs/promises';
import type { Graph, GraphTx } from '../graph/graph.js';
import { BadInputError, BundleInvalidError, DatabaseUnavailableError } from '../shared/errors.js';
import type { BundleCounts } from './bundle.types.js';
import { bundleKeys, fileOf } from './bundle.types.js';
import { supportRows } from './caseWrite.js';
import { beginImport, removeImport } from './importRecord.js';
import { parseBundle } from './parse.js';
import { type FilePlan, planImport } from './plan.js';
import { type ProgressSink, writeMeter } from './progress.js';
import { publishImport } from './publish.js';
import { type RawBundle, readBundleFolder } from './read.js';
import { stageSteps } from './stage.js';
import { validateBundle } from './validate.js';
import { planWrites, type WriteStep } from './write.js';
import { readBundleWorkbook } from './xlsx/readWorkbook.js';

export interface ImportOptions {
  /** Told of each phase with its rows and time, and of the rows written (the commands print it on stderr). */
  onProgress?: ProgressSink;
  /** Rows per statement, and per transaction while the import writes its batches. */
  batchSize?: number;
  /** How often the rows written are reported (ms; 0: after every batch). */
  progressEveryMs?: number;
}

export interface RawImportOptions extends ImportOptions {
  /** Check and count only: nothing is written. */
  dryRun?: boolean;
  /** Runs inside the publish transaction, with the plan (the browser import's audit record). */
  record?: (tx: GraphTx, plan: FilePlan[], personIds: string[]) => Promise<void>;
  /** Transaction metadata and the import's record: where the bundle came from. */
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

const rowsOf = (steps: WriteStep[]) => steps.reduce((sum, step) => sum + step.rows.length, 0);

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
  await settings.onProgress({ phase: 'read', rows, seconds: (performance.now() - start) / 1000 });
  const source = settings.source ?? null;
  const { valid, plan } = await graph.transaction(
    async (tx) => {
      const valid = await validateBundle(tx, parsed.bundle, parsed.problems, settings.onProgress);
      return { valid, plan: await planImport(tx, valid) };
    },
    'READ',
    { operation: settings.dryRun ? 'import dry run' : 'import check', source },
  );
  if (settings.dryRun) return { counts, plan };

  const writes = planWrites(valid);
  const published = rowsOf(writes.published) + supportRows(valid);
  const meter = writeMeter(settings.onProgress, rowsOf(writes.staged) + published, settings.progressEveryMs);
  const importId = await beginImport(graph, source, rows);
  let committing = 0;
  try {
    await stageSteps(graph, writes.staged, { importId, batchSize: settings.batchSize, onBatch: meter.add });
    await graph.transaction(
      (tx) =>
        publishImport(tx, valid, writes.published, plan, { ...settings, importId }).then(() => {
          committing = performance.now();
        }),
      'WRITE',
      { operation: 'import publish', importId, source },
    );
    await settings.onProgress({ phase: 'commit', rows, seconds: (performance.now() - committing) / 1000 });
    if (published > 0) await meter.add(published);
  } catch (error) {
    // what it staged goes now if the database still answers; otherwise at the next start
    if (!(error instanceof DatabaseUnavailableError)) await removeImport(graph, importId).catch(() => {});
    throw error;
  }
  return { counts, plan };
}
