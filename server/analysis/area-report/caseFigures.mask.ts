/**
 * The case figures as a viewer may see them (smallCounts.ts decides for whom small counts are masked). Counts of
 * cases and households are counts of people: masked under 5. A breakdown (by route, by reason; on time and late
 * within the follow-ups due) hides one more cell when only one is masked, so its total gives none back; a share is
 * masked when any count it is made from, or would give back, is. Meetings are a council's: exact.
 */
import { maskBreakdownFor, maskCountFor, maskedText, maskRateFor } from '../../auth/smallCounts.js';
import type { Count, Rate } from '../../shared/count.type.js';
import { type CaseFigures, communityRoutes } from './caseFigures.js';
import { CaseFiguresReport, CouncilMeetings, ReasonCases, RouteCases } from './caseFigures.type.js';

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** part / whole, masked with its counts (or when `alsoMasked`: a cell it would give back is hidden). */
function share(exact: boolean, part: number, whole: number, alsoMasked: boolean): Rate {
  const rate = maskRateFor(exact, whole > 0 ? round(part / whole) : null, [part, whole]);
  return alsoMasked ? { value: null, masked: true } : rate;
}

export function toCaseFigures(figures: CaseFigures, exact: boolean): CaseFiguresReport {
  const count = (n: number): Count => maskCountFor(exact, n);
  const sum = (cells: readonly { cases: number }[]) => cells.reduce((total, cell) => total + cell.cases, 0);
  const routeCells = maskBreakdownFor(
    exact,
    figures.newCasesByRoute.map((row) => row.cases),
  );
  const reasonCells = maskBreakdownFor(
    exact,
    figures.closedByReason.map((row) => row.cases),
  );
  const newCases = sum(figures.newCasesByRoute);
  const isCommunity = figures.newCasesByRoute.map((row) => communityRoutes.includes(row.route));
  const community = sum(figures.newCasesByRoute.filter((_, i) => isCommunity[i]));
  // a community route's cell hidden: the share (and the community count) would give it back with the other's
  const communityHidden = routeCells.some((cell, i) => isCommunity[i] && cell.masked);
  const late = figures.followUpsDue - figures.followUpsOnTime;
  const [onTime, lateCell] = maskBreakdownFor(exact, [figures.followUpsOnTime, late]);
  return Object.assign(new CaseFiguresReport(), {
    fiscalYear: figures.fiscalYear,
    from: figures.from,
    to: figures.to,
    newCases: count(newCases),
    newCasesByRoute: figures.newCasesByRoute.map(({ route }, i) =>
      Object.assign(new RouteCases(), { route, cases: routeCells[i] }),
    ),
    communityRoutes: [...communityRoutes],
    communityCases: communityHidden ? { value: null, masked: true, text: maskedText } : count(community),
    communityShare: share(exact, community, newCases, communityHidden),
    closedCases: count(sum(figures.closedByReason)),
    closedByReason: figures.closedByReason.map(({ reason }, i) =>
      Object.assign(new ReasonCases(), { reason, cases: reasonCells[i] }),
    ),
    firstPlans: count(figures.firstPlans),
    planRevisions: count(figures.planRevisions),
    meetingsByCouncil: figures.meetingsByCouncil.map((row) => Object.assign(new CouncilMeetings(), row)),
    multiNeedHouseholds: count(figures.multiNeedHouseholds),
    followUpsDue: count(figures.followUpsDue),
    followUpsOnTime: onTime,
    followUpOnTimeRate: share(exact, figures.followUpsOnTime, figures.followUpsDue, onTime.masked || lateCell.masked),
  });
}
