/**
 * Reads a bundle workbook (.xlsx) into the same raw tables a folder of CSV files gives, one sheet per file, so that
 * one parse and one validation serve both. Each row keeps its sheet row as its line and each cell its column, so
 * that `locate` turns a problem's `people.csv` line 17 column 7 into `住民!G17`.
 */
import ExcelJS from 'exceljs';
import { workbookLimits } from '../../shared/bundleLimits.js';
import { BadInputError } from '../../shared/errors.js';
import { cellName, cellText } from '../../workbooks/cellText.js';
import type { BundleFile, BundleKey, BundleProblem } from '../bundle.types.js';
import { fileOf } from '../bundle.types.js';
import type { RawBundle, RawRow, RawTable } from '../read.js';
import { unzipBundle } from '../zip.js';
import { describeSheets, keyOfSheet } from './sheetNames.js';

/** A problem of the sheet itself (its name), located at the sheet's first row. */
function sheetProblem(sheet: string, message: string): BundleProblem {
  return { file: sheet, line: 1, column: 0, columnName: '', value: sheet, message, cell: cellName(sheet, 1, 0) };
}

/** Whether no cell of the sheet holds a value (cells with only a style do not count). */
function isBlank(sheet: ExcelJS.Worksheet): boolean {
  let blank = true;
  sheet.eachRow((row) => {
    if (row.hasValues) blank = false;
  });
  return blank;
}

/** One sheet's rows as trimmed texts; a formula, error value or merged cell is a problem at its cell. */
function readSheet(
  sheet: ExcelJS.Worksheet,
  key: BundleKey,
  problems: BundleProblem[],
): { table: RawTable; headerRow: number } {
  const table: RawTable = { key, file: fileOf(key), header: [], rows: [] };
  let headerRow = 1;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      const reading = cellText(row.getCell(column));
      cells.push(reading.text.trim());
      if ('problem' in reading) {
        const at = { line: row.number, column, columnName: table.header[column - 1] ?? '' };
        const cell = cellName(sheet.name, row.number, column);
        problems.push({ file: sheet.name, ...at, value: reading.text, message: reading.problem, cell });
      }
    }
    if (cells.every((cell) => cell === '')) return;
    if (table.header.length === 0) {
      // the first row that is not blank is the header; formatted empty cells after its last name are not columns
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      table.header = cells.map((cell) => cell.toLowerCase());
      headerRow = row.number;
      return;
    }
    // a sheet's row ends at its last filled cell: the empty cells up to the header's width are implied
    while (cells.length < table.header.length) cells.push('');
    table.rows.push({ line: row.number, cells } satisfies RawRow);
  });
  return { table, headerRow };
}

/** The workbook's sheets as raw tables, with `locate` naming each later problem's sheet and cell. */
export async function readBundleWorkbook(bytes: Uint8Array, where: string): Promise<RawBundle> {
  // an .xlsx is a zip: its parts are checked against the upload's limits before exceljs inflates them
  unzipBundle(bytes, workbookLimits, true);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new BadInputError(`${where} is not a readable .xlsx workbook: ${(error as Error).message}`, 'file');
  }
  const problems: BundleProblem[] = [];
  const tables: RawTable[] = [];
  const sheetOf = new Map<BundleFile, { name: string; headerRow: number }>();
  for (const sheet of workbook.worksheets) {
    const key = keyOfSheet(sheet.name);
    // an empty sheet of another name (the Sheet1 a new workbook comes with) holds nothing to lose
    if (!key && isBlank(sheet)) continue;
    if (!key) {
      problems.push(sheetProblem(sheet.name, `"${sheet.name}" is not a bundle sheet; expected ${describeSheets()}`));
      continue;
    }
    const other = sheetOf.get(fileOf(key));
    if (other !== undefined) {
      problems.push(sheetProblem(sheet.name, `"${sheet.name}" and "${other.name}" are both the ${key} sheet`));
      continue;
    }
    const { table, headerRow } = readSheet(sheet, key, problems);
    sheetOf.set(fileOf(key), { name: sheet.name, headerRow });
    if (table.header.length === 0) {
      problems.push(sheetProblem(sheet.name, 'the sheet has no header row'));
      continue;
    }
    tables.push(table);
  }
  if (tables.length === 0 && problems.length === 0) {
    throw new BadInputError(`${where} holds none of the bundle sheets (${describeSheets()})`, 'file');
  }
  const locate = (problem: BundleProblem): BundleProblem => {
    const sheet = sheetOf.get(problem.file as BundleFile);
    if (sheet === undefined || problem.cell !== undefined) return problem;
    // the rules say line 1 for the header, which a sheet may have below a few blank rows
    const line = problem.line === 1 ? sheet.headerRow : problem.line;
    return { ...problem, file: sheet.name, line, cell: cellName(sheet.name, line, problem.column) };
  };
  return { tables, problems, locate };
}
