/**
 * Reads a bundle folder into raw tables: bytes → text (UTF-8 with or without BOM, else Shift_JIS) → CSV rows, each
 * remembering the line it starts on. No value is interpreted here.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { BadInputError } from '../shared/errors.js';
import { restoreNeutralised } from '../shared/spreadsheet.js';
import type { BundleFile, BundleKey, BundleProblem } from './bundle.types.js';
import { bundleKeys, fileOf } from './bundle.types.js';
import { checkKnownFiles } from './rules/knownFiles.js';

export interface RawRow {
  /** The line the row starts on (the header is line 1). */
  line: number;
  /** The cells, trimmed. */
  cells: string[];
}

export interface RawTable {
  key: BundleKey;
  file: BundleFile;
  /** Header names, trimmed and in lower case. */
  header: string[];
  rows: RawRow[];
}

export interface RawBundle {
  tables: RawTable[];
  /** Problems found while reading (unknown files, broken CSV). */
  problems: BundleProblem[];
  /** Names where a problem of a table is in what was read (a workbook's sheet and cell); a CSV file's line is. */
  locate?: (problem: BundleProblem) => BundleProblem;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** BOM → UTF-8; valid UTF-8 → UTF-8; anything else is read as Shift_JIS (CP932, as Excel writes it). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3));
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp932');
  }
}

/** Splits CSV text into a header and rows; blank rows are skipped, line numbers kept. */
export function parseTable(key: BundleKey, text: string): { table: RawTable; problems: BundleProblem[] } {
  const { header, rows, problems } = parseCsv(fileOf(key), text);
  return { table: { key, file: fileOf(key), header, rows }, problems };
}

/**
 * CSV text of the file `file` → its header (trimmed, lower case) and rows with the line each starts on; blank rows
 * skipped. A bundle file or any other CSV we read (an HSDS package's tables).
 */
export function parseCsv(file: string, text: string): { header: string[]; rows: RawRow[]; problems: BundleProblem[] } {
  const table: { header: string[]; rows: RawRow[] } = { header: [], rows: [] };
  let records: string[][];
  try {
    // CR LF and lone CR become LF first, so that a record spans 1 + (line feeds in its cells) lines
    records = parse(text.replace(/\r\n?/g, '\n'), { relax_column_count: true, relax_quotes: true });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    const problem = {
      file,
      line: lines ?? 1,
      column: 0,
      columnName: '',
      value: '',
      message: `not valid CSV: ${message}`,
    };
    return { ...table, problems: [problem] };
  }
  let next = 1;
  for (const record of records) {
    const line = next;
    next += 1;
    // export.ts wrote formula-like cells with a leading '
    const cells = record.map((cell) => restoreNeutralised(cell.trim()));
    // a quoted cell may hold line breaks, each a line of the file
    for (const cell of record) for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) next += 1;
    if (cells.every((cell) => cell === '')) continue;
    if (table.header.length === 0) {
      // the first row that is not blank is the header
      table.header = cells.map((cell) => cell.toLowerCase());
    } else {
      table.rows.push({ line, cells });
    }
  }
  if (table.header.length === 0) {
    return {
      ...table,
      problems: [{ file, line: 1, column: 0, columnName: '', value: '', message: 'the file has no header row' }],
    };
  }
  return { ...table, problems: [] };
}

/** One file of an uploaded or read bundle: its name (without folders) and its bytes, not yet decoded. */
export interface BundleBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * The files of a bundle, however they came (a folder, an upload): unknown names are problems, the bundle files are
 * decoded and split. `where` says in an error what held none of the files.
 */
export function readBundleFiles(files: readonly BundleBytes[], where: string): RawBundle {
  const names = files.map((file) => file.name);
  const problems = checkKnownFiles(names);
  const tables: RawTable[] = [];
  for (const key of bundleKeys) {
    const file = files.find((candidate) => candidate.name === fileOf(key));
    if (!file) continue;
    const parsed = parseTable(key, decodeText(file.bytes));
    tables.push(parsed.table);
    problems.push(...parsed.problems);
  }
  if (tables.length === 0 && problems.length === 0) {
    throw new BadInputError(`${where} holds none of the bundle files (${bundleKeys.map(fileOf).join(', ')})`);
  }
  return { tables, problems };
}

export async function readBundleFolder(folder: string): Promise<RawBundle> {
  const names = await fs.readdir(folder).catch(() => {
    throw new BadInputError(`the bundle folder "${folder}" does not exist or cannot be read`);
  });
  const files: BundleBytes[] = [];
  for (const name of names) {
    // only the bundle's own files are read; another name is reported by its name alone
    const bytes = bundleKeys.some((key) => fileOf(key) === name)
      ? await fs.readFile(path.join(folder, name))
      : new Uint8Array();
    files.push({ name, bytes });
  }
  return readBundleFiles(files, `the folder "${folder}"`);
}
