/**
 * Rule: a row of an HSDS table has the values its published table schema requires, and a coded column (a service's
 * status, a location's type) one of its codes. Checked for the tables the import reads.
 */
import type { BundleProblem } from '../../shared/errors.js';
import { resourceOf } from '../tables.js';
import type { ReadTable } from './read.js';

export const readTables = ['organization', 'service', 'location', 'service_at_location', 'service_area', 'attribute'];

export function checkRequiredValues(tables: ReadonlyMap<string, ReadTable>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const name of readTables) {
    const table = tables.get(name);
    if (!table) continue;
    for (const field of resourceOf(name).schema.fields) {
      const { required, enum: codes } = field.constraints ?? {};
      // ids are the reference rule's (references.ts)
      if ((!required && !codes) || field.name === 'id') continue;
      for (const row of table.rows) {
        const cell = row.cell(field.name);
        const located = {
          file: row.file,
          line: row.line,
          column: cell.column,
          columnName: field.name,
          value: cell.value,
        };
        if (cell.value === '') {
          if (required) problems.push({ ...located, message: `${field.name} is required in HSDS ${name}` });
        } else if (codes && !codes.includes(cell.value)) {
          problems.push({ ...located, message: `"${cell.value}" is not one of ${codes.join(', ')}` });
        }
      }
    }
  }
  return problems;
}
