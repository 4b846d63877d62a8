/**
 * Rule: an id the database already holds keeps its label. Importing a person whose id is an organization in the
 * database is an error, not a second node (ids are unique across labels in the whole database).
 */
import { labelOf, nodeKeys } from '../bundle.types.js';
import { aKind, type RuleContext } from './rule.types.js';

export function idsKeepTheirLabel(context: RuleContext): void {
  for (const key of nodeKeys) {
    const kind = labelOf[key];
    for (const { id, line } of context.bundle[key]?.records ?? []) {
      const existing = id === undefined ? undefined : context.existing.get(id);
      if (id !== undefined && existing && existing.kind !== kind) {
        const message = `the id "${id}" is already ${aKind(existing.kind)} in the database, not ${aKind(kind)}`;
        context.report(key, line, 'id', id, message);
      }
    }
  }
}
