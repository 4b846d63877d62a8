/** CSV that Excel opens correctly in Japan: UTF-8 with a byte-order mark, CRLF line ends, quoted where needed. */

import { neutraliseFormula } from '../../../server/shared/spreadsheet';

const bom = '\uFEFF';

function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return bom + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
