/**
 * Support cases (支援ケース) of a generated town, with their plans, monitoring and the meetings that discussed them:
 * about one case per ten residents, opened over the three 年度 before `casesUntil` by the routes practitioners
 * report, most of the older ones closed (with a 終結後の確認, mostly on time), the open ones under a plan whose
 * review falls around that date. Seeded apart from the town, so the town's bundle files stay as they were; the
 * same seed and size give the same cases. Written into the bundle's support files (write.ts).
 */
import type { CaseRouteCode, CloseReasonCode, MeetingBasisCode } from '../../server/vocabulary/caseCodes.js';
import type { Field } from '../../server/vocabulary/codes.js';
import type { Councils } from './councils.js';
import type { Organizations } from './organizations.js';
import type { Household } from './people.js';
import { Random } from './random.js';

/** The last day anything of a case happens on (fixed, so that the same seed gives the same cases). */
export const casesUntil = '2026-11-30';
/** The first day a case is opened on: three 年度 before. */
const casesFrom = '2023-04-01';

/** Who writes the cases down (a coordinator's username; the bench and the sample users do not depend on it). */
const recordedBy = 'generator';

export interface PlanItemRecord {
  id: string;
  position: number;
  whoId: string;
  what: string;
  field: Field | null;
  startOn: string;
  reviewOn: string | null;
  status: 'PLANNED' | 'ONGOING' | 'DONE' | 'STOPPED';
}

export interface CaseRecord {
  id: string;
  subjectId: string;
  /** Person or Household */
  subjectKind: 'Person' | 'Household';
  status: 'INTAKE' | 'ASSESSMENT' | 'ACTIVE' | 'CLOSED';
  openedOn: string;
  openedBy: string;
  route: CaseRouteCode;
  direction: string | null;
  reviewOn: string | null;
  teamIds: string[];
  keyPersonId: string | null;
  closedOn: string | null;
  closeReason: CloseReasonCode | null;
  followUpOn: string | null;
  followUpDoneOn: string | null;
  plans: { id: string; version: number; madeOn: string; madeBy: string; items: PlanItemRecord[] }[];
  monitoring: {
    id: string;
    on: string;
    who: string;
    seen: string;
    outcomeItemIds: string[];
    outcomes: string[];
    nextReviewOn: string | null;
    followUp: boolean;
    recordedBy: string;
  }[];
}

export interface MeetingRecord {
  id: string;
  councilId: string;
  on: string;
  basis: MeetingBasisCode;
  minutes: string;
  nextOn: string | null;
  recordedBy: string;
  attendeeIds: string[];
  agenda: { caseId: string; decision: string; position: number }[];
}

const routes: Record<CaseRouteCode, number> = {
  SELF: 24,
  FAMILY: 20,
  ACQUAINTANCE: 7,
  COMMUNITY: 12,
  AGENCY: 21,
  GOVERNMENT: 10,
  OUTREACH: 6,
};
const reasons: Record<CloseReasonCode, number> = {
  GOAL_MET: 42,
  HANDED_OVER: 20,
  MOVED: 9,
  DIED: 11,
  PERSONS_WISH: 10,
  OTHER: 8,
};
const directions = ['在宅生活の継続', '生活の立て直しと就労', '世帯全体の見守り体制づくり', '地域の居場所への参加'];
const tasks: Record<Field, string> = {
  ELDERLY: '介護サービスの調整',
  DISABILITY: '障害福祉サービスの利用支援',
  CHILD: '子育て支援の利用',
  POVERTY: '家計改善の相談',
  EMPLOYMENT: '就労準備の支援',
  HOUSING: '住まいの確保',
  HEALTH: '受診の同行',
  EDUCATION: '学習支援',
  COMMUNITY: '通いの場への参加',
};

const day = 86_400_000;
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10);
}
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day);
}
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The case-making of one town: fed each tier-3 area's households as they are generated. */
export class CaseMaker {
  readonly cases: CaseRecord[] = [];
  readonly meetings: MeetingRecord[] = [];
  private readonly random: Random;
  private next = 0;
  private readonly byDistrict = new Map<string, CaseRecord[]>();

