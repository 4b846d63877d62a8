/**
 * The browser's side of the bundle import and export (server/bundles/bundle.http.ts): a chosen folder's CSV files
 * zipped as the server takes them, the limits said before sending, and the server's answer read into what the
 * import screen shows.
 */
import { zipSync } from 'fflate';
import { uploadBytes, uploadLimits } from '../../../server/shared/bundleLimits';

export { uploadBytes, uploadLimits };

/** One file chosen in the browser: its name without folders and its bytes, not decoded (the server decodes). */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** The CSV files of a chosen folder (`<input webkitdirectory>` gives every file below it): by name, any case. */
export function csvFiles<F extends { name: string }>(files: readonly F[]): F[] {
  return files.filter((file) => file.name.toLowerCase().endsWith('.csv'));
}

/** The folder's files as one zip, as the server takes a bundle. */
export function zipFolder(files: readonly ChosenFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 6 }]])));
}

export interface FilePlan {
  file: string;
  rows: number;
  created: number;
  updated: number;
}

export interface BundleProblem {
  file: string;
  line: number;
  column: number;
  columnName: string;
  value: string;
  message: string;
  /** In a workbook, the cell (`住民!G17`); `file` is then the sheet and `line` its row. */
  cell?: string;
}

/** Where a problem is, as the table's first column says it: the workbook's cell, or the CSV file. */
export function problemPlace(problem: BundleProblem): string {
  return problem.cell ?? problem.file;
}

/** Whether a chosen file is a workbook (sent as one) rather than a zip of CSV files. */
export function isWorkbookName(name: string): boolean {
  return name.toLowerCase().endsWith('.xlsx');
}

export type ImportAnswer =
  | { kind: 'plan'; dryRun: boolean; files: FilePlan[] }
  | { kind: 'problems'; dryRun: boolean; problems: BundleProblem[] }
  /** A refusal, as ErrorNotice and describeError take it. */
  | { kind: 'error'; error: unknown };

/** The server's answer to a dry run or a commit, as the screen shows it. */
export function readImportAnswer(status: number, body: unknown): ImportAnswer {
  const answer = (body ?? {}) as { dryRun?: boolean; files?: FilePlan[]; problems?: BundleProblem[]; errors?: unknown };
  if (status === 200 && Array.isArray(answer.files)) {
    return { kind: 'plan', dryRun: answer.dryRun === true, files: answer.files };
  }
  if (status === 422 && Array.isArray(answer.problems)) {
    return { kind: 'problems', dryRun: answer.dryRun === true, problems: answer.problems };
  }
  if (Array.isArray(answer.errors)) return { kind: 'error', error: { errors: answer.errors } };
  return { kind: 'error', error: { statusCode: status, message: `HTTP ${status}` } };
}
