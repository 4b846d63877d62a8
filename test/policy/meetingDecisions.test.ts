/**
 * Decisions a meeting takes about a case (a new plan version, the team, the キーパーソン, the 方針): the change names
 * the meeting, which must have had the case on its agenda and be one the writer sits on; the meeting's agenda then
 * lists what it changed, the plan version and the キーパーソン term which meeting decided them, and the case page
 * lists the case's meetings as far as the viewer sits on their councils.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const argument = (answer: Answer) => answer.errors?.[0]?.extensions?.argument;
let caseId = '';
const meeting: Record<'held' | 'other' | 'elsewhere', string> = { held: '', other: '', elsewhere: '' };

const record = 'mutation($input: MeetingInput!) { recordMeeting(input: $input) { id } }';
const revise = `mutation($id: ID!, $m: ID) { revisePlan(caseId: $id, meetingId: $m,
  items: [{whoId: "%ORG%", what: "週1回の訪問", startOn: "2025-06-01"}]) {
  plan { version decidedAt } meetings { meetingId revised planVersion } } }`;
const update = `mutation($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) {
  keyPersonHistory { person { id } decidedAt } direction meetings { meetingId revised } } }`;
const caseQuery = 'query($id: ID!) { case(id: $id) { meetings { meetingId councilName on basis decision revised } } }';
const agenda = 'query($c: ID!) { meetings(councilId: $c) { id agenda { caseId withheld revised } } }';

const reviseWith = (viewer: ViewerName, meetingId: string | null) =>
  run(t.viewer(viewer), revise.replace('%ORG%', t.id('oA')), { id: caseId, m: meetingId });

beforeAll(async () => {
  await t.graph.write(
    `UNWIND $rows AS row MATCH (a:Area {id: row.area})
     CREATE (:Council {id: row.id, name: row.name, kind: '支援会議', tier: 2})-[:COVERS]->(a)
     WITH row WHERE row.kp IS NOT NULL
     MATCH (a:Area {id: row.area})
     CREATE (:Person {id: row.kp, name: '主任相談支援員', roles: ['PROFESSIONAL'], consent: 'PROFESSIONALS'})-[:LOCATED_IN]->(a)`,
    {
      rows: [
        { id: t.id('cA'), name: 'A支援会議', area: t.id('A'), kp: t.id('kp') },
        { id: t.id('cB'), name: 'B支援会議', area: t.id('B'), kp: null },
      ],
    },
  );
  const opened = await run(
    t.viewer('coordA'),
    'mutation($s: ID!) { openCase(input: {subjectId: $s, route: AGENCY, openedOn: "2025-04-01", direction: "在宅の継続"}) { id } }',
    { s: t.id('pro') },
  );
  expect(opened.errors).toBeUndefined();
  caseId = opened.data!.openCase.id;
  const held = (councilId: string, on: string, cases: string[]) =>
    run(t.viewer('admin'), record, {
      input: {
        councilId,
        on,
        basis: 'SUPPORT_MEETING',
        agenda: cases.map((id) => ({ caseId: id, decision: '方針を確認' })),
      },
    });
  const answers = await Promise.all([
    held(t.id('cA'), '2025-05-20', [caseId]),
    held(t.id('cA'), '2025-05-27', []),
    held(t.id('cB'), '2025-05-21', [caseId]),
  ]);
  for (const answer of answers) expect(answer.errors).toBeUndefined();
  [meeting.held, meeting.other, meeting.elsewhere] = answers.map((answer) => answer.data!.recordMeeting.id);
});

describe('a plan version decided at a meeting', () => {
  it('is refused for a meeting that did not discuss the case, naming meetingId', async () => {
    const answer = await reviseWith('coordA', meeting.other);
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(argument(answer)).toBe('meetingId');
    expect(answer.errors?.[0]?.message).toContain('did not discuss');
  });

  it('is refused, as not found, for a meeting of a council the writer does not sit on, and for a made-up one', async () => {
    for (const id of [meeting.elsewhere, 'meeting-made-up']) {
      const answer = await reviseWith('coordA', id);
      expect(code(answer)).toBe('NOT_FOUND');
    }
    // nothing was written: the case has no plan yet
    const [row] = await t.graph.read<{ plans: number }>(
      'MATCH (c:Case {id: $id}) RETURN COUNT { (c)-[:HAS_PLAN]->() } AS plans',
      { id: caseId },
    );
    expect(row.plans).toBe(0);
  });

  it.each<ViewerName>(['planner', 'councilA', 'coordB'])('is refused to %s', async (viewer) => {
    const answer = await reviseWith(viewer, meeting.held);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(answer));
    expect(answer.data).toBeNull();
  });

  it('names the meeting on the version, and the meeting lists the plan as what it changed', async () => {
    const answer = await reviseWith('coordA', meeting.held);
    expect(answer.errors).toBeUndefined();
    const revised = answer.data!.revisePlan;
    expect(revised.plan).toEqual({ version: 1, decidedAt: meeting.held });
    // the coordinator of A does not sit on B's council: its meeting about the case is not theirs to list
    expect(revised.meetings).toEqual([{ meetingId: meeting.held, revised: ['PLAN'], planVersion: 1 }]);
  });
});

describe('a change of team, キーパーソン or 方針 decided at a meeting', () => {
  it('is refused when nothing a meeting decides changes', async () => {
    const answer = await run(t.viewer('coordA'), update, {
      id: caseId,
      input: { reviewOn: '2025-09-01', meetingId: meeting.held },
    });
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(argument(answer)).toBe('meetingId');
  });

  it('marks the キーパーソン term and the 方針 as decided there', async () => {
    const answer = await run(t.viewer('coordA'), update, {
      id: caseId,
      input: { keyPersonId: t.id('kp'), direction: '就労に向けた支援', meetingId: meeting.held },
    });
    expect(answer.errors).toBeUndefined();
    const changed = answer.data!.updateCase;
    expect(changed.keyPersonHistory).toEqual([{ person: { id: t.id('kp') }, decidedAt: meeting.held }]);
    expect(changed.meetings).toEqual([{ meetingId: meeting.held, revised: ['PLAN', 'KEY_PERSON', 'DIRECTION'] }]);
    // the audit log says which meeting decided it
    const [event] = await t.graph.read<{ changes: string }>(
      `MATCH (e:AuditEvent {kind: 'CHANGE', action: 'updateCase', entityId: $id})
       RETURN e.changes AS changes ORDER BY e.seq DESC LIMIT 1`,
      { id: caseId },
    );
    expect(JSON.parse(event.changes)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'keyPersonDecidedAt', before: null, after: meeting.held }),
        expect.objectContaining({ field: 'meetingDecisions', before: [], after: [`${meeting.held}:DIRECTION`] }),
      ]),
    );
  });
});

describe('the meetings of a case and of a council', () => {
  it('lists for ADMIN every meeting that discussed the case, newest first', async () => {
    const answer = await run(t.viewer('admin'), caseQuery, { id: caseId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.case.meetings).toEqual([
      {
        meetingId: meeting.elsewhere,
        councilName: 'B支援会議',
        on: '2025-05-21',
        basis: 'SUPPORT_MEETING',
        decision: '方針を確認',
        revised: [],
      },
      {
        meetingId: meeting.held,
        councilName: 'A支援会議',
        on: '2025-05-20',
        basis: 'SUPPORT_MEETING',
        decision: '方針を確認',
        revised: ['PLAN', 'KEY_PERSON', 'DIRECTION'],
      },
    ]);
  });

  it('shows a council member what the meeting changed when its basis shares the case, and nothing when not', async () => {
    const answer = await run(t.viewer('councilA'), agenda, { c: t.id('cA') });
    expect(answer.errors).toBeUndefined();
    const item = answer.data!.meetings.find((m: { id: string }) => m.id === meeting.held).agenda[0];
    expect(item).toEqual({ caseId, withheld: false, revised: ['PLAN', 'KEY_PERSON', 'DIRECTION'] });
    // B's council member sees no meeting of A's council
    expect(code(await run(t.viewer('councilB'), agenda, { c: t.id('cA') }))).toBe('NOT_FOUND');
  });

  it('lists for the coordinator of B, who sees the consenting subject, only the meeting of the council they sit on', async () => {
    const answer = await run(t.viewer('coordB'), caseQuery, { id: caseId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.case.meetings.map((m: { meetingId: string }) => m.meetingId)).toEqual([meeting.elsewhere]);
  });

  it.each<ViewerName>(['planner', 'councilA'])('gives %s no case page to list them on', async (viewer) => {
    const answer = await run(t.viewer(viewer), caseQuery, { id: caseId });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(answer));
  });
});
