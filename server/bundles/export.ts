/**
 * Exports the graph as a town bundle: every file (the support files too), UTF-8 without BOM, every column, rows sorted by id (ties by
 * from, type, to, since), lists joined with `;`, codes as codes. With `rootAreaId`, only that area's subtree: its
 * areas, what is located in them, the councils covering them, and the ties among those. Export → import → export
 * gives the same bytes.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Graph } from '../graph/graph.js';
import { NotFoundError } from '../shared/errors.js';
import { neutraliseFormula } from '../shared/spreadsheet.js';
import { tieRules, tieTypes } from '../vocabulary/ties.js';
import type { BundleCounts, BundleKey, ExportedTable } from './bundle.types.js';
import { caseKeys, fileOf, labelOf, nodeKeys } from './bundle.types.js';
import { caseFileRows } from './caseExport.js';
import { areasInScope, type ExportNodeRow, type ExportTieRow, type IdRow, nodesOf, tiesOf } from './export.queries.js';
import { type ColumnSpec, fileSpecs } from './files.js';
import { isWorkbookPath } from './import.js';
import { bundleWorkbook } from './xlsx/writeWorkbook.js';

export interface ExportOptions {
  /** Export only this area and the areas within it (one municipality of a shared database). */
  rootAreaId?: string;
}

export interface ExportTargetOptions extends ExportOptions {
  /** Write one .xlsx workbook instead of a folder (default: when the target's name ends in `.xlsx`). */
  workbook?: boolean;
}

type AnyColumn = ColumnSpec<Record<string, unknown>>;

function columnsOf(key: BundleKey): AnyColumn[] {
  return fileSpecs[key].columns as unknown as AnyColumn[];
}

/** A value as the bundle writes it: lists joined with `;`, nothing for null. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Bundle files hold residents' data: readable by the exporting user only. */
const fileMode = 0o600;

/** Plain code-unit order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nodeLine(columns: AnyColumn[], row: ExportNodeRow): string[] {
  return columns.map((column) => {
    if (column.role === 'identity') return row.id;
    if (column.role === 'property') return cell(row.props[column.key]);
    const targets = [...(row.links[column.key] ?? [])].sort(compare);
    return column.kind === 'ids' ? targets.join(';') : (targets[0] ?? '');
  });
}

function tieLine(columns: AnyColumn[], type: string, row: ExportTieRow): string[] {
  const values: Record<string, unknown> = { ...row.props, from: row.from, to: row.to, type };
  return columns.map((column) => cell(values[column.key]));
}

function csvText(table: ExportedTable): string {
  const header = columnsOf(table.key).map((column) => column.name);
  // a spreadsheet opening the file must not run a name or a note as a formula
  const safe = table.lines.map((line) => line.map(neutraliseFormula));
  return stringify([header, ...safe], { record_delimiter: '\n' });
}

/** The exported bundle in memory: its tables in bundle order, the rows per file, and the people it holds. */
export interface ExportedTables {
  tables: ExportedTable[];
  counts: BundleCounts;
  personIds: string[];
}

/** The exported bundle as CSV: each file's text by its name. */
export interface ExportedBundle extends Omit<ExportedTables, 'tables'> {
  files: Record<string, string>;
}

/**
 * Writes the bundle into `folder` (files readable by the exporting user only), or into one workbook of that name;
 * returns the rows of each file.
 */
export async function exportBundle(
  graph: Graph,
  folder: string,
  options: ExportTargetOptions = {},
): Promise<BundleCounts> {
  if (options.workbook ?? isWorkbookPath(folder)) {
    const exported = await exportBundleTables(graph, options);
    await fs.writeFile(folder, await bundleWorkbook(exported.tables), { mode: fileMode });
    await fs.chmod(folder, fileMode);
    return exported.counts;
  }
  const exported = await exportBundleFiles(graph, options);
  // a new folder is the exporting user's only, like its files
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  for (const [name, text] of Object.entries(exported.files)) {
    const file = path.join(folder, name);
    await fs.writeFile(file, text, { encoding: 'utf8', mode: fileMode });
    // mode applies only to a new file: an export over an old one tightens it too
    await fs.chmod(file, fileMode);
  }
  return exported.counts;
}

/** The bundle's files as `exportBundle` writes them, for the folder or for the browser's zip. */
export async function exportBundleFiles(graph: Graph, options: ExportOptions = {}): Promise<ExportedBundle> {
  const { tables, ...rest } = await exportBundleTables(graph, options);
  const files: Record<string, string> = {};
  for (const table of tables) files[fileOf(table.key)] = csvText(table);
  return { files, ...rest };
}

/** The bundle's rows, every file in bundle order, for the CSV files and the workbook alike. */
export async function exportBundleTables(graph: Graph, options: ExportOptions = {}): Promise<ExportedTables> {
  const rooted = options.rootAreaId !== undefined;
  const areaIds = (await graph.read<IdRow>(areasInScope(rooted), { rootAreaId: options.rootAreaId ?? null })).map(
    (row) => row.id,
  );
  if (rooted && areaIds.length === 0) throw new NotFoundError('Area', options.rootAreaId!);
  const tables: ExportedTable[] = [];
  const counts: BundleCounts = {};
  const idsByLabel = new Map<string, string[]>();
  for (const key of nodeKeys) {
    const rows = await graph.read<ExportNodeRow>(nodesOf(key), { all: !rooted, areaIds });
    rows.sort((a, b) => compare(a.id, b.id));
    idsByLabel.set(
      labelOf[key],
      rows.map((row) => row.id),
    );
    tables.push({ key, lines: rows.map((row) => nodeLine(columnsOf(key), row)) });
    counts[fileOf(key)] = rows.length;
  }

  const exported = new Set([...idsByLabel.values()].flat());
  const ties: { type: string; row: ExportTieRow }[] = [];
  for (const type of tieTypes) {
    for (const from of tieRules[type].from) {
      for (const to of tieRules[type].to) {
        const rows = await graph.read<ExportTieRow>(tiesOf(type, from, to), { fromIds: idsByLabel.get(from) ?? [] });
        for (const row of rows) if (exported.has(row.to)) ties.push({ type, row });
      }
    }
  }
  const since = (tie: { row: ExportTieRow }) => cell(tie.row.props.since);
  ties.sort(
    (a, b) =>
      compare(a.row.from, b.row.from) ||
      compare(a.type, b.type) ||
      compare(a.row.to, b.row.to) ||
      compare(since(a), since(b)),
  );
  tables.push({ key: 'ties', lines: ties.map(({ type, row }) => tieLine(columnsOf('ties'), type, row)) });
  counts[fileOf('ties')] = ties.length;

  // the support given: cases of the people and households exported, meetings of the councils exported
  const supportRows = await caseFileRows(graph, {
    all: !rooted,
    subjectIds: [...(idsByLabel.get('Person') ?? []), ...(idsByLabel.get('Household') ?? [])],
    councilIds: idsByLabel.get('Council') ?? [],
  });
  for (const key of caseKeys) {
    const rows = supportRows[key];
    tables.push({ key, lines: rows.map((row) => columnsOf(key).map((column) => cell(row[column.key]))) });
    counts[fileOf(key)] = rows.length;
  }
  return { tables, counts, personIds: idsByLabel.get(labelOf.people) ?? [] };
}
