/**
 * A worksheet cell as the text a bundle file would hold: numbers in digits, an Excel date as YYYY-MM-DD (a date
 * and time as an ISO instant), rich text and links as their text. A formula, an error value or merged cells are
 * refused with the reason: a bundle holds values, and a merged cell has no one place.
 */
import ExcelJS from 'exceljs';

export type CellReading = { text: string } | { text: string; problem: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel keeps no time zone: exceljs reads a date as that wall-clock time in UTC. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const midnight = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() + date.getUTCMilliseconds() === 0;
  return midnight ? day : date.toISOString();
}

export function cellText(cell: ExcelJS.Cell): CellReading {
  // exceljs gives every cell of a merged range the first one's value; the others are read as empty
  if (cell.isMerged) {
    if (cell.master !== cell) return { text: '' };
    return { text: '', problem: 'merged cells: unmerge them, so that each value has its own cell' };
  }
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return { text: '' };
    case ExcelJS.ValueType.Number:
      return { text: String(value) };
    case ExcelJS.ValueType.Boolean:
      return { text: value ? 'true' : 'false' };
    case ExcelJS.ValueType.Date:
      return { text: dateText(value as Date) };
    case ExcelJS.ValueType.Formula: {
      const result = (value as ExcelJS.CellFormulaValue).result;
      const formula = cell.formula ?? '';
      const text = result === undefined || result === null || typeof result === 'object' ? '' : String(result);
      return { text, problem: `a formula (=${formula}): write the value itself, not a formula` };
    }
    case ExcelJS.ValueType.Error:
      return { text: '', problem: `an error value (${(value as ExcelJS.CellErrorValue).error}): write the value` };
    default:
      // strings, shared strings, rich text and hyperlinks all have their text
      return { text: cell.text };
  }
}

/** A column number as its letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a reference writes it: quoted when it holds anything but letters, digits, `_` and `.`. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** `住民!G17`, or the whole row `住民!1:1` for column 0 (a column the header lacks, a row's own problem). */
export function cellName(sheet: string, row: number, column: number): string {
  return column > 0 ? `${sheetRef(sheet)}!${columnLetters(column)}${row}` : `${sheetRef(sheet)}!${row}:${row}`;
}
