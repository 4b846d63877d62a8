/**
 * Rule: every id a support file names exists, in the bundle or already in the database, and is of a kind its
 * column accepts: a case's subject is a person or a household, its team and referrer people or organizations, a
 * キーパーソン a person, a meeting's council a council; a plan names a case, an item its plan, an outcome a
 * monitoring record and a plan item, an agenda row a meeting and a case.
 */
import { caseKeys } from '../bundle.types.js';
import type { ColumnSpec } from '../files.js';
import { fileSpecs } from '../files.js';
import { recordLabel } from './caseFacts.js';
import { aKind, kindAfterImport, type RuleContext } from './rule.types.js';

function named(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? (value as string[]) : [];
}

/** "a Person or a Household". */
function anyOf(labels: readonly string[]): string {
  return labels.map((label) => aKind(label)).join(' or ');
}

export function caseLinksResolve(context: RuleContext): void {
  for (const key of caseKeys) {
    const specs = fileSpecs[key].columns as unknown as ColumnSpec<Record<string, unknown>>[];
    const links = specs.filter((column) => column.role === 'link');
    for (const record of (context.bundle[key]?.records ?? []) as unknown as Record<string, unknown>[]) {
      for (const column of links) {
        const accepts = (column.accepts ?? []) as readonly string[];
        for (const id of named(record[column.key])) {
          const found = kindAfterImport(context, id) ?? recordLabel(context, id);
          const line = record.line as number;
          if (!found) {
            const message = `"${id}" names no ${accepts.join(' or ')} in the bundle or the database`;
            context.report(key, line, column.name, id, message);
          } else if (!accepts.includes(found)) {
            const message = `"${id}" is ${aKind(found)}; ${column.name} must name ${anyOf(accepts)}`;
            context.report(key, line, column.name, id, message);
          }
        }
      }
    }
  }
}
