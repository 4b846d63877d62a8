/**
 * The write matrix: every mutation, for each role, inside and outside the viewer's areas. ADMIN writes anything; a
 * COORDINATOR only what lies wholly inside their areas (old and new area, the household joined, both ends of a tie,
 * every area served or covered); PLANNER and COUNCIL_MEMBER change nothing. Every change is audited before → after.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from './town.js';

const t = testPolicyTown();

const code = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code;

/** Each mutation with the viewers that may make it; every other viewer is refused and nothing changes. */
let calls = 0;
/** A new start date for each call, so that the same tie made twice is two ties, not a conflict. */
const since = () => `2020-01-${String((calls++ % 28) + 1).padStart(2, '0')}`;

const mutations: { name: string; query: string; variables: () => Record<string, unknown>; allowed: ViewerName[] }[] = [
  {
    name: 'renaming a NONE-consent person of A',
    query: 'mutation($id: ID!) { updatePerson(id: $id, input: {ageBand: "80代"}) { id } }',
    variables: () => ({ id: t.id('none') }),
    allowed: ['admin', 'coordA', 'named'],
  },
  {
    name: "changing a PROFESSIONALS-consent person of A (whom B's coordinator may read)",
    query: 'mutation($id: ID!) { updatePerson(id: $id, input: {interests: ["将棋"]}) { id } }',
    variables: () => ({ id: t.id('pro') }),
    allowed: ['admin', 'coordA', 'named'],
  },
  {
    name: "joining a person of A to B's household",
    query: 'mutation($id: ID!, $h: ID!) { updatePerson(id: $id, input: {householdId: $h}) { id } }',
    variables: () => ({ id: t.id('pro'), h: t.id('hB') }),
    allowed: ['admin'],
  },
  {
    name: 'changing the restricted person',
    query: 'mutation($id: ID!) { updatePerson(id: $id, input: {ageBand: "30代"}) { id } }',
    variables: () => ({ id: t.id('res') }),
    allowed: ['admin', 'named'],
  },
  {
    name: 'a tie between people of A and B',
    query: 'mutation($s: ID!, $d: ID!) { createTie(input: {sourceId: $s, targetId: $d, type: "FRIEND"}) { id } }',
    variables: () => ({ s: t.id('pro'), d: t.id('pB') }),
    allowed: ['admin'],
  },
  {
    name: "B's organization supporting a person of A",
    query: 'mutation($s: ID!, $d: ID!) { createTie(input: {sourceId: $s, targetId: $d, type: "SUPPORTS"}) { id } }',
    variables: () => ({ s: t.id('oB'), d: t.id('com') }),
    allowed: ['admin'],
  },
  {
    name: 'a friendship between two people of A',
    query:
      'mutation($s: ID!, $d: ID!, $since: String) { createTie(input: {sourceId: $s, targetId: $d, type: "FRIEND", since: $since}) { id } }',
    variables: () => ({ s: t.id('none'), d: t.id('com'), since: since() }),
    allowed: ['admin', 'coordA', 'named'],
  },
  {
    name: "A's organization serving B",
    query: 'mutation($id: ID!, $b: ID!, $a: ID!) { updateOrganization(id: $id, input: {serves: [$a, $b]}) { id } }',
    variables: () => ({ id: t.id('oA'), a: t.id('A'), b: t.id('B') }),
    allowed: ['admin'],
  },
  {
    name: 'a hub in B',
    query: 'mutation($id: ID!, $b: ID!) { createHub(id: $id, input: {name: "B3食堂", areaId: $b}) { id } }',
    variables: () => ({ id: `${t.id('newHub')}-${Math.random().toString(36).slice(2, 8)}`, b: t.id('B3') }),
    allowed: ['admin', 'coordB'],
  },
  {
    name: 'a council covering A and B',
    query:
      'mutation($id: ID!, $a: ID!, $b: ID!) { createCouncil(id: $id, input: {name: "合同会議", tier: 2, covers: [$a, $b]}) { id } }',
    variables: () => ({
      id: `${t.id('council')}-${Math.random().toString(36).slice(2, 8)}`,
      a: t.id('A'),
      b: t.id('B'),
    }),
    allowed: ['admin'],
  },
  {
    name: 'moving a person of B to A',
    query: 'mutation($id: ID!, $to: ID!) { updatePerson(id: $id, input: {areaId: $to}) { id } }',
    variables: () => ({ id: t.id('pB'), to: t.id('A3') }),
    allowed: ['admin'],
  },
  {
    name: 'marking a person restricted',
    query: 'mutation($id: ID!) { updatePerson(id: $id, input: {consent: "RESTRICTED"}) { id } }',
    variables: () => ({ id: t.id('pB') }),
    allowed: ['admin'],
  },
];

