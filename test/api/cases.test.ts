/**
 * Support cases through the API: the status machine and its refusals, plans kept as versions and their ties,
 * monitoring, the キーパーソン's history, closing and the 終結後の確認, and the audit of each change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../server/shared/dates.js';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown } from '../policy/town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const argument = (answer: Answer) => answer.errors?.[0]?.extensions?.argument;

const caseFields = `id status openedOn route subject { id kind name } team { id kind name } referrerNote
  keyPerson { id name } keyPersonHistory { person { id } since until } direction reviewOn
  plan { id version items { id who { id kind } what field startOn reviewOn status tieId } }
  plans { version } monitoring { on who seen outcomes { itemId outcome } nextReviewOn followUp }
  closedOn closeReason followUpOn followUpDoneOn`;

const open = `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${caseFields} } }`;
const update = `mutation($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { ${caseFields} } }`;
const revise = `mutation($id: ID!, $items: [PlanItemInput!]!) { revisePlan(caseId: $id, items: $items) { ${caseFields} } }`;
const monitor = `mutation($id: ID!, $input: MonitoringInput!) { recordMonitoring(caseId: $id, input: $input) { ${caseFields} } }`;
const close = `mutation($id: ID!, $input: CloseCaseInput!) { closeCase(id: $id, input: $input) { ${caseFields} } }`;

beforeAll(async () => {
  // two professionals of A who may hold a case: a キーパーソン and their successor
  await t.graph.write(
    `MATCH (a:Area {id: $area})
     UNWIND $ids AS id
     CREATE (:Person {id: id, name: id, roles: ['PROFESSIONAL'], consent: 'PROFESSIONALS'})-[:LOCATED_IN]->(a)`,
    { area: t.id('A3'), ids: [t.id('kp1'), t.id('kp2')] },
  );
});

describe('a case from intake to its follow-up', () => {
  let caseId = '';
  const coord = () => t.viewer('coordA');

  it('opens a case (受付) with its route, team and キーパーソン, and records the change', async () => {
    const answer = await run(coord(), open, {
      input: {
        subjectId: t.id('none'),
        route: 'COMMUNITY',
        openedOn: '2025-04-01',
        referrerNote: '民生委員から',
        teamIds: [t.id('oA')],
        keyPersonId: t.id('kp1'),
        direction: '在宅生活の継続',
      },
    });
    expect(answer.errors).toBeUndefined();
    const made = answer.data!.openCase;
    caseId = made.id;
    expect(caseId).toMatch(/^case-/);
    expect(caseId).not.toContain('none');
    expect(made).toMatchObject({
      status: 'INTAKE',
      openedOn: '2025-04-01',
      route: 'COMMUNITY',
      subject: { id: t.id('none'), kind: 'Person', name: '青木 一郎' },
      team: [{ id: t.id('oA'), kind: 'Organization', name: 'A地域包括支援センター' }],
      keyPerson: { id: t.id('kp1') },
      keyPersonHistory: [{ person: { id: t.id('kp1') }, since: '2025-04-01', until: null }],
      direction: '在宅生活の継続',
      plan: null,
      plans: [],
    });
    const [event] = await t.graph.read<{ personIds: string[]; changes: string }>(
      `MATCH (e:AuditEvent {kind: 'CHANGE', action: 'openCase', entityId: $id}) RETURN e.personIds AS personIds, e.changes AS changes`,
      { id: caseId },
    );
    expect(event.personIds).toEqual([t.id('none')]);
    expect(JSON.parse(event.changes)).toContainEqual({ field: 'status', before: null, after: 'INTAKE' });
  });

  it('refuses a second open case for the same person', async () => {
    const answer = await run(coord(), open, { input: { subjectId: t.id('none'), route: 'SELF' } });
    expect(code(answer)).toBe('CONFLICT');
  });

  it('refuses a review date before the case opened, and an opening date after today', async () => {
    const early = await run(coord(), update, { id: caseId, input: { reviewOn: '2025-03-01' } });
    expect(code(early)).toBe('BAD_USER_INPUT');
    expect(argument(early)).toBe('reviewOn');
    expect(early.errors![0].message).toContain('before the case was opened');
    const future = await run(coord(), open, {
      input: { subjectId: t.id('pro'), route: 'SELF', openedOn: '2999-01-01' },
    });
    expect(code(future)).toBe('BAD_USER_INPUT');
    expect(argument(future)).toBe('openedOn');
  });

  it('moves INTAKE → ASSESSMENT only, and to ACTIVE only with a plan; never to CLOSED without a reason', async () => {
    const skip = await run(coord(), update, { id: caseId, input: { status: 'ACTIVE' } });
    expect(code(skip)).toBe('BAD_USER_INPUT');
    expect(skip.errors![0].message).toContain('moves on only to ASSESSMENT');
    const closing = await run(coord(), update, { id: caseId, input: { status: 'CLOSED' } });
    expect(closing.errors![0].message).toContain('closeCase');
    const assess = await run(coord(), update, { id: caseId, input: { status: 'ASSESSMENT' } });
    expect(assess.errors).toBeUndefined();
    expect(assess.data!.updateCase.status).toBe('ASSESSMENT');
    const noPlan = await run(coord(), update, { id: caseId, input: { status: 'ACTIVE' } });
    expect(noPlan.errors![0].message).toContain('with a plan');
  });

  it('refuses a plan item reviewed before the case opened, and one by an organization outside the areas', async () => {
    const early = await run(coord(), revise, {
      id: caseId,
      items: [{ whoId: t.id('kp1'), what: '訪問', startOn: '2025-04-10', reviewOn: '2025-03-31' }],
    });
    expect(code(early)).toBe('BAD_USER_INPUT');
    expect(argument(early)).toBe('reviewOn');
    const outside = await run(coord(), revise, {
      id: caseId,
      items: [{ whoId: t.id('oB'), what: '相談', startOn: '2025-04-10' }],
    });
    // as for createTie: an organization outside the coordinator's reach is, to them, none they can name
    expect(code(outside)).toBe('NOT_FOUND');
  });

  it('makes a plan: the case is ACTIVE, the item that connects someone is a tie from its start', async () => {
    const answer = await run(coord(), revise, {
      id: caseId,
      items: [
        { whoId: t.id('kp2'), what: '週1回の訪問', field: 'ELDERLY', startOn: '2025-04-10', reviewOn: '2025-07-01' },
        { whoId: t.id('oA'), what: '介護保険の申請', field: '高齢', startOn: '2025-04-10', reviewOn: '2025-06-01' },
      ],
    });
    expect(answer.errors).toBeUndefined();
    const made = answer.data!.revisePlan;
    expect(made.status).toBe('ACTIVE');
    expect(made.reviewOn).toBe('2025-06-01');
    expect(made.plan.version).toBe(1);
    const [visit, apply] = made.plan.items;
    expect(apply.field).toBe('ELDERLY');
    const [tie] = await t.graph.read<{ since: string; until: string | null; from: string }>(
      'MATCH (a)-[r:SUPPORTS {id: $id}]->(:Person {id: $p}) RETURN r.since AS since, r.until AS until, a.id AS from',
      { id: visit.tieId, p: t.id('none') },
    );
    expect(tie).toEqual({ since: '2025-04-10', until: null, from: t.id('kp2') });
    // oA supports this person already: the item stands on that tie rather than a second one
    const [existing] = await t.graph.read<{ id: string }>(
      'MATCH (:Organization {id: $o})-[r:SUPPORTS]->(:Person {id: $p}) RETURN r.id AS id',
      { o: t.id('oA'), p: t.id('none') },
    );
    expect(apply.tieId).toBe(existing.id);
  });

  it('keeps the old plan when it is revised, and ends the tie of an item that stopped', async () => {
    const before = (await run(coord(), `query($id: ID!) { case(id: $id) { ${caseFields} } }`, { id: caseId })).data!
      .case;
    const answer = await run(coord(), revise, {
      id: caseId,
      items: [
        { whoId: t.id('kp2'), what: '週1回の訪問', startOn: '2025-04-10', status: 'STOPPED' },
        { whoId: t.id('oA'), what: '介護保険の申請', startOn: '2025-04-10', reviewOn: '2025-09-01', status: 'ONGOING' },
      ],
    });
    expect(answer.errors).toBeUndefined();
    const revised = answer.data!.revisePlan;
    expect(revised.plan.version).toBe(2);
    expect(revised.plans.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    expect(revised.reviewOn).toBe('2025-09-01');
    const [tie] = await t.graph.read<{ until: string | null }>(
      'MATCH ()-[r:SUPPORTS {id: $id}]->() RETURN r.until AS until',
      {
        id: before.plan.items[0].tieId,
      },
    );
    expect(tie.until).toBe(today());
  });

  it('records a monitoring with outcomes per item and the next review; refuses an item of no current plan', async () => {
    const current = (await run(coord(), `query($id: ID!) { case(id: $id) { plan { items { id } } } }`, { id: caseId }))
      .data!.case.plan.items;
    const wrong = await run(coord(), monitor, {
      id: caseId,
      input: { who: 'kp1', seen: '変化なし', outcomes: [{ itemId: 'item-nothing', outcome: '—' }] },
    });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    const answer = await run(coord(), monitor, {
      id: caseId,
      input: {
        on: '2025-06-01',
        who: '担当CSW',
        seen: '申請が済み、本人は落ち着いている',
        outcomes: [{ itemId: current[1].id, outcome: '達成に近い' }],
        nextReviewOn: '2025-08-01',
      },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordMonitoring.reviewOn).toBe('2025-08-01');
    expect(answer.data!.recordMonitoring.monitoring[0]).toMatchObject({
      on: '2025-06-01',
      outcomes: [{ itemId: current[1].id, outcome: '達成に近い' }],
      nextReviewOn: '2025-08-01',
      followUp: false,
    });
  });

  it('changes the キーパーソン and keeps the history; refuses a resident as キーパーソン', async () => {
    const resident = await run(coord(), update, { id: caseId, input: { keyPersonId: t.id('none') } });
    expect(code(resident)).toBe('BAD_USER_INPUT');
    expect(argument(resident)).toBe('keyPersonId');
    const answer = await run(coord(), update, { id: caseId, input: { keyPersonId: t.id('kp2') } });
    expect(answer.errors).toBeUndefined();
    const changed = answer.data!.updateCase;
    expect(changed.keyPerson.id).toBe(t.id('kp2'));
    expect(changed.keyPersonHistory).toEqual([
      { person: { id: t.id('kp1') }, since: '2025-04-01', until: today() },
      { person: { id: t.id('kp2') }, since: today(), until: null },
    ]);
  });

  it('closes with a reason; refuses a follow-up before the closing and a closing before the opening', async () => {
    const follow = await run(coord(), close, {
      id: caseId,
      input: { reason: 'GOAL_MET', closedOn: '2025-09-01', followUpOn: '2025-08-01' },
    });
    expect(argument(follow)).toBe('followUpOn');
    const early = await run(coord(), close, { id: caseId, input: { reason: 'GOAL_MET', closedOn: '2025-01-01' } });
    expect(argument(early)).toBe('closedOn');
    const answer = await run(coord(), close, {
      id: caseId,
      input: { reason: 'GOAL_MET', closedOn: '2025-09-01', followUpOn: '2025-12-01' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.closeCase).toMatchObject({
      status: 'CLOSED',
      closedOn: '2025-09-01',
      closeReason: 'GOAL_MET',
      followUpOn: '2025-12-01',
      reviewOn: null,
    });
  });

  it('refuses a plan, a change or a second closing for a closed case', async () => {
    const plan = await run(coord(), revise, {
      id: caseId,
      items: [{ whoId: t.id('oA'), what: 'x', startOn: '2025-10-01' }],
    });
    expect(code(plan)).toBe('BAD_USER_INPUT');
    expect(plan.errors![0].message).toContain('closed');
    const change = await run(coord(), update, { id: caseId, input: { direction: '再開' } });
    expect(change.errors![0].message).toContain('closed');
    const again = await run(coord(), close, { id: caseId, input: { reason: 'OTHER' } });
    expect(again.errors![0].message).toContain('closed');
  });

  it('records the 終結後の確認 as a monitoring of the closed case, with no next review', async () => {
    const withReview = await run(coord(), monitor, {
      id: caseId,
      input: { who: '担当CSW', seen: '元気', nextReviewOn: '2026-12-01' },
    });
    expect(argument(withReview)).toBe('nextReviewOn');
    const answer = await run(coord(), monitor, {
      id: caseId,
      input: { on: '2025-12-01', who: '担当CSW', seen: '元気に暮らしている' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordMonitoring.followUpDoneOn).toBe('2025-12-01');
    expect(answer.data!.recordMonitoring.monitoring[0].followUp).toBe(true);
  });

  it('opens a new case for the same person once the old one is closed, and lists both by status', async () => {
    const answer = await run(coord(), open, { input: { subjectId: t.id('none'), route: 'SELF' } });
    expect(answer.errors).toBeUndefined();
    const list = await run(coord(), 'query($a: ID!) { cases(areaId: $a, status: CLOSED) { id } }', { a: t.id('A') });
    expect(list.data!.cases).toEqual([{ id: caseId }]);
    const mine = await run(coord(), 'query($a: ID!, $s: ID) { cases(areaId: $a, subjectId: $s) { id status } }', {
      a: t.id('A'),
      s: t.id('none'),
    });
    expect(mine.data!.cases).toHaveLength(2);
  });
});

describe('cases of a household', () => {
  it('opens a case about a household, shown with the household as its subject', async () => {
    const answer = await run(t.viewer('admin'), open, { input: { subjectId: t.id('hB'), route: 'AGENCY' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.openCase.subject).toEqual({ id: t.id('hB'), kind: 'Household', name: '東世帯' });
  });

  it('makes a plan whose item the household does itself, with no tie', async () => {
    const [row] = await t.graph.read<{ id: string }>('MATCH (c:Case {subjectId: $s}) RETURN c.id AS id', {
      s: t.id('hB'),
    });
    const answer = await run(t.viewer('admin'), revise, {
      id: row.id,
      items: [{ whoId: t.id('hB'), what: '家族で話し合う', startOn: today() }],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.revisePlan.plan.items).toMatchObject([
      { who: { id: t.id('hB'), kind: 'Household' }, what: '家族で話し合う', tieId: null },
    ]);
  });

  it('refuses a case about an organization', async () => {
    const answer = await run(t.viewer('admin'), open, { input: { subjectId: t.id('oA'), route: 'AGENCY' } });
    expect(argument(answer)).toBe('subjectId');
  });
});
