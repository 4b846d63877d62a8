/**
 * Rule: every id a row names refers to a row of the package. The foreign keys are the published ones
 * (datapackage.json), with the three the descriptor leaves to words: an organization's parent, a taxonomy term's
 * parent, and an attribute's (or metadata's) link to the row of the table its link_entity (resource_type) names.
 * Each id of a table is given once. Every broken reference is a problem at its file, line and column.
 */
import type { BundleProblem } from '../../shared/errors.js';
import { publishedPackage } from '../tables.js';
import type { LocatedRow, ReadTable } from './read.js';

interface Reference {
  table: string;
  column: string;
  /** the table referred to, or the column of the same row that names it */
  target: { table: string } | { tableIn: string };
}

const references: Reference[] = [
  ...publishedPackage.resources.flatMap((r) =>
    (r.schema.foreignKeys ?? []).map((key) => ({
      table: r.name,
      column: key.fields,
      target: { table: key.reference.resource },
    })),
  ),
  { table: 'organization', column: 'parent_organization_id', target: { table: 'organization' } },
  { table: 'taxonomy_term', column: 'parent_id', target: { table: 'taxonomy_term' } },
  { table: 'attribute', column: 'link_id', target: { tableIn: 'link_entity' } },
  { table: 'metadata', column: 'resource_id', target: { tableIn: 'resource_type' } },
];

const knownTables = new Set(publishedPackage.resources.map((r) => r.name));
const fileOf = (table: string) => publishedPackage.resources.find((r) => r.name === table)?.path ?? table;

function at(row: LocatedRow, column: string, message: string): BundleProblem {
  const cell = row.cell(column);
  return { file: row.file, line: row.line, column: cell.column, columnName: column, value: cell.value, message };
}

export function checkReferences(tables: ReadonlyMap<string, ReadTable>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [name, table] of tables) {
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const id = row.cell('id').value;
      if (id === '') problems.push(at(row, 'id', 'every row needs an id'));
      else if (seen.has(id)) problems.push(at(row, 'id', `the id is given twice (also on line ${seen.get(id)})`));
      else seen.set(id, row.line);
    }
    ids.set(name, new Set(seen.keys()));
  }
  for (const reference of references) {
    for (const row of tables.get(reference.table)?.rows ?? []) {
      const value = row.cell(reference.column).value;
      if (value === '') continue;
      let target: string;
      if ('table' in reference.target) {
        target = reference.target.table;
      } else {
        target = row.cell(reference.target.tableIn).value;
        if (!knownTables.has(target)) {
          problems.push(
            at(row, reference.target.tableIn, `"${target}" is no HSDS table, so ${reference.column} refers to nothing`),
          );
          continue;
        }
      }
      if (ids.get(target)?.has(value)) continue;
      const where = tables.has(target)
        ? `no row of ${fileOf(target)} has this id`
        : `the package has no ${fileOf(target)}`;
      problems.push(at(row, reference.column, `refers to no ${target}: ${where}`));
    }
  }
  return problems;
}
