/**
 * Meetings: each basis shows exactly what it may of the cases on its agenda (支援会議 without consent, 重層的支援会議
 * with it, 協議体 COMMUNITY only, a restricted subject never), opening a case there is recorded as shown at that
 * meeting, and only ADMIN or a coordinator of the council's areas records one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../server/shared/dates.js';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const subjects = ['none', 'pro', 'com', 'res'] as const;
const caseOf: Record<string, string> = {};
const meetingOf: Record<string, string> = {};

const record = `mutation($input: MeetingInput!) { recordMeeting(input: $input) {
  id basis on councilName attendees { id name } agenda { caseId withheld decision } minutes nextOn } }`;
const list = 'query($c: ID!) { meetings(councilId: $c) { id basis agenda { caseId withheld } } }';
const open = `query($m: ID!, $c: ID!) { meetingCase(meetingId: $m, caseId: $c) {
  caseId subject { id name } status direction plan { bySubject who { id name } what status } decision } }`;

beforeAll(async () => {
  await t.graph.write(
    `UNWIND $rows AS row MATCH (a:Area {id: row.area})
     CREATE (:Council {id: row.id, name: row.name, kind: '協議体', tier: 2})-[:COVERS]->(a)`,
    {
      rows: [
        { id: t.id('cA'), name: 'A支援会議', area: t.id('A') },
        { id: t.id('cB'), name: 'B支援会議', area: t.id('B') },
      ],
    },
  );
  for (const subject of subjects) {
    const answer = await run(
      t.viewer('admin'),
      'mutation($s: ID!) { openCase(input: {subjectId: $s, route: AGENCY, direction: "見守りを増やす"}) { id } }',
      { s: t.id(subject) },
    );
    expect(answer.errors).toBeUndefined();
    caseOf[subject] = answer.data!.openCase.id;
  }
  for (const basis of ['SUPPORT_MEETING', 'CONSENTED', 'COUNCIL']) {
    const answer = await run(t.viewer('admin'), record, {
      input: {
        councilId: t.id('cA'),
        on: '2025-05-01',
        basis,
        attendeeIds: [t.id('oA')],
        agenda: subjects.map((s) => ({ caseId: caseOf[s], decision: `${s}の方針を確認` })),
        minutes: '各ケースの方針を確認した',
        nextOn: '2025-06-01',
      },
    });
    expect(answer.errors).toBeUndefined();
    meetingOf[basis] = answer.data!.recordMeeting.id;
  }
});

/** Which subjects' cases each basis shares with a council member. */
const shared: Record<string, string[]> = {
  SUPPORT_MEETING: ['none', 'pro', 'com'],
  CONSENTED: ['pro', 'com'],
  COUNCIL: ['com'],
};

describe.each(Object.keys(shared))('a %s', (basis) => {
  it('lists on its agenda the cases its basis shares, the others only as withheld', async () => {
    const answer = await run(t.viewer('councilA'), list, { c: t.id('cA') });
    expect(answer.errors).toBeUndefined();
    const meeting = answer.data!.meetings.find((m: { id: string }) => m.id === meetingOf[basis]);
    expect(meeting.agenda).toEqual(
      subjects.map((s) =>
        shared[basis].includes(s) ? { caseId: caseOf[s], withheld: false } : { caseId: null, withheld: true },
      ),
    );
  });

  it.each(subjects)('opens the case of the %s person only when the basis shares it', async (subject) => {
    const answer = await run(t.viewer('councilA'), open, { m: meetingOf[basis], c: caseOf[subject] });
    if (!shared[basis].includes(subject)) {
      expect(code(answer)).toBe('FORBIDDEN');
      expect(JSON.stringify(answer)).not.toContain(t.name(subject));
      return;
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.meetingCase).toMatchObject({
      caseId: caseOf[subject],
      subject: { id: t.id(subject), name: t.name(subject) },
      status: 'INTAKE',
      direction: '見守りを増やす',
      decision: `${subject}の方針を確認`,
    });
  });
});

describe('opening a case in a meeting', () => {
  it('is recorded as shown at that meeting', async () => {
    const viewer = t.viewer('councilA');
    await run(viewer, open, { m: meetingOf.SUPPORT_MEETING, c: caseOf.none });
    const [event] = await t.graph.read<{ personIds: string[] }>(
      `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: $action, username: $u, level: 'DETAILS'})
       RETURN e.personIds AS personIds ORDER BY e.seq DESC LIMIT 1`,
      { action: `meetingCase:${meetingOf.SUPPORT_MEETING}`, u: viewer.username },
    );
    expect(event.personIds).toEqual([t.id('none')]);
  });

  it('shows the restricted person’s case to the coordinator named for them, whatever the basis', async () => {
    const answer = await run(t.viewer('named'), open, { m: meetingOf.COUNCIL, c: caseOf.res });
    expect(answer.errors).toBeUndefined();
  });
});

describe('who reads and records meetings', () => {
  it.each<[ViewerName, string | undefined]>([
    ['planner', 'FORBIDDEN'],
    ['councilB', 'NOT_FOUND'],
    ['coordB', 'NOT_FOUND'],
    ['coordA', undefined],
  ])('meetings of A’s council as %s', async (viewer, expected) => {
    const answer = await run(t.viewer(viewer), list, { c: t.id('cA') });
    expect(code(answer)).toBe(expected);
  });

  it('lets A’s coordinator record a meeting of A’s council with the cases they see', async () => {
    const answer = await run(t.viewer('coordA'), record, {
      input: { councilId: t.id('cA'), on: today(), basis: 'CONSENTED', agenda: [{ caseId: caseOf.pro }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordMeeting.agenda).toEqual([{ caseId: caseOf.pro, withheld: false, decision: null }]);
  });

  // a council covering none of a coordinator's areas is one they do not sit on: to them it is not there
  it.each<[ViewerName, string, string]>([
    ['coordA', 'cB', 'NOT_FOUND'],
    ['councilA', 'cA', 'FORBIDDEN'],
    ['planner', 'cA', 'FORBIDDEN'],
  ])('refuses %s recording a meeting of %s', async (viewer, council, expected) => {
    const answer = await run(t.viewer(viewer), record, {
      input: { councilId: t.id(council), on: '2025-05-01', basis: 'SUPPORT_MEETING' },
    });
    expect(code(answer)).toBe(expected);
    expect(answer.data).toBeNull();
  });

  it('refuses a meeting after today, a next date before it, and a case the recorder does not see', async () => {
    const coord = t.viewer('coordA');
    const future = await run(coord, record, { input: { councilId: t.id('cA'), on: '2999-01-01', basis: 'COUNCIL' } });
    expect(future.errors![0].extensions!.argument).toBe('on');
    const next = await run(coord, record, {
      input: { councilId: t.id('cA'), on: '2025-05-01', nextOn: '2025-04-01', basis: 'COUNCIL' },
    });
    expect(next.errors![0].extensions!.argument).toBe('nextOn');
    const hidden = await run(coord, record, {
      input: { councilId: t.id('cA'), on: '2025-05-01', basis: 'SUPPORT_MEETING', agenda: [{ caseId: caseOf.res }] },
    });
    expect(code(hidden)).toBe('NOT_FOUND');
  });
});
