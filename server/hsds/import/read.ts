/**
 * Reads an HSDS tabular package folder into tables of located rows: the files its `datapackage.json` names for the
 * HSDS tables (or, without one, the published file names), decoded as the town bundles are (UTF-8 with or without
 * BOM, else Shift_JIS). No value is interpreted here; other files in the folder are left alone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText, parseCsv } from '../../bundles/read.js';
import { BadInputError, type BundleProblem } from '../../shared/errors.js';
import { publishedPackage } from '../tables.js';

export interface HsdsCell {
  value: string;
  /** 1-based column of the cell in its file's header (0 when the file has no such column) */
  column: number;
}

export interface LocatedRow {
  file: string;
  line: number;
  /** the cell of a column by its header name; an absent column is an empty cell at column 0 */
  cell(name: string): HsdsCell;
}

export interface ReadTable {
  name: string;
  file: string;
  rows: LocatedRow[];
}

export interface ReadPackage {
  /** the tables found, by HSDS table name */
  tables: Map<string, ReadTable>;
  /** the package's `name` in its descriptor, else the folder's name: where the data came from */
  source: string;
  problems: BundleProblem[];
}

const descriptorFile = 'datapackage.json';

/** The file of each HSDS table: as the descriptor names it, else the published name. */
async function pathsOf(
  folder: string,
  problems: BundleProblem[],
): Promise<{ paths: Map<string, string>; name?: string }> {
  const paths = new Map(publishedPackage.resources.map((r) => [r.name, r.path]));
  const text = await fs.readFile(path.join(folder, descriptorFile), 'utf8').catch(() => undefined);
  if (text === undefined) return { paths };
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(text);
  } catch (error) {
    problems.push(problem(descriptorFile, 1, 0, '', '', `not valid JSON: ${(error as Error).message}`));
    return { paths };
  }
  const resources = (descriptor as { resources?: unknown })?.resources;
  if (!Array.isArray(resources)) {
    problems.push(
      problem(descriptorFile, 1, 0, 'resources', '', 'not a data package descriptor (no "resources" list)'),
    );
    return { paths };
  }
  for (const resource of resources as { name?: unknown; path?: unknown }[]) {
    if (typeof resource?.name === 'string' && typeof resource.path === 'string' && paths.has(resource.name)) {
      // a path is a file of this folder: no folder above it, no absolute path
      paths.set(resource.name, path.basename(resource.path));
    }
  }
  const name = (descriptor as { name?: unknown }).name;
  return { paths, name: typeof name === 'string' ? name : undefined };
}

function problem(file: string, line: number, column: number, columnName: string, value: string, message: string) {
  return { file, line, column, columnName, value, message };
}

export async function readHsdsFolder(folder: string): Promise<ReadPackage> {
  const problems: BundleProblem[] = [];
  await fs.readdir(folder).catch(() => {
    throw new BadInputError(`the HSDS folder "${folder}" does not exist or cannot be read`);
  });
  const { paths, name } = await pathsOf(folder, problems);
  const tables = new Map<string, ReadTable>();
  for (const [table, file] of paths) {
    const bytes = await fs.readFile(path.join(folder, file)).catch(() => undefined);
    if (!bytes) continue;
    const parsed = parseCsv(file, decodeText(bytes));
    problems.push(...parsed.problems);
    const rows = parsed.rows.map(
      (row): LocatedRow => ({
        file,
        line: row.line,
        cell(column: string) {
          const at = parsed.header.indexOf(column);
          return at < 0 ? { value: '', column: 0 } : { value: row.cells[at] ?? '', column: at + 1 };
        },
      }),
    );
    tables.set(table, { name: table, file, rows });
  }
  if (!tables.has('organization') && problems.length === 0) {
    throw new BadInputError(`the folder "${folder}" holds no HSDS organizations (${paths.get('organization')})`);
  }
  return { tables, source: name ?? path.basename(folder), problems };
}
