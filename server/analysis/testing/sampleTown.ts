/**
 * The sample town (seed/sample-town/) loaded through the real importer under a test's unique prefix, so that the
 * analysis tests can run on it beside other tests in the shared database and remove it afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { type Bundle, type BundleFileName, bundleFiles, readBundle } from '../../../seed/testing/bundle.js';
import { importBundle } from '../../bundles/import.js';
import { sampleTownFolder } from '../../bundles/sampleTown.js';
import type { Graph } from '../../graph/graph.js';

/** The columns holding ids or lists of ids, per file. */
const idColumns: Record<BundleFileName, string[]> = {
  areas: ['id', 'parent_id'],
  households: ['id', 'area_id'],
  people: ['id', 'area_id', 'household_id'],
  organizations: ['id', 'area_id', 'serves'],
  councils: ['id', 'covers'],
  hubs: ['id', 'area_id'],
  ties: ['from_id', 'to_id'],
};

function prefixed(bundle: Bundle, prefix: string): Bundle {
  const rewrite = (cell: string | undefined) =>
    cell ? cell.split(';').map((id) => (id.trim() ? `${prefix}${id.trim()}` : id)).join(';') : cell;
  return Object.fromEntries(
    bundleFiles.map((file) => [
      file,
      bundle[file].map((row) => {
        const copy = { ...row };
        for (const column of idColumns[file]) if (column in copy) copy[column] = rewrite(copy[column]) ?? '';
        return copy;
      }),
    ]),
  ) as Bundle;
}

/** Imports the sample town with every id prefixed; returns the bundle as read (unprefixed ids). */
export async function loadSampleTown(graph: Graph, prefix: string): Promise<Bundle> {
  const bundle = readBundle(sampleTownFolder);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-sample-'));
  try {
    for (const [file, rows] of Object.entries(prefixed(bundle, prefix))) {
      fs.writeFileSync(path.join(folder, `${file}.csv`), stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }));
    }
    await importBundle(graph, folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return bundle;
}
