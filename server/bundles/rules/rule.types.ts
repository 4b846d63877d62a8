/**
 * The two shapes of a validation rule: a cell rule reads one non-empty cell; a bundle rule looks across the parsed
 * bundle and what the database already holds. Either way every problem is reported, none stops the others.
 */
import type { Tier } from '../../vocabulary/codes.js';
import type { EntityKind } from '../../vocabulary/ties.js';
import type { BundleKey, DraftBundle, RecordLabel } from '../bundle.types.js';

/** What a cell rule says about one cell: the value it holds, or what is wrong with it (naming what was expected). */
export type CellVerdict<T> = { value: T } | { problem: string };

/** A node the bundle defines: which file and line. */
export interface Definition {
  kind: EntityKind;
  key: BundleKey;
  line: number;
}

/** A node the database already holds, among the ids the bundle defines or names. */
export interface ExistingNode {
  kind: EntityKind;
  /** For an area: its tier in the database. */
  tier: Tier | null;
  /** For a person: their roles in the database. */
  roles?: readonly string[] | null;
}

/** A support record the database already holds, among the ids the support files name: its label and its case. */
export interface ExistingRecord {
  label: RecordLabel;
  /** The case it belongs to (a case's own id for a case; null for a meeting). */
  caseId: string | null;
  /** For a case: its subject, when it was opened and closed. */
  subjectId?: string | null;
  openedOn?: string | null;
  closedOn?: string | null;
}

export interface RuleContext {
  bundle: DraftBundle;
  /** Ids defined in the bundle, by their first definition. */
  defined: ReadonlyMap<string, Definition>;
  /** Ids the bundle defines or names that the database already holds. */
  existing: ReadonlyMap<string, ExistingNode>;
  /** Support records the support files name that the database already holds. */
  records: ReadonlyMap<string, ExistingRecord>;
  /** The SUPPORTS ties plan items name that the database already holds, by tieIdentity. */
  supports: ReadonlySet<string>;
  /** Records a problem at a cell; `column` is the header name (its index is looked up). */
  report(key: BundleKey, line: number, column: string, value: string, message: string): void;
}

export type BundleRule = (context: RuleContext) => void;

/**
 * The kind an id has after the import: a node's label never changes, so the database's label wins (a bundle that
 * gives the id another label is refused by idsKeepTheirLabel); else the bundle's first definition.
 */
export function kindAfterImport(context: RuleContext, id: string): EntityKind | undefined {
  return context.existing.get(id)?.kind ?? context.defined.get(id)?.kind;
}

/** "an Area", "a Person": a label with its article, for messages. */
export function aKind(kind: string): string {
  return /^[AEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
