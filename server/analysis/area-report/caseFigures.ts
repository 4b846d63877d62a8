/**
 * The figures practitioners report of their casework (issue 12 part 7), per area, over the 年度 (fiscal year, from
 * 1 April) of the report's date up to that date. One definition of each, stated on the report (the web's
 * 「この数字について」 says the same):
 * - new cases by route: cases opened in the period, by 相談経路; every route, in the vocabulary's order;
 * - through the community: of those, the ones whose route is one of `communityRoutes` (知人・近隣, 民生委員・地域);
 * - closed by reason: cases closed (終結) in the period, by reason; every reason, in order;
 * - plans: plans made in the period, a case's first plan and the revisions apart;
 * - meetings: meetings held in the period, per council the report lists (councils.ts rows; not case conferences);
 * - households where two or more members have a need (on the report's date, as needs are recorded);
 * - 終結後の確認 on time: closed cases whose check date falls in the period, and of them those with a check
 *   recorded on or before that date.
 * A case counts in the area its subject is located in, and only when the subject exists for the viewer.
 */
import { type CaseRouteCode, type CloseReasonCode, caseRoutes, closeReasons } from '../../vocabulary/caseCodes.js';
import type * as q from './caseFigures.queries.js';

/** The routes counted as coming through the community (the 氷見 figure: 11% → 18%). */
export const communityRoutes: readonly CaseRouteCode[] = ['ACQUAINTANCE', 'COMMUNITY'];

/** The 年度 a date falls in, and its first day: 1 April of the year, or of the year before for January–March. */
export function fiscalYearOf(date: string): { fiscalYear: number; from: string } {
  const year = Number(date.slice(0, 4));
  const fiscalYear = date.slice(5) >= '04-01' ? year : year - 1;
  return { fiscalYear, from: `${fiscalYear}-04-01` };
}

export interface CaseFigures {
  fiscalYear: number;
  from: string;
  to: string;
  newCasesByRoute: { route: CaseRouteCode; cases: number }[];
  closedByReason: { reason: CloseReasonCode; cases: number }[];
  firstPlans: number;
  planRevisions: number;
  meetingsByCouncil: { councilId: string; name: string | null; meetings: number }[];
  multiNeedHouseholds: number;
  followUpsDue: number;
  followUpsOnTime: number;
}

/** The rows the figures are added up from: per area of the subtree (`counts` picks the report's). */
export interface CaseFigureRows {
  cases: q.CaseCountsRow[];
  households: q.NeedyHouseholdsRow[];
}

/** How many of the values are each code (the writes take codes only: caseCodes.ts). */
function tally<Code extends string>(codes: readonly Code[], values: readonly string[]): Map<Code, number> {
  const counts = new Map<Code, number>(codes.map((code) => [code, 0]));
  for (const value of values) {
    const known = counts.get(value as Code);
    if (known !== undefined) counts.set(value as Code, known + 1);
  }
  return counts;
}

export function caseFigures(
  rows: CaseFigureRows,
  counts: (areaId: string) => boolean,
  period: { asOf: string },
  councils: readonly { id: string; name: string | null; meetings: number }[],
): CaseFigures {
  const mine = rows.cases.filter((row) => counts(row.areaId));
  const sum = (pick: (row: q.CaseCountsRow) => number) => mine.reduce((total, row) => total + pick(row), 0);
  const routeCodes = Object.keys(caseRoutes.labels) as CaseRouteCode[];
  const reasonCodes = Object.keys(closeReasons.labels) as CloseReasonCode[];
  const routes = tally(
    routeCodes,
    mine.flatMap((row) => row.newRoutes),
  );
  const reasons = tally(
    reasonCodes,
    mine.flatMap((row) => row.closeReasons),
  );
  const { fiscalYear, from } = fiscalYearOf(period.asOf);
  return {
    fiscalYear,
    from,
    to: period.asOf,
    newCasesByRoute: routeCodes.map((route) => ({ route, cases: routes.get(route)! })),
    closedByReason: reasonCodes.map((reason) => ({ reason, cases: reasons.get(reason)! })),
    firstPlans: sum((row) => row.firstPlans),
    planRevisions: sum((row) => row.planRevisions),
    meetingsByCouncil: councils.map((council) => ({
      councilId: council.id,
      name: council.name,
      meetings: council.meetings,
    })),
    multiNeedHouseholds: rows.households
      .filter((row) => counts(row.areaId))
      .reduce((total, row) => total + row.households, 0),
    followUpsDue: sum((row) => row.followUpsDue),
    followUpsOnTime: sum((row) => row.followUpsOnTime),
  };
}
