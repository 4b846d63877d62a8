/**
 * 参加支援 matches through the API: every stage change and its refusals, the tie made at 参加開始 and ended at
 * 終結, follow-ups and their dates, a match declined before it began, and a follow-up due on the work list.
 */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../server/shared/dates.js';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown } from '../policy/town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const argument = (answer: Answer) => answer.errors?.[0]?.extensions?.argument;
const message = (answer: Answer) => answer.errors?.[0]?.message;

const fields = `id stage role proposedOn startedOn endedOn nextFollowUpOn tieId person { id } place { id kind name }
  steps { stage on by } followUps { on who howItGoes hostConcerns nextOn }`;
const propose = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${fields} } }`;
const move = `mutation($id: ID!, $input: MoveMatchInput!) { moveMatch(id: $id, input: $input) { ${fields} } }`;
const followUp = `mutation($id: ID!, $input: FollowUpInput!) { recordMatchFollowUp(id: $id, input: $input) { ${fields} } }`;
const tieOf = `MATCH (:Person {id: $p})-[t:PARTICIPATES_IN]->(x) WHERE x.id = $x
  RETURN t.id AS id, t.since AS since, t.until AS until, t.matchId AS matchId`;

const now = today();
const coord = () => t.viewer('coordA');

describe('a match from 提案 to 終結', () => {
  let id = '';
  const step = (stage: string, on?: string, nextFollowUpOn?: string) =>
    run(coord(), move, { id, input: { stage, on, nextFollowUpOn } });

  it('proposes a match (提案) of a person to a hub with a role, and makes no tie', async () => {
    const answer = await run(coord(), propose, {
      input: { personId: t.id('com'), placeId: t.id('salon'), role: 'HELPER' },
    });
    expect(answer.errors).toBeUndefined();
    id = answer.data!.proposeMatch.id;
    expect(answer.data!.proposeMatch).toEqual({
      id,
      stage: 'PROPOSED',
      role: 'HELPER',
      proposedOn: now,
      startedOn: null,
      endedOn: null,
      nextFollowUpOn: null,
      tieId: null,
      person: { id: t.id('com') },
      place: { id: t.id('salon'), kind: 'Hub', name: 'A3サロン' },
      steps: [{ stage: 'PROPOSED', on: now, by: coord().username }],
      followUps: [],
    });
    expect(await t.graph.read(tieOf, { p: t.id('com'), x: t.id('salon') })).toEqual([]);
  });

  it('refuses a second match of the same person to the same place while the first goes on', async () => {
    const answer = await run(coord(), propose, { input: { personId: t.id('com'), placeId: t.id('salon') } });
    expect(code(answer)).toBe('CONFLICT');
    expect(argument(answer)).toBe('placeId');
  });

  it('refuses skipping a stage: no 参加開始 before 本人と相談中, no 定着 before 参加開始', async () => {
    const early = await step('STARTED');
    expect(code(early)).toBe('BAD_USER_INPUT');
    expect(argument(early)).toBe('stage');
    expect(message(early)).toBe(
      'a match in PROPOSED (提案) moves on only to DISCUSSING (本人と相談中) or DECLINED (本人辞退)',
    );
    expect((await step('DISCUSSING')).errors).toBeUndefined();
    const settled = await step('SETTLED');
    expect(message(settled)).toBe(
      'a match in DISCUSSING (本人と相談中) moves on only to STARTED (参加開始) or DECLINED (本人辞退)',
    );
  });

  it('refuses a stage dated before the one before it, or after today', async () => {
    const before = await step('STARTED', addDays(now, -1));
    expect(code(before)).toBe('BAD_USER_INPUT');
    expect(argument(before)).toBe('on');
    expect(message(before)).toBe(
      `on (${addDays(now, -1)}) is before the match reached DISCUSSING (本人と相談中) (${now})`,
    );
    const later = await step('STARTED', addDays(now, 1));
    expect(argument(later)).toBe('on');
    expect(message(later)).toContain('after today');
  });

  it('makes the tie to the place at 参加開始, from that day, with the first follow-up two weeks on', async () => {
    const answer = await step('STARTED');
    expect(answer.errors).toBeUndefined();
    const match = answer.data!.moveMatch;
    expect(match).toMatchObject({ stage: 'STARTED', startedOn: now, nextFollowUpOn: addDays(now, 14) });
    const [tie] = await t.graph.read<{ id: string; since: string; until: string | null; matchId: string }>(tieOf, {
      p: t.id('com'),
      x: t.id('salon'),
    });
    expect(tie).toEqual({ id: match.tieId, since: now, until: null, matchId: id });
  });

  it('refuses a follow-up dated before the match began, naming the field', async () => {
    const answer = await run(coord(), followUp, {
      id,
      input: { on: addDays(now, -3), who: '生活支援コーディネーター', howItGoes: '楽しそう' },
    });
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(argument(answer)).toBe('on');
    expect(message(answer)).toBe(`on (${addDays(now, -3)}) is before the match began (${now})`);
    const next = await run(coord(), followUp, {
      id,
      input: { who: 'CSW', howItGoes: '楽しそう', nextOn: addDays(now, -1) },
    });
    expect(argument(next)).toBe('nextOn');
  });

  it('records a follow-up with the host’s worries and the next date', async () => {
    const answer = await run(coord(), followUp, {
      id,
      input: { who: 'サロン代表', howItGoes: '毎週来ている', hostConcerns: '送迎が心配', nextOn: addDays(now, 5) },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordMatchFollowUp).toMatchObject({
      nextFollowUpOn: addDays(now, 5),
      followUps: [
        { on: now, who: 'サロン代表', howItGoes: '毎週来ている', hostConcerns: '送迎が心配', nextOn: addDays(now, 5) },
      ],
    });
  });

  it('shows the follow-up due on the coordinator’s work list', async () => {
    const answer = await run(coord(), '{ workList { matchFollowUpsDue { id nextFollowUpOn } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.workList.matchFollowUpsDue).toContainEqual({ id, nextFollowUpOn: addDays(now, 5) });
  });

  it('settles (定着), then ends (終結): the tie ends that day and nothing changes after', async () => {
    expect((await step('SETTLED')).data!.moveMatch).toMatchObject({
      stage: 'SETTLED',
      nextFollowUpOn: addDays(now, 5),
    });
    const ended = await step('ENDED');
    expect(ended.data!.moveMatch).toMatchObject({ stage: 'ENDED', endedOn: now, nextFollowUpOn: null });
    expect(ended.data!.moveMatch.steps.map((s: { stage: string }) => s.stage)).toEqual([
      'PROPOSED',
      'DISCUSSING',
      'STARTED',
      'SETTLED',
      'ENDED',
    ]);
    const [tie] = await t.graph.read<{ until: string }>(tieOf, { p: t.id('com'), x: t.id('salon') });
    expect(tie.until).toBe(now);
    expect(message(await step('STARTED'))).toBe('a match in ENDED (終結) does not change; propose a new match instead');
    const late = await run(coord(), followUp, { id, input: { who: 'CSW', howItGoes: '-' } });
    expect(argument(late)).toBe('id');
  });
});

describe('a match declined by the person (本人辞退)', () => {
  it('is declined before it begins, to an organization, with no tie ever made', async () => {
    const made = await run(coord(), propose, {
      input: { personId: t.id('none'), placeId: t.id('oA'), role: 'WORK_EXPERIENCE' },
    });
    expect(made.data!.proposeMatch.place).toEqual({
      id: t.id('oA'),
      kind: 'Organization',
      name: 'A地域包括支援センター',
    });
    const id = made.data!.proposeMatch.id;
    expect((await run(coord(), move, { id, input: { stage: 'DISCUSSING' } })).errors).toBeUndefined();
    const declined = await run(coord(), move, { id, input: { stage: 'DECLINED' } });
    expect(declined.data!.moveMatch).toMatchObject({ stage: 'DECLINED', endedOn: now, tieId: null });
    expect(await t.graph.read(tieOf, { p: t.id('none'), x: t.id('oA') })).toEqual([]);
    const again = await run(coord(), move, { id, input: { stage: 'STARTED' } });
    expect(message(again)).toBe('a match in DECLINED (本人辞退) does not change; propose a new match instead');
  });

  it('refuses a place that is not a hub or an organization', async () => {
    const answer = await run(coord(), propose, { input: { personId: t.id('none'), placeId: t.id('pro') } });
    expect(code(answer)).toBe('BAD_USER_INPUT');
    expect(argument(answer)).toBe('placeId');
  });
});
