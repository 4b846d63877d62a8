/**
 * Import a 100k-person town (≈400k ties) from a bundle, and the same rows with a bare UNWIND batch load.
 * Bar (docs/DESIGN.md): ≥ 10k rows/s, and within 1.5× of the bare load; the import (batches, then one publish)
 * fits the heap.
 * Both load the town's own files; its support files (cases and meetings) are imported afterwards, unmeasured.
 * Leaves the whole town loaded for the sections after it (`shared.town` is its folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateTown } from '../../seed/generator/town.js';
import { type BundleKey, caseKeys, fileOf, townKeys } from '../../server/bundles/bundle.types.js';
import { importBundle } from '../../server/bundles/import.js';
import { printProgress } from '../../server/bundles/progress.js';
import type { Graph } from '../../server/graph/graph.js';
import { entityKinds } from '../../server/vocabulary/ties.js';
import type { BenchContext, BenchSection } from '../bench.types.js';
import { bareLoad } from '../import/bareLoad.js';
import { watchMemory } from '../import/memory.js';
import { median } from '../stats.js';

const people = Number(process.env.BENCH_PEOPLE ?? 100_000);
/** How many times each load runs; the figures are medians. */
const repeat = Number(process.env.BENCH_REPEAT ?? 1);
const batchSize = 5000;

/** A town's nodes: what the bench loads and deletes (the app's own bookkeeping — users, the audit log — stays). */
const townNode = entityKinds.map((label) => `n:${label}`).join(' OR ');

async function isEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ any: boolean }>(`RETURN EXISTS { MATCH (n) WHERE ${townNode} } AS any`);
  return !row.any;
}

async function wipe(graph: Graph): Promise<void> {
  await graph.autoCommit(`MATCH (n) WHERE ${townNode} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`);
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

function townFolder(context: BenchContext, name: string, size: number): string {
  const folder = path.join(context.workDir, name);
  const started = performance.now();
  generateTown({ people: size, out: folder, seed: 'bench' });
  context.log(
    `generated a ${size.toLocaleString('en-US')}-person town in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return folder;
}

/** A folder holding some of a bundle's files (hard links, no copies). */
function subsetOf(context: BenchContext, folder: string, name: string, keys: readonly BundleKey[]): string {
  const subset = path.join(context.workDir, name);
  fs.rmSync(subset, { recursive: true, force: true });
  fs.mkdirSync(subset, { recursive: true });
  for (const key of keys) {
    const file = path.join(folder, fileOf(key));
    if (fs.existsSync(file)) fs.linkSync(file, path.join(subset, fileOf(key)));
  }
  return subset;
}

export const importSection: BenchSection = {
  name: 'import',
  async run(context) {
    const { graph } = context;
    if (!(await isEmpty(graph))) {
      context.log('skipped: the import benchmark needs an empty database (it loads and deletes whole towns)');
      return;
    }
    const whole = process.env.BENCH_TOWN ? path.resolve(process.env.BENCH_TOWN) : townFolder(context, 'town', people);
    context.shared.set('town', whole);
    // the bare load knows the town's files only: both load those, and the cases follow once measured
    const folder = subsetOf(context, whole, 'town-files', townKeys);

    // warm both paths (query plans, JIT) on a small town first
    const warm = townFolder(context, 'warm-up', 2000);
    await bareLoad(graph, warm, batchSize);
    await wipe(graph);
    await importBundle(graph, warm, { batchSize });
    await wipe(graph);

    const ours: number[] = [];
    const bare: number[] = [];
    let rows = 0;
    let memory: Awaited<ReturnType<ReturnType<typeof watchMemory>['stop']>> | undefined;
    for (let run = 1; run <= repeat; run++) {
      context.log(`run ${run}/${repeat}: bare load`);
      const bareSeconds = await seconds(async () => (rows = await bareLoad(graph, folder, batchSize)));
      bare.push(rows / bareSeconds);
      context.log(`bare load: ${rows} rows in ${bareSeconds.toFixed(1)} s`);
      await wipe(graph);
      context.log(`run ${run}/${repeat}: import`);
      const watch = watchMemory(graph);
      const importSeconds = await seconds(() => importBundle(graph, folder, { batchSize, onProgress: printProgress }));
      memory = await watch.stop();
      ours.push(rows / importSeconds);
      context.log(`import: ${rows} rows in ${importSeconds.toFixed(1)} s`);
      if (run < repeat) await wipe(graph);
    }
    // the sections after this one work on the whole town, its cases included
    const support = await seconds(() =>
      importBundle(graph, subsetOf(context, whole, 'town-cases', caseKeys), { batchSize }),
    );
    context.log(`imported the town's support files (cases, plans, meetings) in ${support.toFixed(1)} s`);

    const rate = median(ours);
    const bareRate = median(bare);
    const ratio = bareRate / rate;
    const fast = { text: '≥ 10,000 rows/s', met: rate >= 10_000 };
    context.report({ name: 'import.rowsPerSecond', value: Math.round(rate), unit: 'rows/s', bar: fast });
    context.report({ name: 'import.bareRowsPerSecond', value: Math.round(bareRate), unit: 'rows/s' });
    const close = { text: '≤ 1.5×', met: ratio <= 1.5 };
    context.report({ name: 'import.slowerThanBare', value: Number(ratio.toFixed(2)), unit: '×', bar: close });
    context.report({ name: 'import.rows', value: rows, unit: 'rows' });
    if (memory) {
      // G1 lets the heap fill before it collects: this is a ceiling, the transaction's own figure is the next one
      const heap = `MB of ${Math.round(memory.heapMaxMb)} MB heap`;
      context.report({ name: 'import.peakHeapUsed', value: Math.round(memory.heapUsedMb), unit: heap });
      if (memory.transactionMb !== undefined) {
        context.report({ name: 'import.peakTransactionMemory', value: Math.round(memory.transactionMb), unit: 'MB' });
      }
      context.report({ name: 'import.peakNodeRss', value: Math.round(memory.nodeRssMb), unit: 'MB' });
    }
  },
};
