/**
 * Spreadsheet formula injection: Excel and LibreOffice run a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula. Every CSV we write (the web app's exports and the CLI's town bundle) puts a `'` in
 * front of such a cell. No imports: the web app imports this file too.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet shows it as text: a leading `'` before a formula start. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula`, for files we read back (export → import gives the same values). */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}