  constructor(
    seed: string,
    private readonly organizations: Organizations,
    private readonly councils: Councils,
    private readonly cswByDistrict: Map<string, string>,
  ) {
    this.random = new Random(`tsunagari-cases:${seed}`);
  }

  private id(kind: string): string {
    this.next++;
    return `${kind}-${String(this.next).padStart(7, '0')}`;
  }

  /** Cases for some households of one tier-3 area (`districtId` its tier-2 area). */
  area(areaId: string, districtId: string, households: readonly Household[]): void {
    const list = this.byDistrict.get(districtId) ?? [];
    this.byDistrict.set(districtId, list);
    for (const household of households) {
      const inNeed = household.members.filter((member) => member.needs.length > 0);
      if (inNeed.length === 0) continue;
      // 世帯丸ごと: a household where two or more have needs is supported as a household more often
      if (inNeed.length >= 2 && this.random.chance(0.6)) {
        list.push(
          this.make(household.id, 'Household', [...new Set(inNeed.flatMap((m) => m.needs))], areaId, districtId),
        );
        continue;
      }
      for (const member of inNeed) {
        if (this.random.chance(0.42)) list.push(this.make(member.id, 'Person', member.needs, areaId, districtId));
      }
    }
  }

  private make(
    subjectId: string,
    subjectKind: 'Person' | 'Household',
    needs: readonly Field[],
    areaId: string,
    districtId: string,
  ): CaseRecord {
    const r = this.random;
    const district = this.organizations.byDistrict.get(districtId)!;
    const local = this.organizations.byNeighbourhood.get(areaId)!;
    const helpers: Record<Field, string> = {
      ELDERLY: district.houkatsu.id,
      DISABILITY: district.disabilityConsultation.id,
      CHILD: this.organizations.city.child.id,
      POVERTY: this.organizations.city.welfare.id,
      EMPLOYMENT: this.organizations.town.hellowork.id,
      HOUSING: this.organizations.town.housing.id,
      HEALTH: district.clinic.id,
      EDUCATION: district.juniorHigh.id,
      COMMUNITY: local.chikuShakyo.id,
    };
    const openedOn = earlier(addDays(casesFrom, r.int(0, daysBetween(casesFrom, casesUntil))), casesUntil);
    const age = daysBetween(openedOn, casesUntil);
    const closes = age > 120 && r.chance(Math.min(0.8, age / 900));
    const planned = closes ? r.chance(0.85) : age > 30 && r.chance(0.8);
    const id = this.id('case');
    const csw = this.cswByDistrict.get(districtId) ?? null;
    const record: CaseRecord = {
      id,
      subjectId,
      subjectKind,
      status: closes ? 'CLOSED' : planned ? 'ACTIVE' : age > 14 ? 'ASSESSMENT' : 'INTAKE',
      openedOn,
      openedBy: recordedBy,
      route: r.weighted(routes),
      direction: r.chance(0.8) ? r.pick(directions) : null,
      reviewOn: null,
      teamIds: [...new Set(needs.map((field) => helpers[field]))],
      keyPersonId: csw && r.chance(0.88) ? csw : null,
      closedOn: null,
      closeReason: null,
      followUpOn: null,
      followUpDoneOn: null,
      plans: [],
      monitoring: [],
    };
    this.cases.push(record);
    const closedOn = closes ? addDays(openedOn, r.int(90, Math.min(age, 720))) : null;
    const lastDay = closedOn ?? casesUntil;
    if (planned) {
      let madeOn = addDays(openedOn, r.int(7, 30));
      for (let version = 1; version <= 3 && madeOn <= lastDay; version++) {
        const items = needs.map((field, position) => ({
          id: this.id('item'),
          position,
          whoId: helpers[field],
          what: tasks[field],
          field,
          startOn: madeOn,
          reviewOn: addDays(madeOn, r.int(60, 120)),
          status: r.pick(['PLANNED', 'ONGOING', 'ONGOING', 'DONE'] as const),
        }));
        record.plans.push({ id: this.id('plan'), version, madeOn, madeBy: recordedBy, items });
        const seenOn = addDays(madeOn, r.int(30, 90));
        const next = addDays(seenOn, r.int(60, 150));
        if (seenOn <= lastDay) {
          record.monitoring.push({
            id: this.id('monitoring'),
            on: seenOn,
            who: 'CSW訪問',
            seen: '本人と面談し、プランの進み具合を確認した',
            outcomeItemIds: items.map((item) => item.id),
            outcomes: items.map(() => r.pick(['順調', '一部実施', '見直しが必要'])),
            nextReviewOn: next,
            followUp: false,
            recordedBy,
          });
        }
        record.reviewOn = next;
        madeOn = next;
      }
      // an open case's review is its last monitoring's next date, some of them past by now
      if (!closes) record.reviewOn = earlier(record.reviewOn ?? casesUntil, addDays(casesUntil, r.int(-40, 60)));
    }
    if (closedOn) {
      record.closedOn = closedOn;
      record.closeReason = r.weighted(reasons);
      record.reviewOn = null;
      if (record.closeReason !== 'DIED' && r.chance(0.75)) {
        const followUpOn = addDays(closedOn, r.int(60, 120));
        record.followUpOn = followUpOn;
        // mostly checked on time, some late, some not yet
        const when = r.maybe({ onTime: 0.72, late: 0.14 });
        const doneOn =
          when === 'onTime'
            ? addDays(followUpOn, -r.int(0, 14))
            : when === 'late'
              ? addDays(followUpOn, r.int(1, 40))
              : null;
        if (doneOn && doneOn <= casesUntil) {
          record.followUpDoneOn = doneOn;
          record.monitoring.push({
            id: this.id('monitoring'),
            on: doneOn,
            who: '民生委員と訪問',
            seen: '終結後の様子を確認した',
            outcomeItemIds: [],
            outcomes: [],
            nextReviewOn: null,
            followUp: true,
            recordedBy,
          });
        }
      }
    }
    return record;
  }

