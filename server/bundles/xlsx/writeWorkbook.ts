/**
 * The exported bundle as one workbook: a sheet per file named by its Japanese label, the CSV's header, and each
 * cell typed as a spreadsheet user expects it — counts as numbers, days as Excel dates, codes as their Japanese
 * labels (民生委員・児童委員, 第2層, 見守り, はい), which the import reads back as the codes. Export → import → export
 * gives the same cells.
 */
import { tiers } from '../../vocabulary/codes.js';
import { type TieType, tieRules } from '../../vocabulary/ties.js';
import { type SheetValue, tablesWorkbook } from '../../workbooks/tableSheet.js';
import type { ExportedTable } from '../bundle.types.js';
import type { ColumnSpec } from '../files.js';
import { fileSpecs } from '../files.js';
import { splitList } from '../parse.js';
import { codeListOf, flagLabels } from '../rules/knownCodes.js';
import { sheetLabels } from './sheetNames.js';

type AnyColumn = ColumnSpec<Record<string, unknown>>;

/** A CSV cell of the export (codes as codes, lists joined with `;`) as the workbook writes it. */
export function sheetValue(column: AnyColumn, text: string): SheetValue {
  if (text === '') return null;
  switch (column.kind) {
    case 'count':
      return Number(text);
    case 'date':
      return { day: text };
    case 'tier':
      return tiers[Number(text) as keyof typeof tiers] ?? text;
    case 'tieType':
      return tieRules[text as TieType]?.label ?? text;
    case 'flag':
      return text === 'true' ? flagLabels.true : text === 'false' ? flagLabels.false : text;
  }
  if (column.kind in codeListOf) {
    const labels: Readonly<Record<string, string>> = codeListOf[column.kind as keyof typeof codeListOf].labels;
    return splitList(text)
      .map((code) => labels[code] ?? code)
      .join(';');
  }
  return text;
}

export function bundleWorkbook(tables: readonly ExportedTable[]): Promise<Uint8Array> {
  return tablesWorkbook(
    tables.map((table) => {
      const columns = fileSpecs[table.key].columns as unknown as AnyColumn[];
      return {
        name: sheetLabels[table.key],
        header: columns.map((column) => column.name),
        rows: table.lines.map((line) => line.map((text, index) => sheetValue(columns[index], text))),
      };
    }),
  );
}
