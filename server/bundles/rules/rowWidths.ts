/** Rule: a row has one value per header column (trailing empty cells are tolerated). */
import type { BundleFile, BundleProblem } from '../bundle.types.js';
import type { RawRow } from '../read.js';

export function checkRowWidth(file: BundleFile, header: readonly string[], row: RawRow): BundleProblem | undefined {
  const width = header.length;
  if (row.cells.length < width) {
    return {
      ...{ file, line: row.line, column: row.cells.length + 1, columnName: header[row.cells.length], value: '' },
      message: `the row has ${row.cells.length} values; the header has ${width} columns`,
    };
  }
  const extra = row.cells.findIndex((cell, index) => index >= width && cell !== '');
  if (extra >= 0) {
    return {
      ...{ file, line: row.line, column: extra + 1, columnName: '', value: row.cells[extra] },
      message: `a value beyond the last column; the header has ${width} columns`,
    };
  }
  return undefined;
}
