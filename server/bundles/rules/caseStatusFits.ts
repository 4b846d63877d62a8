/**
 * Rule: what a case and its records say fits their status. A closed case (CLOSED 終結) has its closing date and
 * reason, and only a closed case has them or a 終結後の確認; a 終結後の確認 (follow_up) sets no next review; a plan
 * item stands on a tie (tie) only when someone other than the subject does it, and tie_since only with a tie; a
 * monitoring record's outcomes are of items of its own case's plans.
 */
import { caseFacts, caseOf } from './caseFacts.js';
import type { RuleContext } from './rule.types.js';

export function caseStatusFits(context: RuleContext): void {
  const { cases, plan_items, monitoring, monitoring_outcomes } = context.bundle;
  const has = (column: string) => cases?.header.includes(column) ?? false;
  for (const row of cases?.records ?? []) {
    if (row.status === undefined) continue;
    if (row.status === 'CLOSED') {
      if (!row.closedOn)
        context.report('cases', row.line, 'closed_on', '', 'a closed case (CLOSED 終結) has closed_on');
      if (!row.closeReason) {
        const at = has('close_reason') ? 'close_reason' : 'status';
        context.report('cases', row.line, at, '', 'a closed case (CLOSED 終結) has a close_reason');
      }
      continue;
    }
    for (const [column, value] of [
      ['closed_on', row.closedOn],
      ['close_reason', row.closeReason],
      ['follow_up_on', row.followUpOn],
      ['follow_up_done_on', row.followUpDoneOn],
    ] as const) {
      if (value) context.report('cases', row.line, column, value, `only a closed case (CLOSED 終結) has ${column}`);
    }
  }
  for (const row of plan_items?.records ?? []) {
    const subjectId = caseFacts(context, caseOf(context, row.planId))?.subjectId;
    if (row.tie && subjectId !== undefined && row.whoId === subjectId) {
      const message = `"${row.whoId}" is the case's subject: an item the subject does stands on no tie; leave tie empty`;
      context.report('plan_items', row.line, 'tie', row.tie, message);
    }
    if (row.tieSince && !row.tie) {
      const message = 'tie_since names the since of the tie an item stands on: give tie (MADE or FOUND) too';
      context.report('plan_items', row.line, 'tie_since', row.tieSince, message);
    }
  }
  for (const row of monitoring?.records ?? []) {
    if (row.followUp && row.nextReviewOn) {
      const message = 'a 終結後の確認 (follow_up) sets no next review: the case is closed';
      context.report('monitoring', row.line, 'next_review_on', row.nextReviewOn, message);
    }
  }
  for (const row of monitoring_outcomes?.records ?? []) {
    const recordCase = caseOf(context, row.monitoringId);
    const itemCase = caseOf(context, row.itemId);
    if (recordCase && itemCase && recordCase !== itemCase) {
      const message = `"${row.itemId}" is an item of the case "${itemCase}", not of "${recordCase}" that ${row.monitoringId} monitors`;
      context.report('monitoring_outcomes', row.line, 'item_id', row.itemId ?? '', message);
    }
  }
}
