/**
 * The rules of a case's life, as pure functions: which status may follow which, and which dates may be written.
 * Each returns why not (a sentence naming the problem) or undefined; the service turns that into a BadInputError.
 */
import {
  type CaseStatusCode,
  caseMoves,
  caseStatuses,
  openItemStatuses,
  type PlanItemStatusCode,
} from '../vocabulary/caseCodes.js';

/** Why a case may not move from one status to another through updateCase. */
export function moveProblem(from: CaseStatusCode, to: CaseStatusCode, hasPlan: boolean): string | undefined {
  if (from === to) return undefined;
  if (to === 'CLOSED') return 'a case is closed with closeCase, which asks for the reason';
  if (from === 'CLOSED') return 'a closed case does not change; open a new case for the same subject';
  if (!caseMoves[from].includes(to)) {
    const allowed = caseMoves[from].map((s) => `${s} (${caseStatuses.labels[s]})`).join(' or ');
    return `a case in ${from} (${caseStatuses.labels[from]}) moves on only to ${allowed}`;
  }
  if (to === 'ACTIVE' && !hasPlan) return 'a case becomes ACTIVE (プラン実施中) with a plan: make one with revisePlan';
  return undefined;
}

/** Why a date of a case may not be written: before the case was opened, or (for what has happened) after today. */
export function dateProblem(
  field: string,
  date: string,
  limits: { notBefore?: { date: string; what: string }; notAfterToday?: string },
): string | undefined {
  if (limits.notBefore && date < limits.notBefore.date) {
    return `${field} (${date}) is before ${limits.notBefore.what} (${limits.notBefore.date})`;
  }
  if (limits.notAfterToday && date > limits.notAfterToday) {
    return `${field} (${date}) is after today (${limits.notAfterToday}): it records what has happened`;
  }
  return undefined;
}

/** The next review of a case: the earliest review date among the plan's open items, if any. */
export function nextReview(items: readonly { reviewOn: string | null; status: PlanItemStatusCode }[]): string | null {
  const dates = items
    .filter((item) => openItemStatuses.includes(item.status))
    .flatMap((item) => (item.reviewOn ? [item.reviewOn] : []))
    .sort();
  return dates[0] ?? null;
}
