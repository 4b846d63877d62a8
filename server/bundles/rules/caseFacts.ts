/**
 * What the support rules need to know of a case or record, from the bundle's support files first and else from the
 * database: a record's label, the case a plan, item or monitoring belongs to, and a case's subject and dates.
 */
import type { DraftBundle, RecordKey, RecordLabel, RecordOf } from '../bundle.types.js';
import { recordKeys, recordLabelOf } from '../bundle.types.js';
import type { RuleContext } from './rule.types.js';

type Index = { [K in RecordKey]: Map<string, Partial<RecordOf[K]>> };

/** The support records of a bundle by id (first definition), built once per bundle. */
const indexes = new WeakMap<DraftBundle, Index>();

function indexOf(bundle: DraftBundle): Index {
  let index = indexes.get(bundle);
  if (!index) {
    index = Object.fromEntries(
      recordKeys.map((key) => {
        const byId = new Map<string, unknown>();
        for (const record of bundle[key]?.records ?? []) {
          if (record.id !== undefined && !byId.has(record.id)) byId.set(record.id, record);
        }
        return [key, byId];
      }),
    ) as Index;
    indexes.set(bundle, index);
  }
  return index;
}

export interface CaseFacts {
  subjectId: string | undefined;
  openedOn: string | undefined;
  closedOn: string | null | undefined;
}

/** The label of a support record id, as defined in the bundle (first definition) or held by the database. */
export function recordLabel(context: RuleContext, id: string): RecordLabel | undefined {
  const index = indexOf(context.bundle);
  for (const key of recordKeys) if (index[key].has(id)) return recordLabelOf[key];
  return context.records.get(id)?.label;
}

function defined<K extends RecordKey>(context: RuleContext, key: K, id: string): Partial<RecordOf[K]> | undefined {
  return indexOf(context.bundle)[key].get(id);
}

/** The case a plan, plan item or monitoring record belongs to (a case id is its own case). */
export function caseOf(context: RuleContext, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  if (defined(context, 'cases', id)) return id;
  const plan = defined(context, 'plans', id);
  if (plan) return plan.caseId;
  const item = defined(context, 'plan_items', id);
  if (item) return caseOf(context, item.planId);
  const record = defined(context, 'monitoring', id);
  if (record) return record.caseId;
  return context.records.get(id)?.caseId ?? undefined;
}

/** A case's subject and dates; undefined when no case has the id (caseLinksResolve says so). */
export function caseFacts(context: RuleContext, caseId: string | undefined): CaseFacts | undefined {
  if (caseId === undefined) return undefined;
  const row = defined(context, 'cases', caseId);
  if (row) return { subjectId: row.subjectId, openedOn: row.openedOn, closedOn: row.closedOn };
  const held = context.records.get(caseId);
  if (held?.label !== 'Case') return undefined;
  return { subjectId: held.subjectId ?? undefined, openedOn: held.openedOn ?? undefined, closedOn: held.closedOn };
}
