/**
 * Writes a validated bundle inside the import's transaction: nodes, then structure edges, then ties, in UNWIND
 * batches. What the database did not hold before is created outright (nothing there to merge with: the fast path of
 * a first import); what it held is merged by id, its structure edges replaced and its ties found again.
 */
import type { GraphTx } from '../graph/graph.js';
import type { TieType } from '../vocabulary/ties.js';
import { inBatches, type WriteOptions } from './batches.js';
import type { BundleKey, NodeKey, ParsedFile } from './bundle.types.js';
import { labelOf, nodeKeys } from './bundle.types.js';
import { writeCaseFiles } from './caseWrite.js';
import { type ColumnSpec, emptyValue, fileSpecs } from './files.js';
import {
  createNodes,
  createStructure,
  type LinkRow,
  mergeNodes,
  type NodeRow,
  replaceStructure,
  type StructureRow,
  type TieRow,
  tieStatement,
} from './import.queries.js';
import { timed } from './progress.js';
import type { ValidBundle } from './validate.js';

export type { WriteOptions };

type AnyColumn = ColumnSpec<Record<string, unknown>>;
type AnyRecord = Record<string, unknown>;
type AnyFile = ParsedFile<AnyRecord>;

function columnsOf(key: BundleKey, role: AnyColumn['role']): AnyColumn[] {
  return (fileSpecs[key].columns as unknown as AnyColumn[]).filter((column) => column.role === role);
}

/**
 * The properties a row gives: those of the columns its file has, null for an empty optional cell. A row-order
 * column not written out gives a new node its row's place in the file (the header being line 1); a node the
 * database holds keeps its own.
 */
function propsOf(file: AnyFile, columns: AnyColumn[], record: AnyRecord, isNew = false): AnyRecord {
  const props: AnyRecord = {};
  for (const column of columns) {
    const given = file.header.includes(column.name) ? record[column.key] : undefined;
    if (column.rowOrder && (given === undefined || given === null)) {
      if (isNew) props[column.key] = (record.line as number) - 1;
    } else if (file.header.includes(column.name)) props[column.key] = given;
  }
  return props;
}

/** What a new node or tie gets for the columns its file leaves out: empty lists, the default role and consent. */
function defaultsOf(columns: AnyColumn[]): AnyRecord {
  const defaults: AnyRecord = {};
  for (const column of columns) {
    const value = emptyValue(column.kind);
    if (value !== null) defaults[column.key] = value;
  }
  return defaults;
}

/** A new element's properties: defaults, then what the bundle gives, with no nulls (an absent property is unset). */
function newProps(defaults: AnyRecord, given: AnyRecord, extra: AnyRecord): AnyRecord {
  const props: AnyRecord = { ...defaults, ...extra };
  for (const [key, value] of Object.entries(given)) if (value !== null) props[key] = value;
  return props;
}

function fileOf(valid: ValidBundle, key: BundleKey): AnyFile | undefined {
  return valid.bundle[key] as AnyFile | undefined;
}

async function writeNodes(tx: GraphTx, valid: ValidBundle, options: WriteOptions, key: NodeKey) {
  const file = fileOf(valid, key);
  if (!file) return;
  const properties = columnsOf(key, 'property');
  const defaults = defaultsOf(properties);
  const created: NodeRow[] = [];
  const merged: NodeRow[] = [];
  for (const record of file.records) {
    const id = record.id as string;
    if (valid.existed(id)) merged.push({ id, props: propsOf(file, properties, record) });
    else created.push({ id, props: newProps(defaults, propsOf(file, properties, record, true), { id }) });
  }
  await timed(options.onProgress, 'nodes', file.file, file.records.length, async () => {
    await inBatches(tx, createNodes(labelOf[key]), created, options.batchSize);
    await inBatches(tx, mergeNodes(labelOf[key]), merged, options.batchSize, { defaults });
  });
}

async function writeStructure(tx: GraphTx, valid: ValidBundle, options: WriteOptions, key: NodeKey) {
  const file = fileOf(valid, key);
  if (!file) return;
  const structure = columnsOf(key, 'structure');
  await timed(options.onProgress, 'structure', file.file, file.records.length * structure.length, async () => {
    for (const { key: field, edge, refersTo } of structure) {
      if (!edge || !refersTo) continue;
      const created: LinkRow[] = [];
      const replaced: StructureRow[] = [];
      for (const record of file.records) {
        const id = record.id as string;
        const value = record[field] as string | string[] | null;
        const targets = value === null ? [] : Array.isArray(value) ? value : [value];
        if (valid.existed(id)) replaced.push({ id, targets });
        else for (const to of targets) created.push({ from: id, to });
      }
      await inBatches(tx, createStructure(labelOf[key], edge, refersTo), created, options.batchSize);
      await inBatches(tx, replaceStructure(labelOf[key], edge, refersTo), replaced, options.batchSize);
    }
  });
}

async function writeTies(tx: GraphTx, valid: ValidBundle, options: WriteOptions) {
  const file = fileOf(valid, 'ties');
  if (!file) return;
  const properties = columnsOf('ties', 'property');
  const defaults = defaultsOf(properties);
  const groups = new Map<string, TieRow[]>();
  for (const record of file.records) {
    const from = record.from as string;
    const to = record.to as string;
    // a tie with an end that is new cannot exist yet
    const mode = valid.existed(from) && valid.existed(to) ? 'merge' : 'create';
    const statement = tieStatement(record.type as TieType, valid.kindOf(from), valid.kindOf(to), mode);
    if (!statement) continue; // impossible: tieEndsFit has passed
    const given = propsOf(file, properties, record);
    const props = mode === 'create' ? newProps(defaults, given, { id: crypto.randomUUID() }) : given;
    const rows = groups.get(statement) ?? groups.set(statement, []).get(statement)!;
    rows.push({ from, to, since: (record.since as string | null | undefined) ?? null, props });
  }
  await timed(options.onProgress, 'ties', file.file, file.records.length, async () => {
    for (const [statement, rows] of groups) await inBatches(tx, statement, rows, options.batchSize, { defaults });
  });
}

export async function writeBundle(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  for (const key of nodeKeys) await writeNodes(tx, valid, options, key);
  for (const key of nodeKeys) await writeStructure(tx, valid, options, key);
  await writeTies(tx, valid, options);
  // the support files last: their plan items stand on the ties just written
  await writeCaseFiles(tx, valid, options);
}
