/**
 * 保留: a finding set aside is hidden from missingLinks until its revisit date and listed under dismissedFindings,
 * then comes back by itself; only those who may change its subject set it aside, and the list shows only what the
 * viewer sees in detail (a restricted person's finding to nobody else).
 */
import { describe, expect, it } from 'vitest';
import { today } from '../../server/shared/dates.js';
import { type Answer, run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const tomorrow = () => new Date(Date.parse(`${today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const dismiss = `mutation($kind: MissingLinkKind!, $s: [ID!]!, $field: String, $on: String!) {
  dismissFinding(kind: $kind, subjectIds: $s, field: $field, reason: PERSON_DECLINES, revisitOn: $on, note: "本人と相談済み") {
    kind subjectIds field reason revisitOn note dismissedBy explanation } }`;
const links = 'query($a: ID!) { missingLinks(areaId: $a, kinds: [UNMET_NEED, WATCH_GAP]) { kind subjectIds field } }';
const setAside = 'query($a: ID!) { dismissedFindings(areaId: $a) { kind subjectIds field revisitOn } }';

const unmetHealth = (answer: Answer) =>
  (answer.data?.missingLinks ?? []).some(
    (f: { kind: string; subjectIds: string[]; field: string }) =>
      f.kind === 'UNMET_NEED' && f.subjectIds[0] === t.id('pro') && f.field === 'HEALTH',
  );

describe('setting a finding aside', () => {
  it('hides it until its revisit date, lists it under 保留中, and shows it again from that day', async () => {
    const coord = t.viewer('coordA');
    expect(unmetHealth(await run(coord, links, { a: t.id('A') }))).toBe(true);
    const answer = await run(coord, dismiss, { kind: 'UNMET_NEED', s: [t.id('pro')], field: 'HEALTH', on: tomorrow() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.dismissFinding).toMatchObject({
      kind: 'UNMET_NEED',
      subjectIds: [t.id('pro')],
      field: 'HEALTH',
      reason: 'PERSON_DECLINES',
      revisitOn: tomorrow(),
      note: '本人と相談済み',
      dismissedBy: coord.username,
    });
    const hidden = await run(coord, links, { a: t.id('A') });
    expect(unmetHealth(hidden)).toBe(false);
    // only that finding: the same person's WATCH_GAP stays
    expect(hidden.data!.missingLinks).toContainEqual({ kind: 'WATCH_GAP', subjectIds: [t.id('pro')], field: null });
    expect((await run(coord, setAside, { a: t.id('A') })).data!.dismissedFindings).toContainEqual({
      kind: 'UNMET_NEED',
      subjectIds: [t.id('pro')],
      field: 'HEALTH',
      revisitOn: tomorrow(),
    });
    // the day comes
    await t.graph.write('MATCH (d:DismissedFinding) WHERE d.subjectIds = $s SET d.revisitOn = $today', {
      s: [t.id('pro')],
      today: today(),
    });
    expect(unmetHealth(await run(coord, links, { a: t.id('A') }))).toBe(true);
    expect((await run(coord, setAside, { a: t.id('A') })).data!.dismissedFindings).toEqual([]);
  });

  it('refuses a revisit date that is not after today, and a finding that is not there', async () => {
    const coord = t.viewer('coordA');
    const now = await run(coord, dismiss, { kind: 'UNMET_NEED', s: [t.id('pro')], field: 'HEALTH', on: today() });
    expect(code(now)).toBe('BAD_USER_INPUT');
    expect(now.errors![0].extensions!.argument).toBe('revisitOn');
    const none = await run(coord, dismiss, { kind: 'UNMET_NEED', s: [t.id('com')], field: 'HEALTH', on: tomorrow() });
    expect(code(none)).toBe('NOT_FOUND');
  });

  it.each<[ViewerName, string]>([
    ['planner', 'FORBIDDEN'],
    ['councilA', 'FORBIDDEN'],
    ['coordB', 'FORBIDDEN'],
  ])('refuses %s setting aside a finding of A', async (viewer, expected) => {
    const answer = await run(t.viewer(viewer), dismiss, {
      kind: 'WATCH_GAP',
      s: [t.id('pro')],
      field: null,
      on: tomorrow(),
    });
    expect(code(answer)).toBe(expected);
    expect(answer.data).toBeNull();
  });

  it.each<ViewerName>(['planner', 'councilA', 'coordB'])('refuses %s the list of A', async (viewer) => {
    expect(code(await run(t.viewer(viewer), setAside, { a: t.id('A') }))).toBe('FORBIDDEN');
  });

  it('keeps a restricted person’s set-aside finding from everyone but whom the policy lets see them', async () => {
    const named = await run(t.viewer('named'), dismiss, {
      kind: 'WATCH_GAP',
      s: [t.id('res')],
      field: null,
      on: tomorrow(),
    });
    expect(named.errors).toBeUndefined();
    const listed = async (viewer: ViewerName) =>
      JSON.stringify((await run(t.viewer(viewer), setAside, { a: t.id('A') })).data).includes(t.id('res'));
    expect(await listed('named')).toBe(true);
    expect(await listed('admin')).toBe(true);
    expect(await listed('coordA')).toBe(false);
    // and coordA cannot set it aside: to them it does not exist
    const coord = await run(t.viewer('coordA'), dismiss, {
      kind: 'WATCH_GAP',
      s: [t.id('res')],
      field: null,
      on: tomorrow(),
    });
    expect(code(coord)).toBe('NOT_FOUND');
  });
});
