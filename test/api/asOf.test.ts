/**
 * The map and the ecomap as of a past day, through the API, on a hand-made town: a tie that began later is absent
 * (with ended ties asked for too), a tie that ended since is there, as active, on a day before it ended; today's
 * answers the other way round; a day after today or no day at all is refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import { UserRole } from '../../server/auth/viewer.js';
import { today } from '../../server/shared/dates.js';
import { run, viewerOf } from '../helpers/api.js';
import { testTown } from '../helpers/town.js';

const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'east', tier: 2, parent: 'city' },
    { id: 'e1', tier: 3, parent: 'east' },
  ],
  people: [
    { id: 'kiyo', name: '石黒キヨ', area: 'e1', consent: 'COMMUNITY' },
    { id: 'old', name: '古い友人', area: 'e1', consent: 'COMMUNITY' },
    { id: 'new', name: '新しい友人', area: 'e1', consent: 'COMMUNITY' },
    { id: 'gone', name: '引っ越した隣人', area: 'e1', consent: 'COMMUNITY' },
  ],
  ties: [
    { from: 'old', to: 'kiyo', type: 'FRIEND', since: '2015-04-01' },
    { from: 'new', to: 'kiyo', type: 'FRIEND', since: '2025-06-01' },
    { from: 'gone', to: 'kiyo', type: 'NEIGHBOR', since: '2010-01-01', until: '2025-03-01' },
  ],
});

const coordinator = () => viewerOf(UserRole.COORDINATOR, town.ids('east', 'e1'), town.ids('city'));
const councilMember = () => viewerOf(UserRole.COUNCIL_MEMBER, town.ids('east', 'e1'), town.ids('city'));
const past = '2025-01-01';

type Edge = { source: string; target: string; active: boolean; since: string | null; until: string | null };
const edgeFields = 'edges { source target active since until }';
const network = `query($a: ID!, $asOf: String, $ended: Boolean!) {
  network(areaId: $a, asOf: $asOf, includeEnded: $ended) { ${edgeFields} } }`;
const ecomap = `query($p: ID!, $asOf: String, $ended: Boolean!) {
  ecomap(personId: $p, asOf: $asOf, includeEnded: $ended) { ${edgeFields} } }`;

/** The friends and neighbours of キヨ in the answer, by short id, with whether each tie is active. */
function tiesOfKiyo(edges: Edge[]): Record<string, boolean> {
  const kiyo = town.id('kiyo');
  const found: Record<string, boolean> = {};
  for (const edge of edges) {
    if (edge.target !== kiyo) continue;
    found[edge.source.slice(town.prefix.length)] = edge.active;
  }
  return found;
}

async function ties(query: 'network' | 'ecomap', asOf: string | null, ended: boolean) {
  const answer = await run<Record<string, { edges: Edge[] }>>(
    coordinator(),
    query === 'network' ? network : ecomap,
    query === 'network' ? { a: town.id('east'), asOf, ended } : { p: town.id('kiyo'), asOf, ended },
  );
  expect(answer.errors).toBeUndefined();
  return tiesOfKiyo(answer.data![query].edges);
}

describe.each(['network', 'ecomap'] as const)('%s as of a past day', (query) => {
  it('holds the ties active then: the one that ended since, not the one that began later', async () => {
    expect(await ties(query, past, false)).toEqual({ old: true, gone: true });
  });

  it('never holds a tie that had not begun, even with the ended ties', async () => {
    expect(await ties(query, past, true)).toEqual({ old: true, gone: true });
    expect(await ties(query, '2014-01-01', true)).toEqual({ gone: true });
  });

  it('today holds the tie that began and, on request, the ended one as ended', async () => {
    expect(await ties(query, null, false)).toEqual({ old: true, new: true });
    expect(await ties(query, null, true)).toEqual({ old: true, new: true, gone: false });
    expect(await ties(query, today(), false)).toEqual({ old: true, new: true });
  });

  it('holds a tie on its since day and not on its until day', async () => {
    expect(await ties(query, '2025-06-01', false)).toEqual({ old: true, new: true });
    expect(await ties(query, '2025-03-01', false)).toEqual({ old: true });
    expect(await ties(query, '2025-02-28', false)).toEqual({ old: true, gone: true });
  });
});

describe('the ecomap as of a past day', () => {
  async function people(asOf: string | null, ended: boolean): Promise<string[]> {
    const answer = await run<{ ecomap: { nodes: { id: string }[] } }>(
      coordinator(),
      'query($p: ID!, $asOf: String, $ended: Boolean!) { ecomap(personId: $p, asOf: $asOf, includeEnded: $ended) { nodes { id } } }',
      { p: town.id('kiyo'), asOf, ended },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.ecomap.nodes.map((node) => node.id.slice(town.prefix.length)).sort();
  }

  it('holds only those she was tied to that day: not whom she met later, nor whom she had lost', async () => {
    expect(await people(past, false)).toEqual(['gone', 'kiyo', 'old']);
    expect(await people(null, false)).toEqual(['kiyo', 'new', 'old']);
    expect(await people(null, true)).toEqual(['gone', 'kiyo', 'new', 'old']);
  });
});

describe('a day that cannot be looked at', () => {
  it.each([
    ['2999-01-01', /is after today/],
    ['2025-02-30', /is not a date written YYYY-MM-DD/],
    ['1.4.2025', /is not a date written YYYY-MM-DD/],
  ])('%s is refused with the reason, naming asOf', async (asOf, reason) => {
    for (const [query, variables] of [
      [network, { a: town.id('east'), asOf, ended: false }],
      [ecomap, { p: town.id('kiyo'), asOf, ended: false }],
    ] as const) {
      const answer = await run(coordinator(), query, variables);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toMatch(reason);
      expect(answer.errors?.[0].extensions?.argument ?? answer.errors?.[0].message).toMatch(/asOf/);
    }
  });

  it('is refused to a council member, who sees today only, and today is not', async () => {
    const refused = await run(councilMember(), network, { a: town.id('east'), asOf: past, ended: false });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const todays = await run(councilMember(), network, { a: town.id('east'), asOf: today(), ended: false });
    expect(todays.errors).toBeUndefined();
  });
});
