/**
 * 今日の仕事 through the API: reviews due and overdue, 終結後の確認 due, cases without a キーパーソン and findings new
 * since the last visit, each only as the case and finding policies allow; PLANNER and COUNCIL_MEMBER have none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../server/shared/dates.js';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const query = `{ workList { today until lastVisitAt
  reviewsDue { id subject { id } } reviewsOverdue { id } followUpsDue { id } withoutKeyPerson { id }
  meetingsThisWeek { councilId nextOn agenda { caseId } }
  newFindings { kind subjectIds field } } }`;
const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();

const cases: Record<string, string> = {};
async function openCase(subject: string, input: Record<string, unknown>) {
  const answer = await run(t.viewer('admin'), 'mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }', {
    input: { subjectId: t.id(subject), route: 'SELF', openedOn: '2025-01-01', ...input },
  });
  expect(answer.errors).toBeUndefined();
  cases[subject] = answer.data!.openCase.id;
}

beforeAll(async () => {
  await openCase('none', { reviewOn: '2025-02-01' });
  await openCase('pro', { reviewOn: today() });
  await openCase('res', { reviewOn: today() });
  await openCase('com', {});
  const closed = await run(
    t.viewer('admin'),
    'mutation($id: ID!, $on: String) { closeCase(id: $id, input: {reason: MOVED, closedOn: "2025-03-01", followUpOn: $on}) { id } }',
    { id: cases.com, on: today() },
  );
  expect(closed.errors).toBeUndefined();
  // A's council met today and meets again tomorrow
  await t.graph.write(
    `MATCH (a:Area {id: $area}) CREATE (:Council {id: $id, name: 'A会議', kind: '地域ケア会議', tier: 2})-[:COVERS]->(a)`,
    { area: t.id('A'), id: t.id('cA') },
  );
  const met = await run(t.viewer('admin'), 'mutation($input: MeetingInput!) { recordMeeting(input: $input) { id } }', {
    input: {
      councilId: t.id('cA'),
      on: today(),
      nextOn: tomorrow(),
      basis: 'CONSENTED',
      agenda: [{ caseId: cases.pro }],
    },
  });
  expect(met.errors).toBeUndefined();
});

function tomorrow(): string {
  return new Date(Date.parse(`${today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('the work list', () => {
  it('lists the coordinator’s reviews due and overdue, follow-ups and cases without a キーパーソン', async () => {
    const answer = await run(t.viewer('coordA'), query);
    expect(answer.errors).toBeUndefined();
    const list = answer.data!.workList;
    expect(list.today).toBe(today());
    expect(ids(list.reviewsDue)).toEqual([cases.pro]);
    expect(ids(list.reviewsOverdue)).toEqual([cases.none]);
    expect(ids(list.followUpsDue)).toEqual([cases.com]);
    expect(ids(list.withoutKeyPerson)).toEqual([cases.none, cases.pro].sort());
    expect(list.meetingsThisWeek).toEqual([
      { councilId: t.id('cA'), nextOn: tomorrow(), agenda: [{ caseId: cases.pro }] },
    ]);
    // the restricted person's case is on no list of theirs
    expect(JSON.stringify(list)).not.toContain(t.id('res'));
  });

  it('shows the restricted person’s case to the coordinator named for them', async () => {
    const list = (await run(t.viewer('named'), query)).data!.workList;
    expect(ids(list.reviewsDue)).toEqual([cases.pro, cases.res].sort());
  });

  it('keeps to the viewer’s own areas: B’s coordinator has nothing of A', async () => {
    const list = (await run(t.viewer('coordB'), query)).data!.workList;
    expect([...list.reviewsDue, ...list.reviewsOverdue, ...list.followUpsDue, ...list.withoutKeyPerson]).toEqual([]);
    expect(list.meetingsThisWeek).toEqual([]);
  });

  it('counts a finding as new only until the visit that showed it', async () => {
    const viewer = { ...t.viewer('coordA'), username: `${t.prefix}visitor` };
    const first = (await run(viewer, query)).data!.workList;
    expect(first.lastVisitAt).toBeNull();
    expect(first.newFindings.length).toBeGreaterThan(0);
    const disclosed = () =>
      t.graph.read<{ personIds: string[] }>(
        `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: 'missingLinks', username: $u})
         RETURN e.personIds AS personIds ORDER BY e.seq`,
        { u: viewer.username },
      );
    const afterFirst = await disclosed();
    // the first visit shows its findings' people, and records them
    expect(afterFirst.flatMap((event) => event.personIds)).toContain(t.id('com'));
    const second = (await run(viewer, query)).data!.workList;
    expect(second.lastVisitAt).not.toBeNull();
    expect(second.newFindings).toEqual([]);
    // the second shows no finding, and records no one as shown
    expect(await disclosed()).toEqual(afterFirst);
    await t.graph.write("MATCH (p:Person {id: $id}) SET p.needs = ['HOUSING']", { id: t.id('com') });
    try {
      const third = (await run(viewer, query)).data!.workList;
      expect(third.newFindings).toContainEqual({ kind: 'UNMET_NEED', subjectIds: [t.id('com')], field: 'HOUSING' });
    } finally {
      await t.graph.write('MATCH (p:Person {id: $id}) SET p.needs = []', { id: t.id('com') });
    }
  });

  it.each<ViewerName>(['planner', 'councilA', 'councilB'])('is refused to %s', async (viewer) => {
    const answer = await run(t.viewer(viewer), query);
    expect(code(answer)).toBe('FORBIDDEN');
    expect(answer.data).toBeNull();
  });
});
