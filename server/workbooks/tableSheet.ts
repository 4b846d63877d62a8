/**
 * Tables as a workbook, the way every workbook the app writes looks: a bold, shaded header row frozen above the
 * rows, each column as wide as its longest cell (within bounds), and every text written as a text cell. Written
 * through exceljs's streaming writer, row by row, so a whole town's export does not hold a second copy of itself
 * as a workbook model.
 *
 * Formula injection: a text cell is a shared string (`t="s"`), never a formula (`<f>`), so a name such as `=1+1`
 * is shown and read back as that text and never evaluated; no `'` is added (the CSV path's guard), so the value
 * round-trips as it is.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A cell as written: text, a number (with its Excel number format, e.g. `0.0%`), a calendar day (shown YYYY-MM-DD) or nothing. */
export type SheetValue = string | number | { number: number; format: string } | { day: string } | null;

export interface SheetTable {
  name: string;
  header: string[];
  rows: SheetValue[][];
}

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
/** Column widths in characters: never narrower than a short code, never wider than a screen's third. */
const minWidth = 8;
const maxWidth = 60;

/** Display width of a text: a full-width character takes two columns. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffdc]/u.test(char) && !/[\uff61-\uff9f]/u.test(char) ? 2 : 1;
  return width;
}

function isDay(value: SheetValue): value is { day: string } {
  return value !== null && typeof value === 'object' && 'day' in value;
}

function isFormatted(value: SheetValue): value is { number: number; format: string } {
  return value !== null && typeof value === 'object' && 'number' in value;
}

function shown(value: SheetValue): string {
  if (value === null) return '';
  if (isDay(value)) return value.day;
  // as wide as its format shows it (0.0% → 12.3%), near enough
  if (isFormatted(value)) return `${Math.round(value.number)}${value.format}`;
  return String(value);
}

/** A day as an Excel date: midnight UTC, which Excel shows as that day whatever the reader's time zone. */
function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** What exceljs stores for a cell, and its number format if it has one. */
function stored(value: SheetValue): { value: ExcelJS.CellValue; format?: string } {
  if (isDay(value)) return { value: dateOf(value.day), format: 'yyyy-mm-dd' };
  if (isFormatted(value)) return { value: value.number, format: value.format };
  return { value };
}

function columnWidths(table: SheetTable): number[] {
  const widths = table.header.map(widthOf);
  for (const values of table.rows) {
    values.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, widthOf(shown(value)));
    });
  }
  return widths.map((width) => Math.min(maxWidth, Math.max(minWidth, width + 2)));
}

function addTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: SheetTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // a streamed sheet writes its columns before its first row
  sheet.columns = columnWidths(table).map((width) => ({ width }));
  const header = sheet.addRow(table.header);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = headerFill;
  });
  header.commit();
  for (const values of table.rows) {
    const cells = values.map(stored);
    const row = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      if (cell.format) row.getCell(index + 1).numFmt = cell.format;
    });
    row.commit();
  }
  sheet.commit();
}

/** The tables as one .xlsx, a sheet each in the order given. */
export async function tablesWorkbook(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Tsunagari';
  for (const table of tables) addTableSheet(workbook, table);
  await workbook.commit();
  return Buffer.concat(chunks);
}
