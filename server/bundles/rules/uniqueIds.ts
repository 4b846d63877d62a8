/**
 * Rule: an id names one node in the whole bundle, whatever its file: ids are unique across labels, so the same id
 * may not be an area in areas.csv and a person in people.csv, nor appear twice in one file.
 */
import { fileOf, nodeKeys } from '../bundle.types.js';
import type { RuleContext } from './rule.types.js';

export function uniqueIds(context: RuleContext): void {
  const first = new Map<string, string>();
  for (const key of nodeKeys) {
    for (const record of context.bundle[key]?.records ?? []) {
      const { id, line } = record;
      if (id === undefined) continue;
      const seen = first.get(id);
      if (seen) context.report(key, line, 'id', id, `the id "${id}" is already used at ${seen}`);
      else first.set(id, `${fileOf(key)}:${line}`);
    }
  }
}
