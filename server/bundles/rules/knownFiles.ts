/**
 * Rule: every CSV file in the bundle folder is one of the bundle files (the town's seven and the support files) (a misspelt `People.csv` would otherwise
 * be silently skipped).
 */
import type { BundleProblem } from '../bundle.types.js';
import { bundleKeys, fileOf } from '../bundle.types.js';

const known = new Set<string>(bundleKeys.map(fileOf));

export function checkKnownFiles(names: readonly string[]): BundleProblem[] {
  return names
    .filter((name) => name.toLowerCase().endsWith('.csv') && !known.has(name))
    .map((name) => ({
      file: name,
      line: 1,
      column: 0,
      columnName: '',
      value: name,
      message: `"${name}" is not a bundle file; expected ${[...known].join(', ')}`,
    }));
}
