/**
 * Validation: the bundle rules run over the parsed bundle and what the database holds, every problem collected and
 * sorted by file, line and column. A bundle with any problem is refused whole (BundleInvalidError).
 */
import type { GraphTx } from '../graph/graph.js';
import { BundleInvalidError, invariant } from '../shared/errors.js';
import type { EntityKind } from '../vocabulary/ties.js';
import type { Bundle, BundleKey, BundleProblem, DraftBundle } from './bundle.types.js';
import { bundleKeys, caseKeys, fileOf, labelOf, nodeKeys } from './bundle.types.js';
import { type ColumnSpec, fileSpecs } from './files.js';
import { findExisting, findExistingRecords, findExistingSupports, type SupportRef } from './lookup.queries.js';
import { type ProgressSink, timed } from './progress.js';
import { areaCodesFitTiers } from './rules/areaCodesFitTiers.js';
import { caseDates } from './rules/caseDates.js';
import { type CaseFacts, caseFacts, caseOf } from './rules/caseFacts.js';
import { caseLinksResolve } from './rules/caseLinksResolve.js';
import { caseRecordsUnique } from './rules/caseRecordsUnique.js';
import { caseStatusFits } from './rules/caseStatusFits.js';
import { decisionsOnTheAgenda } from './rules/decisionsOnTheAgenda.js';
import { idsKeepTheirLabel } from './rules/idsKeepTheirLabel.js';
import { keyPersonsAreProfessionals } from './rules/keyPersonsAreProfessionals.js';
import { itemTieIdentity, planItemTiesExist } from './rules/planItemTiesExist.js';
import { referencesResolve } from './rules/referencesResolve.js';
import type { BundleRule, Definition, ExistingNode, ExistingRecord, RuleContext } from './rules/rule.types.js';
import { tieEndsFit } from './rules/tieEndsFit.js';
import { tiersNest } from './rules/tiersNest.js';
import { uniqueIds } from './rules/uniqueIds.js';
import { uniqueTies } from './rules/uniqueTies.js';
import { untilAfterSince } from './rules/untilAfterSince.js';

/** The rules that look across the bundle; the cell rules run while parsing. */
export const bundleRules: readonly BundleRule[] = [
  uniqueIds,
  idsKeepTheirLabel,
  referencesResolve,
  tiersNest,
  areaCodesFitTiers,
  tieEndsFit,
  uniqueTies,
  untilAfterSince,
  caseRecordsUnique,
  caseLinksResolve,
  decisionsOnTheAgenda,
  caseDates,
  caseStatusFits,
  planItemTiesExist,
  keyPersonsAreProfessionals,
];

/** Every id the bundle defines or names in a reference, for one lookup in the database. */
export function namedIds(bundle: DraftBundle): string[] {
  const ids = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') ids.add(value);
    else if (Array.isArray(value)) value.forEach(add);
  };
  for (const key of nodeKeys) for (const record of bundle[key]?.records ?? []) add(record.id);
  for (const { parentId } of bundle.areas?.records ?? []) add(parentId);
  for (const { areaId } of [...(bundle.households?.records ?? []), ...(bundle.hubs?.records ?? [])]) add(areaId);
  for (const { areaId, householdId } of bundle.people?.records ?? []) add([areaId, householdId]);
  for (const { areaId, serves } of bundle.organizations?.records ?? []) add([areaId, serves]);
  for (const { covers } of bundle.councils?.records ?? []) add(covers);
  for (const { from, to } of bundle.ties?.records ?? []) add([from, to]);
  for (const key of caseKeys) {
    const columns = (fileSpecs[key].columns as unknown as ColumnSpec<Record<string, unknown>>[]).filter(
      (column) => column.kind === 'id' || column.kind === 'ids',
    );
    for (const record of (bundle[key]?.records ?? []) as unknown as Record<string, unknown>[]) {
      for (const column of columns) add(record[column.key]);
    }
  }
  return [...ids];
}

/** The SUPPORTS ties the plan items stand on (their case's subject known from the bundle or the database). */
function supportRefs(context: RuleContext): SupportRef[] {
  const refs: SupportRef[] = [];
  for (const row of context.bundle.plan_items?.records ?? []) {
    const subjectId = caseFacts(context, caseOf(context, row.planId))?.subjectId;
    if (!row.tie || row.whoId === undefined || subjectId === undefined) continue;
    refs.push({ from: row.whoId, to: subjectId, since: row.tieSince ?? null });
  }
  return refs;
}

/** The ids the support files define or name, for the lookup of support records. */
function caseIdsOf(bundle: DraftBundle): string[] {
  return caseKeys.some((key) => bundle[key])
    ? namedIds({ ...Object.fromEntries(caseKeys.map((key) => [key, bundle[key]])) })
    : [];
}

