/** Reads a town bundle folder into plain rows (one object per CSV line, keyed by header), for tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type BundleKey, bundleKeys, fileOf } from '../../server/bundles/bundle.types.js';
import { splitList } from '../../server/bundles/parse.js';

export type Row = Record<string, string>;
export type Bundle = Record<BundleKey, Row[]>;

export function readBundle(folder: string): Bundle {
  // every file is optional: one the folder lacks has no rows
  const read = (key: BundleKey): Row[] => {
    const file = path.join(folder, fileOf(key));
    if (!fs.existsSync(file)) return [];
    return parse(fs.readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  };
  return Object.fromEntries(bundleKeys.map((key) => [key, read(key)])) as Bundle;
}

/** The items of a list cell, as the import reads them; an empty cell is an empty list. */
export function list(cell: string | undefined): string[] {
  return cell ? splitList(cell) : [];
}
