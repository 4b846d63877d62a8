/**
 * Imports a town bundle: read and parse the folder, then in ONE write transaction check it against the database
 * (all problems or none) and merge it by id, in UNWIND batches. A bundle with any problem changes nothing.
 */
import type { Graph, GraphTx } from '../graph/graph.js';
import type { EntityKind } from '../vocabulary/ties.js';
import type { Bundle, BundleCounts, NodeKey, ParsedFile } from './bundle.types.js';
import { fileOf, labelOf, nodeKeys } from './bundle.types.js';
import { type ColumnSpec, emptyValue, fileSpecs } from './files.js';
import { mergeNodes, type NodeRow, replaceStructure, type StructureRow, tieStatement, type TieRow } from './import.queries.js';
import { parseBundle } from './parse.js';
import { type ProgressSink, timed } from './progress.js';
import { readBundleFolder } from './read.js';
import { validateBundle } from './validate.js';

export interface ImportOptions {
  /** Told of each file and phase with its rows and time (the commands print it on stderr). */
  onProgress?: ProgressSink;
  /** Rows per statement. */
  batchSize?: number;
}

type AnyColumn = ColumnSpec<Record<string, unknown>>;
type AnyRecord = Record<string, unknown>;

function columnsOf(key: NodeKey | 'ties'): AnyColumn[] {
  return fileSpecs[key].columns as unknown as AnyColumn[];
}

async function inBatches<Row>(tx: GraphTx, cypher: string, rows: Row[], size: number, params: AnyRecord = {}) {
  for (let start = 0; start < rows.length; start += size) {
    await tx.run(cypher, { ...params, rows: rows.slice(start, start + size) });
  }
}

/** The properties a row gives: those of the columns its file has, null for an empty optional cell. */
function propsOf(file: ParsedFile<unknown>, columns: AnyColumn[], record: AnyRecord): AnyRecord {
  const props: AnyRecord = {};
  for (const column of columns) if (file.header.includes(column.name)) props[column.key] = record[column.key];
  return props;
}

/** What a new node or tie gets for the columns its file leaves out: empty lists, the default role and consent. */
function defaultsOf(columns: AnyColumn[]): AnyRecord {
  const defaults: AnyRecord = {};
  for (const column of columns) {
    const value = emptyValue(column.kind);
    if (column.role === 'property' && value !== null) defaults[column.key] = value;
  }
  return defaults;
}

async function writeNodes(tx: GraphTx, bundle: Bundle, options: Required<ImportOptions>) {
  for (const key of nodeKeys) {
    const file = bundle[key] as ParsedFile<AnyRecord> | undefined;
    if (!file) continue;
    const properties = columnsOf(key).filter((column) => column.role === 'property');
    const rows: NodeRow[] = file.records.map((record) => ({ id: record.id as string, props: propsOf(file, properties, record) }));
    const params = { defaults: defaultsOf(properties) };
    await timed(options.onProgress, 'nodes', file.file, rows.length, () =>
      inBatches(tx, mergeNodes(labelOf[key]), rows, options.batchSize, params),
    );
  }
}

async function writeStructure(tx: GraphTx, bundle: Bundle, options: Required<ImportOptions>) {
  for (const key of nodeKeys) {
    const file = bundle[key] as ParsedFile<AnyRecord> | undefined;
    if (!file) continue;
    const structure = columnsOf(key).filter((column) => column.role === 'structure');
    await timed(options.onProgress, 'structure', file.file, file.records.length * structure.length, async () => {
      for (const { key: field, edge, refersTo } of structure) {
        if (!edge || !refersTo) continue;
        const rows: StructureRow[] = file.records.map((record) => {
          const value = record[field] as string | string[] | null;
          return { id: record.id as string, targets: value === null ? [] : Array.isArray(value) ? value : [value] };
        });
        await inBatches(tx, replaceStructure(labelOf[key], edge, refersTo), rows, options.batchSize);
      }
    });
  }
}

async function writeTies(tx: GraphTx, bundle: Bundle, kindOf: (id: string) => EntityKind, options: Required<ImportOptions>) {
  const file = bundle.ties;
  if (!file) return;
  const properties = columnsOf('ties').filter((column) => column.role === 'property');
  const groups = new Map<string, TieRow[]>();
  for (const record of file.records) {
    const statement = tieStatement(record.type, kindOf(record.from), kindOf(record.to));
    if (!statement) continue; // impossible: tieEndsFit has passed
    const row = { from: record.from, to: record.to, since: record.since ?? null };
    const rows = groups.get(statement) ?? groups.set(statement, []).get(statement)!;
    rows.push({ ...row, props: propsOf(file, properties, record as unknown as AnyRecord) });
  }
  const params = { defaults: defaultsOf(properties) };
  await timed(options.onProgress, 'ties', file.file, file.records.length, async () => {
    for (const [statement, rows] of groups) await inBatches(tx, statement, rows, options.batchSize, params);
  });
}

/** Imports the bundle in `folder`; returns the rows of each file. Throws BundleInvalidError when anything is wrong. */
export async function importBundle(graph: Graph, folder: string, options: ImportOptions = {}): Promise<BundleCounts> {
  const settings: Required<ImportOptions> = { onProgress: () => {}, batchSize: 5000, ...options };
  const start = performance.now();
  const parsed = parseBundle(await readBundleFolder(folder));
  const counts: BundleCounts = {};
  for (const key of [...nodeKeys, 'ties'] as const) {
    const file = parsed.bundle[key];
    if (file) counts[fileOf(key)] = file.records.length;
  }
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  settings.onProgress({ phase: 'read', rows, seconds: (performance.now() - start) / 1000 });
  await graph.transaction(
    async (tx) => {
      const valid = await timed(settings.onProgress, 'validate', undefined, rows, () =>
        validateBundle(tx, parsed.bundle, parsed.problems),
      );
      await writeNodes(tx, valid.bundle, settings);
      await writeStructure(tx, valid.bundle, settings);
      await writeTies(tx, valid.bundle, valid.kindOf, settings);
    },
    'WRITE',
    { operation: 'import', folder },
  );
  return counts;
}
