/**
 * Rule: every id a row names exists, in the bundle or already in the database, and is of the right kind: an
 * area_id, parent_id, serves or covers names an Area, a household_id a Household; a tie's ends name some node
 * (which kinds fit is tieEndsFit's rule).
 */
import { bundleKeys } from '../bundle.types.js';
import type { ColumnSpec } from '../files.js';
import { fileSpecs } from '../files.js';
import { aKind, kindAfterImport, type RuleContext } from './rule.types.js';

/** The ids a cell names, whether the column holds one or a list. */
function named(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? (value as string[]) : [];
}

export function referencesResolve(context: RuleContext): void {
  for (const key of bundleKeys) {
    const specs = fileSpecs[key].columns as unknown as ColumnSpec<Record<string, unknown>>[];
    const columns = specs.filter((column) => column.role === 'structure' || (key === 'ties' && column.kind === 'id'));
    for (const record of (context.bundle[key]?.records ?? []) as unknown as Record<string, unknown>[]) {
      for (const column of columns) {
        for (const id of named(record[column.key])) {
          const kind = kindAfterImport(context, id);
          const wanted = column.refersTo;
          const line = record.line as number;
          if (!kind) {
            const what = wanted ? `no ${wanted}` : 'nothing';
            context.report(key, line, column.name, id, `"${id}" names ${what} in the bundle or the database`);
          } else if (wanted && kind !== wanted) {
            context.report(
              key,
              line,
              column.name,
              id,
              `"${id}" is ${aKind(kind)}; ${column.name} must name ${aKind(wanted)}`,
            );
          }
        }
      }
    }
  }
}
