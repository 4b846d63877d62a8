/** Reads a town bundle folder into plain rows (one object per CSV line, keyed by header), for tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const bundleFiles = ['areas', 'households', 'people', 'organizations', 'councils', 'hubs', 'ties'] as const;
export type BundleFileName = (typeof bundleFiles)[number];
export type Row = Record<string, string>;
export type Bundle = Record<BundleFileName, Row[]>;

export function readBundle(folder: string): Bundle {
  const read = (name: BundleFileName): Row[] =>
    parse(fs.readFileSync(path.join(folder, `${name}.csv`), 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  return Object.fromEntries(bundleFiles.map((name) => [name, read(name)])) as Bundle;
}

/** The items of a `;`-separated cell; an empty cell is an empty list. */
export function list(cell: string | undefined): string[] {
  return cell ? cell.split(';') : [];
}

/** The CSV line a row came from (the header is line 1). */
export function lineOf(index: number): number {
  return index + 2;
}
