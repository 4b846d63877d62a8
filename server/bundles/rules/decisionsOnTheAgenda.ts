/**
 * Rule: a plan version or a キーパーソン term that names the meeting that decided it names one that had its case on
 * the agenda, held no later than the plan was made or the term began — as revisePlan and updateCase require. Checked
 * against the bundle's meetings and agenda rows; a meeting the bundle leaves out is the database's to vouch for.
 */
import type { RuleContext } from './rule.types.js';

export function decisionsOnTheAgenda(context: RuleContext): void {
  const { bundle } = context;
  const heldOn = new Map((bundle.meetings?.records ?? []).map((m) => [m.id, m.on]));
  const agendaOf = new Map<string, Set<string>>();
  for (const row of bundle.agenda?.records ?? []) {
    if (row.meetingId === undefined || row.caseId === undefined) continue;
    const cases = agendaOf.get(row.meetingId) ?? agendaOf.set(row.meetingId, new Set()).get(row.meetingId)!;
    cases.add(row.caseId);
  }
  const check = (
    key: 'plans' | 'key_persons',
    line: number,
    meetingId: string | null | undefined,
    caseId: string | undefined,
    date: string | undefined,
    what: string,
  ) => {
    if (!meetingId || caseId === undefined) return;
    const agenda = agendaOf.get(meetingId);
    if (agenda && !agenda.has(caseId)) {
      const message = `the meeting "${meetingId}" did not discuss the case "${caseId}" (agenda.csv); a decision belongs to a meeting that had it on its agenda`;
      context.report(key, line, 'meeting_id', meetingId, message);
      return;
    }
    const on = heldOn.get(meetingId);
    if (on && date && on > date) {
      const message = `the meeting "${meetingId}" was held on ${on}, after ${what} (${date})`;
      context.report(key, line, 'meeting_id', meetingId, message);
    }
  };
  for (const plan of bundle.plans?.records ?? [])
    check('plans', plan.line, plan.meetingId, plan.caseId, plan.madeOn, 'the plan was made');
  for (const term of bundle.key_persons?.records ?? [])
    check('key_persons', term.line, term.meetingId, term.caseId, term.since, 'the キーパーソン term began');
}
