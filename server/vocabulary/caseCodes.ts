/**
 * The codes of support cases and meetings (docs/DESIGN.md "Cases and meetings") with their Japanese labels. No
 * imports but the CodeList shape: the web app imports this file for its labels, the server for its checks.
 */
import type { CodeList } from './codes.js';

export const caseStatuses = {
  name: 'case status',
  labels: { INTAKE: '受付', ASSESSMENT: 'アセスメント', ACTIVE: 'プラン実施中', CLOSED: '終結' },
} as const satisfies CodeList<string>;
export type CaseStatusCode = keyof typeof caseStatuses.labels;

export const caseRoutes = {
  name: 'route (相談経路)',
  labels: {
    SELF: '本人',
    FAMILY: '家族',
    ACQUAINTANCE: '知人・近隣',
    COMMUNITY: '民生委員・地域',
    AGENCY: '専門機関',
    GOVERNMENT: '行政',
    OUTREACH: 'アウトリーチ',
  },
} as const satisfies CodeList<string>;
export type CaseRouteCode = keyof typeof caseRoutes.labels;

export const closeReasons = {
  name: 'close reason',
  labels: {
    GOAL_MET: '目標達成',
    HANDED_OVER: '他機関へ引継ぎ',
    MOVED: '転居',
    DIED: '死亡',
    PERSONS_WISH: '本人の意思',
    OTHER: 'その他',
  },
} as const satisfies CodeList<string>;
export type CloseReasonCode = keyof typeof closeReasons.labels;

export const planItemStatuses = {
  name: 'plan item status',
  labels: { PLANNED: '予定', ONGOING: '実施中', DONE: '達成', STOPPED: '中止' },
} as const satisfies CodeList<string>;
export type PlanItemStatusCode = keyof typeof planItemStatuses.labels;

export const dismissReasons = {
  name: 'dismiss reason',
  labels: { PERSON_DECLINES: '本人が希望しない', HANDLED: '対応済み', NOT_APPLICABLE: '該当しない' },
} as const satisfies CodeList<string>;
export type DismissReasonCode = keyof typeof dismissReasons.labels;

export const meetingBases = {
  name: 'meeting basis',
  labels: {
    SUPPORT_MEETING: '支援会議（社会福祉法106条の6）',
    CONSENTED: '重層的支援会議・地域ケア会議（本人同意）',
    COUNCIL: '協議体（地域で共有の同意のみ）',
  },
} as const satisfies CodeList<string>;
export type MeetingBasisCode = keyof typeof meetingBases.labels;

/** The statuses a case may be moved to from each status by updateCase; CLOSED only through closeCase. */
export const caseMoves: Readonly<Record<CaseStatusCode, readonly CaseStatusCode[]>> = {
  INTAKE: ['ASSESSMENT'],
  ASSESSMENT: ['ACTIVE'],
  // a plan that no longer fits is assessed again
  ACTIVE: ['ASSESSMENT'],
  CLOSED: [],
};

/** Plan items still to be done: their review dates are the case's next review. */
export const openItemStatuses: readonly PlanItemStatusCode[] = ['PLANNED', 'ONGOING'];

/** The roles of a person who may be a case's キーパーソン: they hold the case as a professional. */
export const keyPersonRoles: readonly string[] = ['PROFESSIONAL', 'CSW', 'COORDINATOR'];

/** What a meeting's decision changed in a case (each written by the change it names, with the meeting). */
export const meetingRevisions = {
  name: 'meeting revision',
  labels: { PLAN: 'プランを改訂', TEAM: 'チームを変更', KEY_PERSON: 'キーパーソンを変更', DIRECTION: '方針を変更' },
} as const satisfies CodeList<string>;
export type MeetingRevisionCode = keyof typeof meetingRevisions.labels;

/** Revisions in the list's order, each once, whatever order the decisions came in. */
export function inRevisionOrder(revised: readonly string[]): MeetingRevisionCode[] {
  return (Object.keys(meetingRevisions.labels) as MeetingRevisionCode[]).filter((code) => revised.includes(code));
}
