/**
 * The matrix for 参加支援 matches: a match is seen exactly when its person is seen in detail; to PLANNER, council
 * members and a coordinator who sees the person only as a stand-in it does not exist (NOT_FOUND, as an unknown id);
 * a restricted person's match exists for ADMIN and the coordinators named for them only; a coordinator changes only
 * matches of people in their areas; every read records the person's disclosure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, run } from '../helpers/api.js';
import { expected, testPolicyTown, type ViewerName, viewerNames } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

const subjects = ['none', 'pro', 'res'] as const;
type Subject = (typeof subjects)[number];
const matchOf: Partial<Record<Subject, string>> = {};

/** Who sees the match of each person: whoever sees the person in detail (the policy town's table). */
const sees = Object.fromEntries(
  viewerNames.map((viewer) => [
    viewer,
    Object.fromEntries(subjects.map((s) => [s, expected[viewer][s] === 'DETAILS'])),
  ]),
) as Record<ViewerName, Record<Subject, boolean>>;
/** Who may change it: ADMIN, or a coordinator of A who sees the person. */
const writes: Record<Subject, ViewerName[]> = {
  none: ['admin', 'coordA', 'named'],
  pro: ['admin', 'coordA', 'named'],
  res: ['admin', 'named'],
};
const seesPeople = (viewer: ViewerName) => !['planner', 'councilA', 'councilB'].includes(viewer);

beforeAll(async () => {
  for (const subject of subjects) {
    const answer = await run(
      t.viewer('admin'),
      'mutation($p: ID!, $h: ID!) { proposeMatch(input: {personId: $p, placeId: $h, note: "本人の希望"}) { id } }',
      { p: t.id(subject), h: t.id('salon') },
    );
    expect(answer.errors).toBeUndefined();
    matchOf[subject] = answer.data!.proposeMatch.id;
  }
});

describe.each(viewerNames)('as %s', (viewer) => {
  const v = () => t.viewer(viewer);

  it.each(subjects)(
    'match(id) of the %s person is shown exactly when the person is seen in detail',
    async (subject) => {
      const answer = await run(v(), 'query($id: ID!) { match(id: $id) { id person { id name } note } }', {
        id: matchOf[subject],
      });
      if (sees[viewer][subject]) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.match).toEqual({
          id: matchOf[subject],
          person: { id: t.id(subject), name: t.name(subject) },
          note: '本人の希望',
        });
        return;
      }
      // the same answer as a match that does not exist: nothing tells that there is one
      const unknown = await run(v(), 'query { match(id: "match-unknown") { id } }');
      expect(code(answer)).toBe('NOT_FOUND');
      expect(code(unknown)).toBe('NOT_FOUND');
      expect(answer.errors![0].message).toBe(`Match "${matchOf[subject]}" does not exist`);
      expect(JSON.stringify(answer)).not.toContain(t.name(subject));
    },
  );

  it('matches(areaId) lists only the matches whose people the viewer sees', async () => {
    const answer = await run(v(), 'query($a: ID!) { matches(areaId: $a) { id } }', { a: t.id('A') });
    if (!seesPeople(viewer) || viewer === 'coordB') {
      expect(code(answer)).toBe('FORBIDDEN');
      expect(answer.data).toBeNull();
      return;
    }
    const ids = answer.data!.matches.map((m: { id: string }) => m.id).sort();
    expect(ids).toEqual(
      subjects
        .filter((s) => sees[viewer][s])
        .map((s) => matchOf[s])
        .sort(),
    );
  });

  it.each(subjects)('follows up the match of the %s person only when the write policy allows', async (subject) => {
    const answer = await run(
      v(),
      'mutation($id: ID!) { recordMatchFollowUp(id: $id, input: {who: "CSW", howItGoes: "楽しそう"}) { id } }',
      { id: matchOf[subject] },
    );
    if (writes[subject].includes(viewer)) {
      expect(answer.errors).toBeUndefined();
      return;
    }
    expect(answer.data).toBeNull();
    // seen but outside the viewer's areas: FORBIDDEN; not seen: as unknown
    expect(code(answer)).toBe(sees[viewer][subject] ? 'FORBIDDEN' : 'NOT_FOUND');
  });

  it('moves on and proposes nothing when the person is not theirs to see', async () => {
    if (sees[viewer].none) return;
    const move = await run(v(), 'mutation($id: ID!) { moveMatch(id: $id, input: {stage: DISCUSSING}) { id } }', {
      id: matchOf.none,
    });
    const propose = await run(
      v(),
      'mutation($p: ID!, $h: ID!) { proposeMatch(input: {personId: $p, placeId: $h}) { id } }',
      { p: t.id('none'), h: t.id('salon') },
    );
    expect([code(move), code(propose)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const [row] = await t.graph.read<{ stage: string; count: number }>(
      'MATCH (m:Match {personId: $p}) RETURN head(collect(m.stage)) AS stage, count(m) AS count',
      { p: t.id('none') },
    );
    expect(row).toEqual({ stage: 'PROPOSED', count: 1 });
  });
});

describe('the record of match reads', () => {
  it('records the person as disclosed in detail when a coordinator reads the match', async () => {
    const viewer = t.viewer('coordA');
    await run(viewer, 'query($id: ID!) { match(id: $id) { id } }', { id: matchOf.pro });
    const [event] = await t.graph.read<{ personIds: string[] }>(
      `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: 'match', username: $u, level: 'DETAILS'})
       RETURN e.personIds AS personIds ORDER BY e.seq DESC LIMIT 1`,
      { u: viewer.username },
    );
    expect(event.personIds).toEqual([t.id('pro')]);
  });
});
