import { describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks, missingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * In c3a: the salon ひだまりサロン, visited by s1, s2 and the restricted r, who have no other tie, and by busy, who
 * also has a friend; the 民生委員 w (佐藤) watches over x, whose other friendship ended; the household h of hm1 and
 * hm2, whose only tie is the support of o; e's watch by w ended, so e is isolated already. Second links to suggest:
 * the volunteer v and the hub 囲碁サロン in c3a, the 民生委員 far and the hub 子ども食堂 in c3b (same tier-2 area),
 * and the 民生委員 out in another tier-2 area. staff sits on the council k, and has no other tie.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
    { id: 'd2', tier: 2, parent: 'city' },
    { id: 'd3', tier: 3, parent: 'd2' },
  ],
  households: [{ id: 'h', name: '山田', area: 'c3a' }],
  people: [
    { id: 's1', name: '石田', area: 'c3a' },
    { id: 's2', name: '鈴木', area: 'c3a' },
    { id: 'r', name: '秘匿', area: 'c3a', consent: 'RESTRICTED' },
    { id: 'busy', area: 'c3a' },
    { id: 'pal', area: 'c3a' },
    { id: 'w', name: '佐藤', area: 'c3a', roles: ['MINSEI_IIN'] },
    { id: 'x', name: '中村', area: 'c3a' },
    { id: 'oldfriend', area: 'c3a' },
    { id: 'hm1', area: 'c3a', household: 'h' },
    { id: 'hm2', area: 'c3a', household: 'h' },
    { id: 'e', area: 'c3a' },
    { id: 'v', name: '高橋', area: 'c3a', roles: ['VOLUNTEER'] },
    { id: 'far', name: '遠藤', area: 'c3b', roles: ['MINSEI_IIN'] },
    { id: 'out', area: 'd3', roles: ['MINSEI_IIN'] },
    { id: 'staff', area: 'c3a', roles: ['COORDINATOR'] },
  ],
  councils: [{ id: 'k', name: '第2層協議体', covers: ['c2'] }],
  organizations: [{ id: 'o', name: '地域包括支援センター', area: 'c3a' }],
  hubs: [
    { id: 'salon', name: 'ひだまりサロン', area: 'c3a' },
    { id: 'igo', name: '囲碁サロン', area: 'c3a' },
    { id: 'shokudo', name: '子ども食堂', area: 'c3b' },
  ],
  ties: [
    { from: 's1', to: 'salon', type: 'PARTICIPATES_IN' },
    { from: 's2', to: 'salon', type: 'PARTICIPATES_IN' },
    { from: 'r', to: 'salon', type: 'PARTICIPATES_IN' },
    { from: 'busy', to: 'salon', type: 'PARTICIPATES_IN' },
    { from: 'busy', to: 'pal', type: 'FRIEND' },
    { from: 'w', to: 'x', type: 'WATCHES_OVER' },
    { from: 'x', to: 'oldfriend', type: 'FRIEND', until: '2023-12-31' },
    { from: 'o', to: 'h', type: 'SUPPORTS' },
    { from: 'w', to: 'e', type: 'WATCHES_OVER', until: '2023-12-31' },
    { from: 'w', to: 'pal', type: 'FRIEND' },
    // staff's only tie is their seat on the council: no finding
    { from: 'staff', to: 'k', type: 'MEMBER_OF' },
  ],
});
const short = (id: string) => id.slice(town.prefix.length);
const coordinator = () => viewerOf(UserRole.COORDINATOR, town.ids('c2', 'c3a', 'c3b'), town.ids('city'));

