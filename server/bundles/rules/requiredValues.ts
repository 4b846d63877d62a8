/**
 * Rule: ids, names, tiers, tie ends, tie types and the area of a household, person, organization or hub are never
 * empty (the columns marked `needsValue` in files.ts).
 */
import type { ColumnSpec } from '../files.js';

export function missingValue<R>(column: ColumnSpec<R>): string | undefined {
  return column.needsValue ? `${column.name} may not be empty` : undefined;
}
