/**
 * What a validated bundle writes, as steps (a statement and its rows), each either STAGED or kept for the PUBLISH.
 * What the database did not hold before is staged: created outright under the `:Staged` label with the import's id,
 * in batches of their own transactions, with the structure edges and ties between such new nodes (no read of the app
 * reaches a staged node: every read starts from a live label). Everything that touches what the database holds —
 * merged nodes, replaced structure edges, edges and ties from a new node to an existing one, the support files — is
 * kept for the one publish transaction, so the old data stays as it was until the whole import is in.
 */
import type { TieType } from '../vocabulary/ties.js';
import type { BundleKey, NodeKey, ParsedFile } from './bundle.types.js';
import { labelOf, nodeKeys } from './bundle.types.js';
import { type ColumnSpec, emptyValue, fileSpecs } from './files.js';
import {
  createStructure,
  type LinkRow,
  mergeNodes,
  type NodeRow,
  replaceStructure,
  type StructureRow,
  type TieRow,
  tieStatement,
} from './import.queries.js';
import { stageLinks, stageNodes, stageTies } from './stage.queries.js';
import type { ValidBundle } from './validate.js';

/** One statement over rows (`UNWIND $rows`), with its other parameters. */
export interface WriteStep {
  cypher: string;
  rows: unknown[];
  params: Record<string, unknown>;
  /** The file the rows come from, for the progress line. */
  file: string;
}

export interface WritePlan {
  /** Written in batches before the publish, each batch its own transaction (the statements take `$importId`). */
  staged: WriteStep[];
  /** Written in the publish transaction, after the staged nodes have taken their labels. */
  published: WriteStep[];
}

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

function nodeSteps(valid: ValidBundle, key: NodeKey, plan: WritePlan): void {
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
  const label = labelOf[key];
  plan.staged.push({ cypher: stageNodes, rows: created, params: { label }, file: file.file });
  plan.published.push({ cypher: mergeNodes(label), rows: merged, params: { defaults }, file: file.file });
}

function structureSteps(valid: ValidBundle, key: NodeKey, plan: WritePlan): void {
  const file = fileOf(valid, key);
  if (!file) return;
  for (const { key: field, edge, refersTo } of columnsOf(key, 'structure')) {
    if (!edge || !refersTo) continue;
    const staged: LinkRow[] = [];
    const linked: LinkRow[] = [];
    const replaced: StructureRow[] = [];
    for (const record of file.records) {
      const id = record.id as string;
      const value = record[field] as string | string[] | null;
      const targets = value === null ? [] : Array.isArray(value) ? value : [value];
      if (valid.existed(id)) replaced.push({ id, targets });
      else for (const to of targets) (valid.existed(to) ? linked : staged).push({ from: id, to });
    }
    plan.staged.push({ cypher: stageLinks(edge), rows: staged, params: {}, file: file.file });
    const label = labelOf[key];
    plan.published.push({ cypher: createStructure(label, edge, refersTo), rows: linked, params: {}, file: file.file });
    plan.published.push({
      cypher: replaceStructure(label, edge, refersTo),
      rows: replaced,
      params: {},
      file: file.file,
    });
  }
}

function tieSteps(valid: ValidBundle, plan: WritePlan): void {
  const file = fileOf(valid, 'ties');
  if (!file) return;
  const properties = columnsOf('ties', 'property');
  const defaults = defaultsOf(properties);
  const groups = new Map<string, TieRow[]>();
  const add = (cypher: string, row: TieRow) => {
    const rows = groups.get(cypher) ?? groups.set(cypher, []).get(cypher)!;
    rows.push(row);
  };
  const staged = new Set<string>();
  for (const record of file.records) {
    const from = record.from as string;
    const to = record.to as string;
    const type = record.type as TieType;
    const since = (record.since as string | null | undefined) ?? null;
    const given = propsOf(file, properties, record);
    // a tie with an end that is new cannot exist yet; between two new ends it is staged with them
    const isNew = !valid.existed(from) || !valid.existed(to);
    const props = isNew ? newProps(defaults, given, { id: crypto.randomUUID() }) : given;
    if (!valid.existed(from) && !valid.existed(to)) {
      staged.add(stageTies(type));
      add(stageTies(type), { from, to, since, props });
      continue;
    }
    const statement = tieStatement(type, valid.kindOf(from), valid.kindOf(to), isNew ? 'create' : 'merge');
    if (statement) add(statement, { from, to, since, props }); // always: tieEndsFit has passed
  }
  for (const [cypher, rows] of groups) {
    const step = { cypher, rows, params: staged.has(cypher) ? {} : { defaults }, file: file.file };
    (staged.has(cypher) ? plan.staged : plan.published).push(step);
  }
}

/** The steps of a validated bundle's town files: nodes, then structure edges, then ties (the support files follow). */
export function planWrites(valid: ValidBundle): WritePlan {
  const plan: WritePlan = { staged: [], published: [] };
  for (const key of nodeKeys) nodeSteps(valid, key, plan);
  for (const key of nodeKeys) structureSteps(valid, key, plan);
  tieSteps(valid, plan);
  const some = (step: WriteStep) => step.rows.length > 0;
  return { staged: plan.staged.filter(some), published: plan.published.filter(some) };
}
