/**
 * HSDS tables → a tabular data package: one CSV per table with every column of the published table in its order
 * (the file names are the published ones, e.g. `services.csv`), and `datapackage.json` describing them with the
 * published table schemas unchanged. Cells that a spreadsheet would run as formulas get a leading `'`, as every CSV
 * this app writes (the import takes it off again).
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../../shared/spreadsheet.js';
import { type HsdsTables, hsdsVersion, publishedPackage, resourceOf, writtenTables } from '../tables.js';

export interface PackageMeta {
  areaId: string;
  areaName: string;
  asOf: string;
}

export const descriptorFile = 'datapackage.json';

function csvOf(table: (typeof writtenTables)[number], tables: HsdsTables): string {
  const columns = resourceOf(table).schema.fields.map((field) => field.name);
  const lines = tables[table].map((row) => columns.map((column) => neutraliseFormula(String(row[column] ?? ''))));
  return stringify([columns, ...lines], { record_delimiter: '\n' });
}

/** The package's descriptor: ours, naming the published table schemas for the tables written. */
export function descriptor(meta: PackageMeta): Record<string, unknown> {
  return {
    // a data package name: lower case letters, digits and - . _ only
    name: `tsunagari-${meta.areaId.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`,
    title: `${meta.areaName} 生活便利帳 (HSDS ${hsdsVersion})`,
    description: `つながり（Tsunagari）の生活便利帳: ${meta.areaName}の支援関係機関と拠点（${meta.asOf}現在）。個人の情報は含みません。`,
    profile: publishedPackage.profile,
    version: hsdsVersion,
    created: `${meta.asOf}T00:00:00Z`,
    resources: writtenTables.map(resourceOf),
  };
}

/** Every file of the package by its name. */
export function tabularFiles(tables: HsdsTables, meta: PackageMeta): Record<string, string> {
  const files: Record<string, string> = {};
  for (const table of writtenTables) files[resourceOf(table).path] = csvOf(table, tables);
  files[descriptorFile] = `${JSON.stringify(descriptor(meta), null, 2)}\n`;
  return files;
}
