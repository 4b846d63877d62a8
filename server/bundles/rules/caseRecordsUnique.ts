/**
 * Rule: each support record is there once. A case, plan, plan item, monitoring record or meeting id names one
 * record across the support files (and no node of the town); a case has one plan of each version and at most one
 * キーパーソン without an end; a meeting has a case on its agenda once; a monitoring record one outcome per item.
 */
import { fileOf, recordKeys } from '../bundle.types.js';
import type { RuleContext } from './rule.types.js';
import { aKind, kindAfterImport } from './rule.types.js';

/** Reports the rows after the first whose key (undefined: a cell already reported) repeats. */
function once<R extends { line: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string | undefined,
  report: (row: R, first: number) => void,
): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row.line);
    else report(row, seen);
  }
}

const both = (a: unknown, b: unknown) => (a === undefined || b === undefined ? undefined : `${a}\u0000${b}`);

export function caseRecordsUnique(context: RuleContext): void {
  const first = new Map<string, string>();
  for (const key of recordKeys) {
    for (const { id, line } of context.bundle[key]?.records ?? []) {
      if (id === undefined) continue;
      const seen = first.get(id);
      const node = kindAfterImport(context, id);
      if (seen) context.report(key, line, 'id', id, `the id "${id}" is already used at ${seen}`);
      else if (node) context.report(key, line, 'id', id, `the id "${id}" is already ${aKind(node)} of the town`);
      else first.set(id, `${fileOf(key)}:${line}`);
    }
  }
  const { plans, key_persons, agenda, monitoring_outcomes } = context.bundle;
  once(
    plans?.records ?? [],
    (plan) => both(plan.caseId, plan.version),
    (plan, seen) => {
      const message = `the case "${plan.caseId}" already has a plan of version ${plan.version} at ${fileOf('plans')}:${seen}`;
      context.report('plans', plan.line, 'version', String(plan.version), message);
    },
  );
  once(
    (key_persons?.records ?? []).filter((term) => term.until === null || term.until === undefined),
    (term) => term.caseId,
    (term, seen) => {
      const message = `the case "${term.caseId}" already has a キーパーソン without an end at ${fileOf('key_persons')}:${seen}; end one with until`;
      context.report('key_persons', term.line, 'until', '', message);
    },
  );
  once(
    agenda?.records ?? [],
    (row) => both(row.meetingId, row.caseId),
    (row, seen) => {
      const message = `the case "${row.caseId}" is already on the agenda of "${row.meetingId}" at ${fileOf('agenda')}:${seen}`;
      context.report('agenda', row.line, 'case_id', row.caseId ?? '', message);
    },
  );
  once(
    monitoring_outcomes?.records ?? [],
    (row) => both(row.monitoringId, row.itemId),
    (row, seen) => {
      const message = `"${row.monitoringId}" already has an outcome for "${row.itemId}" at ${fileOf('monitoring_outcomes')}:${seen}`;
      context.report('monitoring_outcomes', row.line, 'item_id', row.itemId ?? '', message);
    },
  );
}
