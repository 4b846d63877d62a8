/**
 * A town bundle folder (the sample town, seed/sample-town/, or a generated one) loaded through the real importer
 * under a test's unique prefix, so that the analysis tests can run on it beside other tests in the shared database
 * and remove it afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { type Bundle, readBundle } from '../../../seed/testing/bundle.js';
import { type BundleKey, bundleKeys, fileOf } from '../../bundles/bundle.types.js';
import { fileSpecs } from '../../bundles/files.js';
import { importBundle } from '../../bundles/import.js';
import { splitList } from '../../bundles/parse.js';
import { sampleTownFolder } from '../../bundles/sampleTown.js';
import type { Graph } from '../../graph/graph.js';

/** The header names of the columns holding ids or lists of ids (an id, a reference, a tie's end). */
function idColumns(key: BundleKey): string[] {
  return fileSpecs[key].columns
    .filter((column) => column.kind === 'id' || column.kind === 'ids')
    .map((column) => column.name);
}

function prefixed(bundle: Bundle, prefix: string): Bundle {
  const rewrite = (cell: string | undefined) =>
    cell
      ? splitList(cell)
          .map((id) => `${prefix}${id}`)
          .join(';')
      : cell;
  return Object.fromEntries(
    bundleKeys.map((key) => [
      key,
      bundle[key].map((row) => {
        const copy = { ...row };
        for (const column of idColumns(key)) if (column in copy) copy[column] = rewrite(copy[column]) ?? '';
        return copy;
      }),
    ]),
  ) as Bundle;
}

/** Writes a copy of a town bundle folder with every id prefixed into a new temporary folder, and returns that. */
export function prefixedTownCopy(folder: string, prefix: string, bundle: Bundle = readBundle(folder)): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-town-'));
  const rewritten = prefixed(bundle, prefix);
  for (const key of bundleKeys) {
    const rows = rewritten[key];
    // a file with no rows has no header to copy: left out, as a bundle may leave any file out
    if (rows.length === 0) continue;
    fs.writeFileSync(
      path.join(copy, fileOf(key)),
      stringify(rows, { header: true, columns: Object.keys(rows[0] ?? {}) }),
    );
  }
  return copy;
}

/** Imports a town bundle folder with every id prefixed; returns the bundle as read (unprefixed ids). */
export async function loadTown(graph: Graph, folder: string, prefix: string): Promise<Bundle> {
  const bundle = readBundle(folder);
  const copy = prefixedTownCopy(folder, prefix, bundle);
  try {
    await importBundle(graph, copy);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
  return bundle;
}

/** Imports the sample town with every id prefixed; returns the bundle as read (unprefixed ids). */
export function loadSampleTown(graph: Graph, prefix: string): Promise<Bundle> {
  return loadTown(graph, sampleTownFolder, prefix);
}