/** A context with nothing held and nothing reported, for lookups that follow the bundle's own links. */
function emptyContext(bundle: DraftBundle): RuleContext {
  const none = new Map();
  return { bundle, defined: none, existing: none, records: none, supports: new Set(), report: () => {} };
}

function definitions(bundle: DraftBundle): Map<string, Definition> {
  const defined = new Map<string, Definition>();
  for (const key of nodeKeys) {
    for (const { id, line } of bundle[key]?.records ?? []) {
      if (id !== undefined && !defined.has(id)) defined.set(id, { kind: labelOf[key], key, line });
    }
  }
  return defined;
}

/** What the database holds that the rules look at: nodes, support records, the ties plan items stand on. */
export interface HeldByDatabase {
  records?: ReadonlyMap<string, ExistingRecord>;
  supports?: ReadonlySet<string>;
}

/** Runs the bundle rules (pure: what the database holds is given). */
export function checkBundle(
  bundle: DraftBundle,
  existing: ReadonlyMap<string, ExistingNode>,
  held: HeldByDatabase = {},
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const report = (key: BundleKey, line: number, columnName: string, value: string, message: string) => {
    const column = (bundle[key]?.header.indexOf(columnName) ?? -1) + 1;
    problems.push({ file: fileOf(key), line, column, columnName, value, message });
  };
  const context: RuleContext = {
    bundle,
    defined: definitions(bundle),
    existing,
    records: held.records ?? new Map(),
    supports: held.supports ?? new Set(),
    report,
  };
  for (const rule of bundleRules) rule(context);
  return problems;
}

const fileOrder = new Map<string, number>(bundleKeys.map((key, index) => [fileOf(key), index]));

export function sortProblems(problems: BundleProblem[]): BundleProblem[] {
  const order = (problem: BundleProblem) => fileOrder.get(problem.file) ?? -1;
  return problems.sort((a, b) => order(a) - order(b) || a.line - b.line || a.column - b.column);
}

export interface ValidBundle {
  bundle: Bundle;
  /** The label of every id the bundle defines or names, as it will be after the import. */
  kindOf(id: string): EntityKind;
  /** Whether the database held the id before the import. */
  existed(id: string): boolean;
  /** The nodes the database held, of the ids the bundle defines or names (the publish checks they are still there). */
  held: ReadonlyMap<string, ExistingNode>;
  /** Support records the database held before the import, among those the bundle defines or names. */
  records: ReadonlyMap<string, ExistingRecord>;
  /** The case a plan, item or monitoring record belongs to (a case's own id for a case). */
  caseOf(id: string): string | undefined;
  /** A case's subject and dates, from the bundle or the database. */
  caseFacts(caseId: string | undefined): CaseFacts | undefined;
}

/**
 * The parsed bundle, checked against the database in one transaction (reading only: the write comes after).
 * Throws BundleInvalidError with the parse problems and the rules' problems together.
 */
export async function validateBundle(
  tx: GraphTx,
  draft: DraftBundle,
  parseProblems: BundleProblem[],
  onProgress?: ProgressSink,
): Promise<ValidBundle> {
  const ids = namedIds(draft);
  const { existing, records, supports } = await timed(onProgress, 'lookup', undefined, ids.length, async () => {
    const existing = await findExisting(tx, ids);
    const records = await findExistingRecords(tx, caseIdsOf(draft));
    const probe: RuleContext = { ...emptyContext(draft), existing, records };
    const held = await findExistingSupports(tx, supportRefs(probe));
    const supports = new Set(held.map((ref) => itemTieIdentity(ref.from, ref.to, ref.since)));
    return { existing, records, supports };
  });
  const checked = await timed(onProgress, 'validate', undefined, ids.length, async () =>
    checkBundle(draft, existing, { records, supports }),
  );
  const problems = sortProblems([...parseProblems, ...checked]);
  if (problems.length > 0) throw new BundleInvalidError(problems);
  const defined = definitions(draft);
  const facts: RuleContext = { ...emptyContext(draft), existing, records };
  return {
    // every cell was read without a problem, so no value is undefined but those of columns left out
    bundle: draft as Bundle,
    kindOf(id) {
      const kind = existing.get(id)?.kind ?? defined.get(id)?.kind;
      invariant(kind, `the validated id "${id}" has a label`);
      return kind;
    },
    existed: (id) => existing.has(id),
    held: existing,
    records,
    caseOf: (id) => caseOf(facts, id),
    caseFacts: (caseId) => caseFacts(facts, caseId),
  };
}
