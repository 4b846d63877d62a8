/**
 * The baseline for the import bar: the same CSV rows loaded with bare UNWIND batches through the same driver, in
 * one transaction and with the same batch size, MERGE by id, no validation. Labels come from the node files
 * (no database lookup), lists are split and numbers converted, nothing else is checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { bundleKeys, labelOf, nodeKeys } from '../../server/bundles/bundle.types.js';
import { type ColumnSpec, fileSpecs } from '../../server/bundles/files.js';
import type { Graph, GraphTx } from '../../server/graph/graph.js';
import { tieRules, tieTypes } from '../../server/vocabulary/ties.js';

type Row = Record<string, string>;

/** The columns of a file, as server/bundles/files.ts defines them. */
const columnsOf = (key: (typeof bundleKeys)[number]) =>
  fileSpecs[key].columns as unknown as readonly ColumnSpec<Record<string, unknown>>[];

/** Structure columns: the edge each makes and the label it points to, per file. */
const structure: Record<string, Record<string, { edge: string; target: string }>> = Object.fromEntries(
  nodeKeys.map((key) => [
    key,
    Object.fromEntries(
      columnsOf(key)
        .filter((column) => column.role === 'structure')
        .map((column) => [column.name, { edge: column.edge!, target: column.refersTo! }]),
    ),
  ]),
);
const allColumns = bundleKeys.flatMap(columnsOf);
const lists = new Set(
  allColumns.filter((column) => ['texts', 'fields', 'roles'].includes(column.kind)).map((column) => column.name),
);
const numbers = new Set(
  allColumns.filter((column) => ['tier', 'count'].includes(column.kind)).map((column) => column.name),
);

function readRows(folder: string, file: string): Row[] {
  const full = path.join(folder, file);
  return fs.existsSync(full) ? parse(fs.readFileSync(full, 'utf8'), { columns: true, bom: true }) : [];
}

function props(row: Row, skip: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || key in skip) continue;
    if (lists.has(key)) out[key] = value.split(';').filter(Boolean);
    else out[key] = numbers.has(key) && value !== '' ? Number(value) : value || null;
  }
  return out;
}

async function batches(tx: GraphTx, cypher: string, rows: unknown[], size: number): Promise<void> {
  for (let start = 0; start < rows.length; start += size)
    await tx.run(cypher, { rows: rows.slice(start, start + size) });
}

/** Loads the bundle in `folder` the bare way; returns the rows read. */
export async function bareLoad(graph: Graph, folder: string, batchSize: number): Promise<number> {
  let total = 0;
  const labels = new Map<string, string>();
  const files = new Map<string, Row[]>();
  for (const key of nodeKeys) {
    const rows = readRows(folder, `${key}.csv`);
    files.set(key, rows);
    for (const row of rows) labels.set(row.id, labelOf[key]);
    total += rows.length;
  }
  const ties = readRows(folder, 'ties.csv');
  total += ties.length;

  await graph.transaction(async (tx) => {
    for (const key of nodeKeys) {
      const label = labelOf[key];
      const rows = files.get(key)!.map((row) => ({ id: row.id, props: props(row, structure[key]) }));
      await batches(tx, `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, rows, batchSize);
    }
    for (const key of nodeKeys) {
      for (const [column, { edge, target }] of Object.entries(structure[key])) {
        const rows = files.get(key)!.flatMap((row) =>
          row[column]
            .split(';')
            .filter(Boolean)
            .map((to) => ({ id: row.id, to })),
        );
        const cypher = `UNWIND $rows AS row MATCH (n:${labelOf[key]} {id: row.id}) MATCH (t:${target} {id: row.to})
MERGE (n)-[:${edge}]->(t)`;
        await batches(tx, cypher, rows, batchSize);
      }
    }
    for (const type of tieTypes) {
      for (const from of tieRules[type].from) {
        for (const to of tieRules[type].to) {
          const rows = ties
            .filter((tie) => tie.type === type && labels.get(tie.from_id) === from && labels.get(tie.to_id) === to)
            .map((tie) => ({
              from: tie.from_id,
              to: tie.to_id,
              props: {
                since: tie.since || null,
                until: tie.until || null,
                strength: tie.strength || 'NORMAL',
                note: tie.note || null,
              },
            }));
          const cypher = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
MERGE (a)-[t:${type}]->(b) SET t += row.props`;
          await batches(tx, cypher, rows, batchSize);
        }
      }
    }
  });
  return total;
}
