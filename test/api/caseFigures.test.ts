/**
 * The case figures of the 地域カルテ through the API, on a town built here with cases opened, planned, closed,
 * checked and met on through the mutations: the exact figures of this 年度 and the last, counted in the subject's
 * area; a restricted person's case and household counted only for whom may see them; small counts as 5未満 for a
 * PLANNER, with the second cell of a breakdown hidden when one alone would be.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../server/analysis/area-report/caseFigures.js';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { today } from '../../server/shared/dates.js';
import { adminViewer, run } from '../helpers/api.js';
import { testTown } from '../helpers/town.js';

const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'north', tier: 2, parent: 'city' },
    { id: 'n1', tier: 3, parent: 'north' },
    { id: 'south', tier: 2, parent: 'city' },
    { id: 's1', tier: 3, parent: 'south' },
  ],
  households: [
    { id: 'h1', area: 'n1' },
    { id: 'h2', area: 'n1' },
  ],
  people: [
    ...['p1', 'p2', 'p3', 'p4', 'p7', 'p8'].map((id) => ({ id, area: 'n1', needs: ['ELDERLY'] })),
    { id: 'p5', area: 'n1', household: 'h1', needs: ['ELDERLY'] },
    { id: 'p6', area: 'n1', household: 'h1', needs: ['HEALTH'] },
    { id: 'p9', area: 'n1', household: 'h2', needs: ['CHILD'] },
    { id: 'r1', area: 'n1', household: 'h2', needs: ['POVERTY'], consent: 'RESTRICTED' },
    { id: 'q1', area: 's1', needs: ['POVERTY'] },
  ],
  councils: [
    { id: 'k1', name: '第1層協議体', tier: 1, covers: ['city'] },
    { id: 'k2n', name: '北の第2層協議体', tier: 2, covers: ['north'] },
  ],
});

const coordinator = (name: string): Viewer => ({
  username: `${town.prefix}${name}`,
  role: UserRole.COORDINATOR,
  areaIds: [town.id('city')],
  scope: new Set(town.ids('city', 'north', 'n1', 'south', 's1')),
  municipalityIds: [town.id('city')],
});
const coord = () => coordinator('coord');
const named = () => coordinator('named');
const planner = (): Viewer => ({
  username: `${town.prefix}planner`,
  role: UserRole.PLANNER,
  areaIds: [town.id('north')],
  scope: new Set(town.ids('north', 'n1')),
  municipalityIds: [town.id('city')],
});

// this 年度 begins on `thisYear`, the last on `lastYear`; the last ends the day before this one begins
const { from: thisYear, fiscalYear } = fiscalYearOf(today());
const lastYear = `${fiscalYear - 1}-04-01`;
const lastYearEnd = `${fiscalYear}-03-31`;

async function ok(query: string, variables: Record<string, unknown>) {
  const answer = await run(adminViewer, query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

async function openCase(subject: string, route: string, openedOn: string): Promise<string> {
  const data = await ok('mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
    input: { subjectId: town.id(subject), route, openedOn },
  });
  return data.openCase.id;
}

async function closeCase(id: string, reason: string, on: string, followUpOn: string) {
  await ok('mutation($id: ID!, $input: CloseCaseInput!) { closeCase(id: $id, input: $input) { id } }', {
    id,
    input: { reason, closedOn: on, followUpOn },
  });
}

async function check(id: string, on: string) {
  await ok('mutation($id: ID!, $input: MonitoringInput!) { recordMonitoring(caseId: $id, input: $input) { id } }', {
    id,
    input: { on, who: '訪問', seen: '終結後の様子を確認' },
  });
}

async function plan(id: string, subject: string, startOn: string) {
  await ok('mutation($id: ID!, $items: [PlanItemInput!]!) { revisePlan(caseId: $id, items: $items) { id } }', {
    id,
    items: [{ whoId: town.id(subject), what: '通いの場に参加する', startOn }],
  });
}

async function meeting(council: string, on: string) {
  await ok('mutation($input: MeetingInput!) { recordMeeting(input: $input) { id } }', {
    input: { councilId: town.id(council), on, basis: 'SUPPORT_MEETING' },
  });
}

beforeAll(async () => {
  await town.graph.write('MATCH (p:Person {id: $id}) SET p.restrictedFor = [$named]', {
    id: town.id('r1'),
    named: named().username,
  });
  // this 年度: five cases in north by five routes, one of a restricted person, one in south
  const c1 = await openCase('p1', 'COMMUNITY', thisYear);
  await openCase('p2', 'ACQUAINTANCE', thisYear).then((id) => plan(id, 'p2', thisYear));
  const c3 = await openCase('p3', 'SELF', thisYear);
  const c4 = await openCase('p4', 'AGENCY', thisYear);
  await openCase('h1', 'FAMILY', thisYear);
  await openCase('r1', 'COMMUNITY', thisYear);
  await openCase('q1', 'SELF', thisYear);
  // a first plan and its revision
  await plan(c1, 'p1', thisYear);
  await plan(c1, 'p1', thisYear);
  // two closed for moving away, one checked on its date, one never
  await closeCase(c3, 'MOVED', thisYear, thisYear);
  await check(c3, thisYear);
  await closeCase(c4, 'MOVED', thisYear, thisYear);
  // last 年度: two cases, both closed, one checked on time
  const d1 = await openCase('p7', 'COMMUNITY', lastYear);
  await closeCase(d1, 'GOAL_MET', lastYear, lastYear);
  await check(d1, lastYear);
  const d2 = await openCase('p8', 'SELF', lastYear);
  await closeCase(d2, 'HANDED_OVER', lastYear, lastYear);
  // a case opened on the last day of the last 年度 counts there, not in this one
  await openCase('p9', 'OUTREACH', lastYearEnd);
  await meeting('k2n', thisYear);
  await meeting('k2n', thisYear);
  await meeting('k2n', lastYear);
  await meeting('k1', thisYear);
});

const exact = (value: number) => ({ value, masked: false, text: String(value) });
const masked = { value: null, masked: true, text: '5未満' };
const routes = ['SELF', 'FAMILY', 'ACQUAINTANCE', 'COMMUNITY', 'AGENCY', 'GOVERNMENT', 'OUTREACH'];
const reasons = ['GOAL_MET', 'HANDED_OVER', 'MOVED', 'DIED', 'PERSONS_WISH', 'OTHER'];
const byRoute = (counts: Record<string, number>) =>
  routes.map((route) => ({ route, cases: exact(counts[route] ?? 0) }));
const byReason = (counts: Record<string, number>) =>
  reasons.map((reason) => ({ reason, cases: exact(counts[reason] ?? 0) }));

const figures = `fiscalYear from to newCases { value masked text } newCasesByRoute { route cases { value masked text } }
  communityRoutes communityCases { value masked text } communityShare { value masked }
  closedCases { value masked text } closedByReason { reason cases { value masked text } }
  firstPlans { value masked text } planRevisions { value masked text } meetingsByCouncil { councilId name meetings }
  multiNeedHouseholds { value masked text } followUpsDue { value masked text } followUpsOnTime { value masked text }
  followUpOnTimeRate { value masked }`;
const reportOf = (viewer: Viewer, areaId: string, asOf?: string) =>
  run(
    viewer,
    `query($id: ID!, $asOf: String) { areaReport(areaId: $id, asOf: $asOf) { cases { ${figures} } children { areaId cases { newCases { value } newCasesByRoute { route cases { value } } } } } }`,
    { id: town.id(areaId), asOf: asOf ?? null },
  );

describe('case figures in the 地域カルテ', () => {
  it('counts this 年度 in the subject’s area: routes, the community share, closings, plans, meetings, households, follow-ups', async () => {
    const answer = await reportOf(coord(), 'north');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.areaReport.cases).toEqual({
      fiscalYear,
      from: thisYear,
      to: today(),
      // the restricted person's COMMUNITY case is not there for this coordinator; south's is south's
      newCases: exact(5),
      newCasesByRoute: byRoute({ SELF: 1, FAMILY: 1, ACQUAINTANCE: 1, COMMUNITY: 1, AGENCY: 1 }),
      communityRoutes: ['ACQUAINTANCE', 'COMMUNITY'],
      communityCases: exact(2),
      communityShare: { value: 0.4, masked: false },
      closedCases: exact(2),
      closedByReason: byReason({ MOVED: 2 }),
      firstPlans: exact(2),
      planRevisions: exact(1),
      meetingsByCouncil: [
        { councilId: town.id('k1'), name: '第1層協議体', meetings: 1 },
        { councilId: town.id('k2n'), name: '北の第2層協議体', meetings: 2 },
      ],
      // h1 (two members in need); h2's second member in need is the restricted person
      multiNeedHouseholds: exact(1),
      followUpsDue: exact(2),
      followUpsOnTime: exact(1),
      followUpOnTimeRate: { value: 0.5, masked: false },
    });
  });

  it('counts the last 年度 in a report dated at its end', async () => {
    const answer = await reportOf(coord(), 'north', lastYearEnd);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.areaReport.cases).toMatchObject({
      fiscalYear: fiscalYear - 1,
      from: lastYear,
      to: lastYearEnd,
      newCases: exact(3),
      newCasesByRoute: byRoute({ COMMUNITY: 1, SELF: 1, OUTREACH: 1 }),
      communityShare: { value: 0.333, masked: false },
      closedCases: exact(2),
      closedByReason: byReason({ GOAL_MET: 1, HANDED_OVER: 1 }),
      firstPlans: exact(0),
      meetingsByCouncil: [
        { councilId: town.id('k1'), name: '第1層協議体', meetings: 0 },
        { councilId: town.id('k2n'), name: '北の第2層協議体', meetings: 1 },
      ],
      followUpsDue: exact(2),
      followUpsOnTime: exact(1),
    });
  });

  it('counts each child area apart in the town’s report', async () => {
    const answer = await reportOf(coord(), 'city');
    expect(answer.errors).toBeUndefined();
    const { cases, children } = answer.data!.areaReport;
    expect(cases.newCases).toEqual(exact(6));
    expect(children.map((child: any) => [child.areaId, child.cases.newCases.value])).toEqual([
      [town.id('north'), 5],
      [town.id('south'), 1],
    ]);
  });

  it('counts the restricted person’s case and household for ADMIN and the coordinator named for them only', async () => {
    for (const viewer of [adminViewer, named()]) {
      const answer = await reportOf(viewer, 'north');
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.areaReport.cases).toMatchObject({
        newCases: exact(6),
        communityCases: exact(3),
        communityShare: { value: 0.5, masked: false },
        multiNeedHouseholds: exact(2),
      });
    }
  });

  it('shows a planner counts under 5 as 5未満, a breakdown’s lone small cell with another, and meetings exactly', async () => {
    const answer = await reportOf(planner(), 'north');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.areaReport.cases).toMatchObject({
      newCases: exact(5),
      newCasesByRoute: routes.map((route) => ({ route, cases: masked })),
      communityCases: masked,
      communityShare: { value: null, masked: true },
      closedCases: masked,
      closedByReason: reasons.map((reason) => ({ reason, cases: masked })),
      firstPlans: masked,
      planRevisions: masked,
      meetingsByCouncil: [
        { councilId: town.id('k1'), meetings: 1 },
        { councilId: town.id('k2n'), meetings: 2 },
      ],
      multiNeedHouseholds: masked,
      followUpsDue: masked,
      followUpsOnTime: masked,
      followUpOnTimeRate: { value: null, masked: true },
    });
  });

  it('refuses a planner the figures of an area outside theirs', async () => {
    const answer = await reportOf(planner(), 'south');
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
