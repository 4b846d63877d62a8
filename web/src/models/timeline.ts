/**
 * Time on the map and the ecomap: the day a screen shows (as of), checked as the server checks it, and, between
 * two days, which ties began and which ended. A tie's days are its `since` and `until` (DESIGN.md "The analyses":
 * active on a day when `since` is empty or not after it and `until` is empty or after it), read with the server's
 * own predicates, so that the map and the analyses agree.
 */

import { asOfProblem } from '../../../server/shared/dates';
import { hasBegun, hasEnded } from '../../../server/vocabulary/tiePredicates';
import { isEdge, type MapElement, withClass } from './network';

export type DateProblem = 'format' | 'future' | 'order';

/** Today in the browser's calendar, as YYYY-MM-DD (the server checks against its own). */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Why a date cannot be shown (not YYYY-MM-DD, or after today), or undefined when it can. */
export function dateProblem(text: string, today: string): DateProblem | undefined {
  return asOfProblem(text, today);
}

/** The days a screen shows: the day (as of), and for a comparison the earlier day it is compared with. */
export interface Period {
  /** The earlier day; the changes are those after it, up to and including `to`. */
  from: string;
  to: string;
}

/** Why a comparison cannot be made: a bad date, or a "from" that is not before "to". */
export function periodProblem(period: Period, today: string): DateProblem | undefined {
  const problem = dateProblem(period.from, today) ?? dateProblem(period.to, today);
  if (problem) return problem;
  return period.from < period.to ? undefined : 'order';
}

export type TieChange = 'began' | 'ended';

/**
 * How a tie changed between the two days: `ended` when it had not ended on `from` and had on `to` (a tie that both
 * began and ended in between counts as ended: it is gone); `began` when it had not begun on `from` and had on `to`
 * and is still there. Ties without dates (those to someone the viewer may not see: their dates are not disclosed)
 * never count as changed.
 */
export function tieChange(
  tie: { since?: string | null; until?: string | null },
  period: Period,
): TieChange | undefined {
  if (hasEnded(tie, period.to) && !hasEnded(tie, period.from)) return 'ended';
  if (hasBegun(tie, period.to) && !hasBegun(tie, period.from)) return 'began';
  return undefined;
}

/** The map's elements with `began-between` or `ended-between` on the ties that changed in the period. */
export function markChanges(elements: readonly MapElement[], period: Period | undefined): MapElement[] {
  if (!period) return [...elements];
  return elements.map((element) => {
    if (!isEdge(element) || element.data.category === 'suggested') return element;
    const change = tieChange(element.data, period);
    return change ? withClass(element, `${change}-between`) : element;
  });
}

/** Whether an element is a tie that ended within the compared period (drawn even when ended ties are not). */
export function endedBetween(element: MapElement): boolean {
  return element.classes.includes('ended-between');
}

/** How many ties began and how many ended in the period, among these elements (merged edges count each tie). */
export function countChanges(elements: readonly MapElement[]): Record<TieChange, number> {
  const counts = { began: 0, ended: 0 };
  for (const element of elements) {
    if (!isEdge(element) || element.classes.includes('hidden')) continue;
    if (element.classes.includes('began-between')) counts.began += element.data.count ?? 1;
    if (element.classes.includes('ended-between')) counts.ended += element.data.count ?? 1;
  }
  return counts;
}

/** A day as people write it: 2025年4月1日, or 1 April 2025. */
export function formatDay(date: string, lang: 'ja' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'ja') return `${year}年${month}月${day}日`;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/**
 * The days a link asks for, as the screen will show them: a day that is today counts as no day (the link then
 * follows the calendar); a bad day, or any day for a role that may not look back, is dropped with the reason.
 */
export function readDates(
  asked: { asOf?: string; from?: string },
  today: string,
  mayLookBack: boolean,
): { asOf?: string; from?: string; problem?: DateProblem | 'role' } {
  if (!asked.asOf && !asked.from) return {};
  if (!mayLookBack) return { problem: 'role' };
  const to = asked.asOf ?? today;
  const problem = asked.from ? periodProblem({ from: asked.from, to }, today) : dateProblem(to, today);
  if (problem) return { problem };
  return { asOf: to === today ? undefined : to, from: asked.from };
}
