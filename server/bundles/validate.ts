/**
 * Validation: the bundle rules run over the parsed bundle and what the database holds, every problem collected and
 * sorted by file, line and column. A bundle with any problem is refused whole (BundleInvalidError).
 */
import type { GraphTx } from '../graph/graph.js';
import { BundleInvalidError, invariant } from '../shared/errors.js';
import type { EntityKind } from '../vocabulary/ties.js';
import type { Bundle, BundleKey, BundleProblem, DraftBundle } from './bundle.types.js';
import { bundleKeys, fileOf, labelOf, nodeKeys } from './bundle.types.js';
import { findExisting } from './lookup.queries.js';
import { type ProgressSink, timed } from './progress.js';
import { idsKeepTheirLabel } from './rules/idsKeepTheirLabel.js';
import { referencesResolve } from './rules/referencesResolve.js';
import type { BundleRule, Definition, ExistingNode, RuleContext } from './rules/rule.types.js';
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
  tieEndsFit,
  uniqueTies,
  untilAfterSince,
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
  return [...ids];
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

/** Runs the bundle rules (pure: what the database holds is given). */
export function checkBundle(bundle: DraftBundle, existing: ReadonlyMap<string, ExistingNode>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const report = (key: BundleKey, line: number, columnName: string, value: string, message: string) => {
    const column = (bundle[key]?.header.indexOf(columnName) ?? -1) + 1;
    problems.push({ file: fileOf(key), line, column, columnName, value, message });
  };
  const context: RuleContext = { bundle, defined: definitions(bundle), existing, report };
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
}

/**
 * The parsed bundle, checked against the database inside the import's own transaction. Throws BundleInvalidError
 * with the parse problems and the rules' problems together.
 */
export async function validateBundle(
  tx: GraphTx,
  draft: DraftBundle,
  parseProblems: BundleProblem[],
  onProgress?: ProgressSink,
): Promise<ValidBundle> {
  const ids = namedIds(draft);
  const existing = await timed(onProgress, 'lookup', undefined, ids.length, () => findExisting(tx, ids));
  const checked = await timed(onProgress, 'validate', undefined, ids.length, async () => checkBundle(draft, existing));
  const problems = sortProblems([...parseProblems, ...checked]);
  if (problems.length > 0) throw new BundleInvalidError(problems);
  const defined = definitions(draft);
  return {
    // every cell was read without a problem, so no value is undefined but those of columns left out
    bundle: draft as Bundle,
    kindOf(id) {
      const kind = existing.get(id)?.kind ?? defined.get(id)?.kind;
      invariant(kind, `the validated id "${id}" has a label`);
      return kind;
    },
    existed: (id) => existing.has(id),
  };
}