describe('SINGLE_POINT', () => {
  it('finds the people held by one node alone, with second links nearest first', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [MissingLinkKind.SINGLE_POINT]);
    expect(found.map((f) => [f.subjectIds.map(short), f.suggestedIds.map(short), f.score])).toEqual([
      // the engine itself (no viewer) counts the restricted visitor; ended ties are no tie; the household is one
      ['r s1 s2 salon'.split(' '), ['igo', 'v', 'w', 'shokudo', 'far'], 0.65],
      // of each area, watchers first for a watch or a support, hubs first for a salon
      [['h', 'o'], ['v', 'w', 'salon', 'igo', 'far', 'shokudo'], 0.6],
      [['x', 'w'], ['v', 'salon', 'igo', 'far', 'shokudo'], 0.55],
    ]);
  });

  it('never counts a restricted person for a viewer who may not know of them', async () => {
    const found = await missingLinks(town.graph, coordinator(), { areaId: town.id('c2'), asOf }, [
      MissingLinkKind.SINGLE_POINT,
    ]);
    const salon = found.find((f) => f.subjectIds.includes(town.id('salon')))!;
    expect(salon.subjectIds).toEqual(town.ids('s1', 's2', 'salon'));
    expect(salon.explanation).toBe(
      'ひだまりサロンが閉じると、石田さん、鈴木さん（2人）が他の誰ともつながらなくなります。二つ目のつながりとして、囲碁サロンへの参加を提案します。',
    );
    expect(JSON.stringify(found)).not.toContain(town.id('r'));
    const watch = found.find((f) => f.subjectIds.includes(town.id('w')))!;
    expect(watch.explanation).toBe(
      '中村さんの見守りは、民生委員の佐藤さん1人だけに支えられています。二つ目のつながりとして、ボランティアの高橋さんによる見守りを提案します。',
    );
    expect(found.find((f) => f.subjectIds.includes(town.id('o')))!.explanation).toBe(
      '地域包括支援センターの関わりが途切れると、山田世帯（2人）が他の誰ともつながらなくなります。二つ目のつながりとして、ボランティアの高橋さんによる見守りを提案します。',
    );
  });

  it('is refused to the roles that see people only as counts', async () => {
    const query = `query($id: ID!) { missingLinks(areaId: $id, kinds: [SINGLE_POINT]) { subjectIds } }`;
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const answer = await run(viewerOf(role, town.ids('c2', 'c3a', 'c3b'), town.ids('city')), query, {
        id: town.id('c2'),
      });
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const outsider = viewerOf(UserRole.COORDINATOR, town.ids('d2', 'd3'), town.ids('city'));
    expect((await run(outsider, query, { id: town.id('c2') })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records a second link for each person held when accepted, and the finding disappears', async () => {
    const accept = `mutation($s: [ID!]!, $x: [ID!]!) {
      acceptSuggestion(kind: SINGLE_POINT, subjectIds: $s, suggestedIds: $x) { tieIds } }`;
    // the household's members are watched one by one; a made-up suggestion is refused, nothing written
    const madeUp = await run(coordinator(), accept, { s: town.ids('h', 'o'), x: town.ids('out') });
    expect(madeUp.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = viewerOf(UserRole.COORDINATOR, town.ids('d2', 'd3'), town.ids('city'));
    expect((await run(other, accept, { s: town.ids('h', 'o'), x: town.ids('v') })).errors).toBeDefined();
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const reader = viewerOf(role, town.ids('c2', 'c3a', 'c3b'), town.ids('city'));
      const refused = await run(reader, accept, { s: town.ids('h', 'o'), x: town.ids('v') });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const answer = await run(coordinator(), accept, { s: town.ids('h', 'o'), x: town.ids('v', 'igo') });
    expect(answer.errors).toBeUndefined();
    // v watches hm1 and hm2; both take part in 囲碁サロン
    expect(answer.data!.acceptSuggestion.tieIds).toHaveLength(4);
    const [made] = await town.graph.read<{ watches: string[]; joins: string[] }>(
      `MATCH (v:Person {id: $v}) RETURN [(v)-[t:WATCHES_OVER {suggestedAs: 'SINGLE_POINT'}]->(p) | p.id] AS watches,
              [(p)-[t:PARTICIPATES_IN {suggestedAs: 'SINGLE_POINT'}]->(:Hub {id: $igo}) | p.id] AS joins`,
      { v: town.id('v'), igo: town.id('igo') },
    );
    expect(made.watches.map(short).sort()).toEqual(['hm1', 'hm2']);
    expect(made.joins.map(short).sort()).toEqual(['hm1', 'hm2']);
    const after = await findMissingLinks(
      town.graph,
      { areaId: town.id('c2'), asOf: '2099-01-01', viewer: adminViewer },
      [MissingLinkKind.SINGLE_POINT],
    );
    expect(after.map((f) => f.subjectIds.map(short).join(' '))).toEqual(['r s1 s2 salon', 'x w']);
    expect(
      (await run(adminViewer, accept, { s: town.ids('h', 'o'), x: town.ids('v') })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });
});
