/**
 * Rule: the dates of a case follow one another (the same rule as the server's, cases/case.rules.ts): nothing of a
 * case — its review, closing, キーパーソン, plans, items, monitoring, a meeting discussing it — is before the case
 * was opened; a follow-up is not before the closing, an item's review not before it starts, a monitoring's next
 * review not before it, a term of a キーパーソン does not end before it begins, and a meeting's next date is after it.
 */
import { dateProblem } from '../../cases/case.rules.js';
import type { CaseKey } from '../bundle.types.js';
import { caseFacts, caseOf } from './caseFacts.js';
import type { RuleContext } from './rule.types.js';

type Limit = { date: string | null | undefined; what: string };

export function caseDates(context: RuleContext): void {
  const check = (key: CaseKey, line: number, column: string, date: string | null | undefined, ...limits: Limit[]) => {
    if (!date) return;
    for (const limit of limits) {
      if (!limit.date) continue;
      const problem = dateProblem(column, date, { notBefore: { date: limit.date, what: limit.what } });
      if (problem) return context.report(key, line, column, date, problem);
    }
  };
  const opened = (caseId: string | undefined): Limit => ({
    date: caseFacts(context, caseId)?.openedOn,
    what: 'the case was opened',
  });
  const { cases, key_persons, plans, plan_items, monitoring, meetings, agenda } = context.bundle;

  for (const row of cases?.records ?? []) {
    const openedOn: Limit = { date: row.openedOn, what: 'the case was opened' };
    const closedOn: Limit = { date: row.closedOn, what: 'the case was closed' };
    check('cases', row.line, 'review_on', row.reviewOn, openedOn);
    check('cases', row.line, 'closed_on', row.closedOn, openedOn);
    check('cases', row.line, 'follow_up_on', row.followUpOn, openedOn, closedOn);
    check('cases', row.line, 'follow_up_done_on', row.followUpDoneOn, openedOn, closedOn);
  }
  for (const row of key_persons?.records ?? []) {
    check('key_persons', row.line, 'since', row.since, opened(row.caseId));
    check('key_persons', row.line, 'until', row.until, { date: row.since, what: 'the term began' });
  }
  for (const row of plans?.records ?? []) check('plans', row.line, 'made_on', row.madeOn, opened(row.caseId));
  for (const row of plan_items?.records ?? []) {
    check('plan_items', row.line, 'start_on', row.startOn, opened(caseOf(context, row.planId)));
    check('plan_items', row.line, 'review_on', row.reviewOn, { date: row.startOn, what: 'the item starts' });
  }
  for (const row of monitoring?.records ?? []) {
    check('monitoring', row.line, 'on', row.on, opened(row.caseId));
    check('monitoring', row.line, 'next_review_on', row.nextReviewOn, { date: row.on, what: 'the monitoring' });
  }
  const meetingOn = new Map<string, string | undefined>();
  for (const row of meetings?.records ?? []) {
    if (row.id !== undefined && !meetingOn.has(row.id)) meetingOn.set(row.id, row.on);
    if (row.on && row.nextOn && row.nextOn <= row.on) {
      const message = `next_on (${row.nextOn}) is not after the meeting (${row.on})`;
      context.report('meetings', row.line, 'next_on', row.nextOn, message);
    }
  }
  for (const row of agenda?.records ?? []) {
    const on = row.meetingId === undefined ? undefined : meetingOn.get(row.meetingId);
    const openedOn = caseFacts(context, row.caseId)?.openedOn;
    if (on && openedOn && on < openedOn) {
      const message = `the meeting (${on}) is before the case "${row.caseId}" was opened (${openedOn})`;
      context.report('agenda', row.line, 'case_id', row.caseId ?? '', message);
    }
  }
}