  /**
   * The meetings of each district's 地域ケア会議 and of the town's 重層的支援会議: one a month over the last 年度
   * and this one, each discussing a few of the district's cases open on its date.
   */
  finish(): void {
    const r = this.random;
    const months: string[] = [];
    for (let month = 0; month < 20; month++) {
      const first = new Date(Date.UTC(2025, 3 + month, 1)).toISOString().slice(0, 10);
      if (first <= casesUntil) months.push(first);
    }
    const hold = (councilId: string, basis: MeetingBasisCode, pool: readonly CaseRecord[], attendeeIds: string[]) => {
      months.forEach((month, i) => {
        const on = addDays(month, r.int(5, 20));
        if (on > casesUntil) return;
        const open = pool.filter((c) => c.openedOn <= on && (c.closedOn === null || c.closedOn > on));
        const agenda = r.sample(open, r.int(2, 4)).map((c, position) => ({
          caseId: c.id,
          decision: r.pick(['プランを継続', 'プランを見直す', 'キーパーソンを確認', '次回に再検討']),
          position,
        }));
        this.meetings.push({
          id: this.id('meeting'),
          councilId,
          on,
          basis,
          minutes: '各ケースの経過を共有し、役割分担を確認した。',
          nextOn: months[i + 1] ? addDays(months[i + 1], 10) : null,
          recordedBy,
          attendeeIds,
          agenda,
        });
      });
    };
    for (const [districtId, pool] of this.byDistrict) {
      const district = this.organizations.byDistrict.get(districtId)!;
      const council = this.councils.byDistrict.get(districtId)!.careConference;
      hold(council.id, 'CONSENTED', pool, [district.houkatsu.id, district.clinic.id]);
    }
    const all = [...this.byDistrict.values()].flat();
    hold(this.councils.multiLayered.id, 'SUPPORT_MEETING', all, [
      this.organizations.shakyo.id,
      this.organizations.city.welfare.id,
    ]);
  }
}
