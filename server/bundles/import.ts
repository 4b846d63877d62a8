/**
 * Imports a town bundle: read and parse the folder, then in ONE write transaction check it against the database
 * (all problems or none) and merge it by id, in UNWIND batches. A bundle with any problem changes nothing.
 */
import type { Graph } from '../graph/graph.js';
import type { BundleCounts } from './bundle.types.js';
import { fileOf, nodeKeys } from './bundle.types.js';
import { parseBundle } from './parse.js';
import type { ProgressSink } from './progress.js';
import { readBundleFolder } from './read.js';
import { validateBundle } from './validate.js';
import { writeBundle } from './write.js';

export interface ImportOptions {
  /** Told of each file and phase with its rows and time (the commands print it on stderr). */
  onProgress?: ProgressSink;
  /** Rows per statement. */
  batchSize?: number;
}

/** Imports the bundle in `folder`; returns the rows of each file. Throws BundleInvalidError when anything is wrong. */
export async function importBundle(graph: Graph, folder: string, options: ImportOptions = {}): Promise<BundleCounts> {
  const settings: Required<ImportOptions> = { onProgress: () => {}, batchSize: 5000, ...options };
  const start = performance.now();
  const parsed = parseBundle(await readBundleFolder(folder));
  const counts: BundleCounts = {};
  for (const key of [...nodeKeys, 'ties'] as const) {
    const file = parsed.bundle[key];
    if (file) counts[fileOf(key)] = file.records.length;
  }
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  settings.onProgress({ phase: 'read', rows, seconds: (performance.now() - start) / 1000 });
  let written = 0;
  await graph.transaction(
    async (tx) => {
      const valid = await validateBundle(tx, parsed.bundle, parsed.problems, settings.onProgress);
      await writeBundle(tx, valid, settings);
      written = performance.now();
    },
    'WRITE',
    { operation: 'import', folder },
  );
  settings.onProgress({ phase: 'commit', rows, seconds: (performance.now() - written) / 1000 });
  return counts;
}