describe.each(mutations)('$name', ({ query, variables, allowed }) => {
  // ADMIN last: what an admin may do (move a person to B) would change what the others are asked about
  it.each(['coordA', 'coordB', 'named', 'planner', 'councilA', 'councilB', 'admin'] as ViewerName[])(
    'as %s',
    async (viewer) => {
      const answer = await run(t.viewer(viewer), query, variables());
      if (allowed.includes(viewer)) {
        expect(answer.errors?.[0]?.message).toBeUndefined();
      } else {
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(answer));
        expect(answer.data).toBeNull();
      }
    },
  );
});

describe('deleting and ending', () => {
  it("refuses a coordinator of B deleting a tie of A, and deleting or ending a person of A; A's coordinator may", async () => {
    const graph = t.graph;
    const [{ id }] = await graph.read<{ id: string }>(
      'MATCH (:Person {id: $from})-[r:WATCHES_OVER]->(:Person {id: $to}) RETURN r.id AS id',
      { from: t.id('com'), to: t.id('none') },
    );
    const end = 'mutation($id: ID!) { updateTie(id: $id, input: {until: "2026-01-01"}) { id } }';
    // the watched person has no consent: to B's coordinator the tie does not exist
    expect(code(await run(t.viewer('coordB'), end, { id }))).toBe('NOT_FOUND');
    expect(code(await run(t.viewer('planner'), 'mutation($id: ID!) { deleteTie(id: $id) }', { id }))).toBe('FORBIDDEN');
    expect(
      code(await run(t.viewer('coordB'), 'mutation($id: ID!) { deletePerson(id: $id) }', { id: t.id('none') })),
    ).toBe('NOT_FOUND');
    expect((await run(t.viewer('coordA'), end, { id })).errors?.[0]?.message).toBeUndefined();
  });
});

describe('accepting a suggestion', () => {
  it('takes up only ids the finding suggests, never made-up ones', async () => {
    const made = await run(
      t.viewer('coordA'),
      `mutation($s: [ID!]!, $x: [ID!]!) {
      acceptSuggestion(kind: WATCH_GAP, subjectIds: $s, suggestedIds: $x) { tieIds } }`,
      { s: [t.id('pro')], x: [t.id('pB')] },
    );
    expect(code(made)).toBe('BAD_USER_INPUT');
    const hidden = await run(
      t.viewer('coordA'),
      `mutation($s: [ID!]!, $x: [ID!]!) {
      acceptSuggestion(kind: WATCH_GAP, subjectIds: $s, suggestedIds: $x) { tieIds } }`,
      { s: [t.id('res')], x: [t.id('com')] },
    );
    expect(code(hidden)).toBe('NOT_FOUND');
    const planner = await run(
      t.viewer('planner'),
      `mutation($s: [ID!]!, $x: [ID!]!) {
      acceptSuggestion(kind: WATCH_GAP, subjectIds: $s, suggestedIds: $x) { tieIds } }`,
      { s: [t.id('pro')], x: [t.id('com')] },
    );
    expect(code(planner)).toBe('FORBIDDEN');
  });
});

describe('the audit of changes', () => {
  it('records a change field by field, before and after, with who made it', async () => {
    const graph = t.graph;
    const viewer = t.viewer('coordA');
    const answer = await run(
      viewer,
      'mutation($id: ID!) { updatePerson(id: $id, input: {needs: ["ELDERLY", "HOUSING"]}) { id } }',
      { id: t.id('none') },
    );
    expect(answer.errors).toBeUndefined();
    const [event] = await graph.read<{ changes: string; personIds: string[] }>(
      `MATCH (e:AuditEvent {kind: 'CHANGE', action: 'updatePerson', username: $user, entityId: $id})
       RETURN e.changes AS changes, e.personIds AS personIds ORDER BY e.seq DESC LIMIT 1`,
      { user: viewer.username, id: t.id('none') },
    );
    expect(event.personIds).toEqual([t.id('none')]);
    expect(JSON.parse(event.changes)).toContainEqual({
      field: 'needs',
      before: ['ELDERLY'],
      after: ['ELDERLY', 'HOUSING'],
    });
  });
});

describe('case conferences named before', () => {
  it('are renamed so that no council carries a household’s name', async () => {
    const graph = t.graph;
    const { renameCaseConferences } = await import('../../server/councils/caseConferenceNames.js');
    await graph.write(
      `MATCH (a:Area {id: $area}) CREATE (c:Council {id: $id, name: '野口 麻衣 世帯ケース会議', kind: 'ケース会議', householdId: $h})-[:COVERS]->(a)`,
      { area: t.id('A3'), id: t.id('oldCase'), h: t.id('hres') },
    );
    await run(t.viewer('admin'), '{ me { username } }'); // the app (and its key) is up
    expect(await renameCaseConferences(graph)).toBeGreaterThanOrEqual(1);
    const [row] = await graph.read<{ id: string; name: string }>(
      'MATCH (c:Council {householdId: $h}) RETURN c.id AS id, c.name AS name',
      { h: t.id('hres') },
    );
    expect(row.name).toBe('ケース会議（A3）');
    expect(row.id).toMatch(/^case-/);
    expect(row.id).not.toContain('hres');
  });
});
