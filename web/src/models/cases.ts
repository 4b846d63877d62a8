/**
 * Support cases as the screens use them, pure: the words of their codes (Japanese from the server's code lists,
 * English here), which status a case may move to next (the server's rule, imported), and what the viewer is offered.
 */
import {
  type CaseStatusCode,
  caseMoves,
  caseRoutes,
  caseStatuses,
  closeReasons,
  dismissReasons,
  meetingBases,
  meetingRevisions,
  planItemStatuses,
} from '../../../server/vocabulary/caseCodes';
import { type Rights, writes } from './permissions';
import type { Localized } from './vocabulary';

function localized<Code extends string>(ja: Record<Code, string>, en: Record<Code, string>): Record<Code, Localized> {
  return Object.fromEntries(
    Object.keys(ja).map((code) => [code, { ja: ja[code as Code], en: en[code as Code] }]),
  ) as Record<Code, Localized>;
}

export const caseStatusLabels = localized(caseStatuses.labels, {
  INTAKE: 'Intake',
  ASSESSMENT: 'Assessment',
  ACTIVE: 'Plan in progress',
  CLOSED: 'Closed',
});
export const caseRouteLabels = localized(caseRoutes.labels, {
  SELF: 'The person',
  FAMILY: 'Family',
  ACQUAINTANCE: 'Acquaintance or neighbour',
  COMMUNITY: 'Welfare commissioner or community',
  AGENCY: 'Agency',
  GOVERNMENT: 'Government',
  OUTREACH: 'Outreach',
});
export const closeReasonLabels = localized(closeReasons.labels, {
  GOAL_MET: 'Goal met',
  HANDED_OVER: 'Handed over',
  MOVED: 'Moved away',
  DIED: 'Died',
  PERSONS_WISH: "The person's wish",
  OTHER: 'Other',
});
export const planItemStatusLabels = localized(planItemStatuses.labels, {
  PLANNED: 'Planned',
  ONGOING: 'Ongoing',
  DONE: 'Done',
  STOPPED: 'Stopped',
});
export const dismissReasonLabels = localized(dismissReasons.labels, {
  PERSON_DECLINES: 'The person does not want it',
  HANDLED: 'Already handled',
  NOT_APPLICABLE: 'Does not apply',
});

export const meetingBasisLabels = localized(meetingBases.labels, {
  SUPPORT_MEETING: 'Support meeting (Social Welfare Act 106-6): shared without consent',
  CONSENTED: 'Multi-layered support / community care meeting: shared with consent',
  COUNCIL: 'Council (協議体): community consent only',
});

export const meetingRevisionLabels = localized(meetingRevisions.labels, {
  PLAN: 'Revised the plan',
  TEAM: 'Changed the team',
  KEY_PERSON: 'Changed the key person',
  DIRECTION: 'Changed the direction',
});

/** The statuses a case may be moved to with updateCase (the plan's first version moves it to ACTIVE itself). */
export function nextStatuses(status: CaseStatusCode, hasPlan: boolean): CaseStatusCode[] {
  return caseMoves[status].filter((next) => next !== 'ACTIVE' || hasPlan);
}

/** Whether a move takes a case back along 受付 → アセスメント → プラン実施中 (to be assessed again). */
export function isBackward(from: CaseStatusCode, to: CaseStatusCode): boolean {
  const order = Object.keys(caseStatusLabels) as CaseStatusCode[];
  return order.indexOf(to) < order.indexOf(from);
}

/** Whether the viewer may change a case about someone of this area: ADMIN, or a coordinator of the area. */
export function mayWriteCase(rights: Rights, areaId: string | null | undefined): boolean {
  if (!writes(rights)) return false;
  if (rights.scope === undefined) return true;
  return Boolean(areaId && rights.scope.has(areaId));
}

/** The one open case among a subject's cases, if any (the server keeps one open case per subject). */
export function openCaseAmong<C extends { id: string; status: string }>(cases: readonly C[]): C | undefined {
  return cases.find((c) => c.status !== 'CLOSED');
}

/** One editable line of a plan, as the editor holds it. */
export interface PlanLine {
  /** a key for the editor's row, stable while lines are added and removed */
  key: string;
  whoId: string;
  what: string;
  field: string;
  startOn: string;
  reviewOn: string;
  status: string;
}

let lineCount = 0;
function newLineKey(): string {
  lineCount += 1;
  return `line-${lineCount}`;
}

/** The editor's lines from the current plan (a revision starts from it), or one empty line. */
export function planLines(
  items: readonly {
    who: { id: string };
    what: string;
    field?: string | null;
    startOn: string;
    reviewOn?: string | null;
    status: string;
  }[],
  today: string,
): PlanLine[] {
  if (items.length === 0)
    return [{ key: newLineKey(), whoId: '', what: '', field: '', startOn: today, reviewOn: '', status: 'PLANNED' }];
  return items.map((item) => ({
    key: newLineKey(),
    whoId: item.who.id,
    what: item.what,
    field: item.field ?? '',
    startOn: item.startOn,
    reviewOn: item.reviewOn ?? '',
    status: item.status,
  }));
}

/** The lines as revisePlan takes them: empty optional values left out, blank lines dropped. */
export function planInput(lines: readonly PlanLine[]) {
  return lines
    .filter((line) => line.whoId && line.what.trim())
    .map((line) => ({
      whoId: line.whoId,
      what: line.what.trim(),
      startOn: line.startOn,
      ...(line.field ? { field: line.field } : {}),
      ...(line.reviewOn ? { reviewOn: line.reviewOn } : {}),
      status: line.status as 'PLANNED' | 'ONGOING' | 'DONE' | 'STOPPED',
    }));
}
