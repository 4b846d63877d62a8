/**
 * Rule: a file's header names only the file's own columns, each once, and has every required column (ids, names,
 * tiers, references, tie types). An unknown column is an error rather than ignored: it is most often a misspelling
 * of a column whose values would otherwise be silently lost.
 */
import type { BundleFile, BundleProblem } from '../bundle.types.js';
import type { ColumnSpec } from '../files.js';

export function checkColumns<R>(
  file: BundleFile,
  header: readonly string[],
  columns: readonly ColumnSpec<R>[],
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const names = columns.map((column) => column.name);
  const at = (index: number, name: string, message: string) =>
    problems.push({ file, line: 1, column: index + 1, columnName: name, value: name, message });
  header.forEach((name, index) => {
    if (!names.includes(name)) at(index, name, `unknown column "${name}"; ${file} has the columns ${names.join(', ')}`);
    else if (header.indexOf(name) !== index) at(index, name, `the column "${name}" appears twice`);
  });
  for (const column of columns) {
    if (column.required && !header.includes(column.name)) {
      problems.push({
        ...{ file, line: 1, column: 0, columnName: column.name, value: '' },
        message: `the header lacks the required column "${column.name}"`,
      });
    }
  }
  return problems;
}
