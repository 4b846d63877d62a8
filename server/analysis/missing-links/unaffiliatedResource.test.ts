import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * In c3a: o1 on the 地区社協, o2 on the city's council, o3 whose membership ended, o6 on two councils; hubs run by o1
 * (a member), by o3 (no longer one). In c3b (no council of its own; two councils cover c2): o4 on none, o5 on the
 * village's council only; a hub run by a volunteer on a council, one run by nobody, one whose runner stopped.
 * In c3c under c2b (no council): o7 on the 地区社協 of c3a, which does not cover it. e3 is empty.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
    { id: 'e3', tier: 3, parent: 'c2' },
    { id: 'c2b', tier: 2, parent: 'city' },
    { id: 'c3c', tier: 3, parent: 'c2b' },
    { id: 'village', tier: 1 },
    { id: 'v3', tier: 3, parent: 'village' },
  ],
  councils: [
    { id: 'k1', name: '第1層協議体', tier: 1, covers: ['city'] },
    { id: 'k2a', name: '第2層協議体', tier: 2, covers: ['c2'] },
    { id: 'k2b', name: '地域ケア会議', tier: 2, covers: ['c2'] },
    { id: 'chiku', name: '地区社協', tier: 3, covers: ['c3a'] },
    { id: 'vk', name: '村の協議体', tier: 1, covers: ['village'] },
  ],
  organizations: [
    { id: 'o1', area: 'c3a' },
    { id: 'o2', area: 'c3a' },
    { id: 'o3', name: '老人クラブ', area: 'c3a' },
    { id: 'o6', area: 'c3a' },
    { id: 'o4', name: '商店会', area: 'c3b' },
    { id: 'o5', area: 'c3b' },
    { id: 'o7', area: 'c3c' },
    { id: 'ov', area: 'v3' },
  ],
  people: [{ id: 'pv', area: 'c3b', roles: ['VOLUNTEER'] }],
  hubs: [
    { id: 'hubA', area: 'c3a' },
    { id: 'hubD', area: 'c3a' },
    { id: 'hubB', area: 'c3b' },
    { id: 'hubC', name: 'みんなの居場所', kind: '居場所', area: 'c3b' },
    { id: 'hubE', area: 'c3b' },
  ],
  ties: [
    { from: 'o1', to: 'chiku', type: 'MEMBER_OF' },
    { from: 'o2', to: 'k1', type: 'MEMBER_OF' },
    { from: 'o3', to: 'chiku', type: 'MEMBER_OF', until: '2024-03-31' },
    { from: 'o6', to: 'chiku', type: 'MEMBER_OF' },
    { from: 'o6', to: 'k2a', type: 'MEMBER_OF' },
    { from: 'o5', to: 'vk', type: 'MEMBER_OF' },
    { from: 'o7', to: 'chiku', type: 'MEMBER_OF' },
    { from: 'ov', to: 'vk', type: 'MEMBER_OF' },
    { from: 'pv', to: 'k2a', type: 'MEMBER_OF' },
    { from: 'o1', to: 'hubA', type: 'RUNS' },
    { from: 'o3', to: 'hubD', type: 'RUNS' },
    { from: 'pv', to: 'hubB', type: 'RUNS' },
    { from: 'o1', to: 'hubE', type: 'RUNS', until: '2023-12-31' },
  ],
});

const find = (area: string, date = asOf) =>
  findMissingLinks(town.graph, { areaId: town.id(area), asOf: date }, [MissingLinkKind.UNAFFILIATED_RESOURCE]);
const bySubject = (findings: { subjectIds: string[]; suggestedIds: string[] }[]) =>
  Object.fromEntries(
    findings.map((f) => [
      f.subjectIds[0].slice(town.prefix.length),
      f.suggestedIds.map((id) => id.slice(town.prefix.length)),
    ]),
  );

describe('UNAFFILIATED_RESOURCE', () => {
  it('flags the organizations and hubs on no council of their area or above, suggesting the nearest councils', async () => {
    expect(bySubject(await find('c2'))).toEqual({
      o3: ['chiku'],
      o4: ['k2b', 'k2a'],
      o5: ['k2b', 'k2a'],
      hubC: ['k2b', 'k2a'],
      hubD: ['chiku'],
      hubE: ['k2b', 'k2a'],
    });
    expect(bySubject(await find('city'))).toMatchObject({ o7: ['k1'] });
    expect(Object.keys(bySubject(await find('city')))).toHaveLength(7);
  });

  it('orders hubs before organizations and says what to do in Japanese', async () => {
    const found = await find('c3b');
    expect(found.map((f) => [f.subjectIds[0].slice(town.prefix.length), f.score])).toEqual([
      ['hubC', 0.35],
      ['hubE', 0.35],
      ['o4', 0.3],
      ['o5', 0.3],
    ]);
    expect(found[0].explanation).toBe(
      'みんなの居場所はどの協議体ともつながっていません（運営する団体や人も構成員ではありません）。地域ケア会議、第2層協議体への参加を提案します。',
    );
    expect(found[2].explanation).toBe(
      '商店会はこの地域の協議体に参加していません。地域ケア会議、第2層協議体への参加を提案します。',
    );
    expect(found.every((f) => f.personIds.length === 0 && f.field === null)).toBe(true);
  });

  it('counts memberships that were active at the as-of date', async () => {
    expect(Object.keys(bySubject(await find('c3a', '2024-03-30')))).toEqual([]);
    expect(Object.keys(bySubject(await find('c3a', '2024-03-31')))).toEqual(['hubD', 'o3']);
  });

  it('finds nothing in an empty area, and nothing to do in a municipality where all are on its council', async () => {
    expect(await find('e3')).toEqual([]);
    expect(await find('village')).toEqual([]);
  });

  it('records the membership when accepted — for a hub, its runner joins — and the findings disappear', async () => {
    const accept = (subject: string, councils: string[]) =>
      run(
        adminViewer,
        `mutation($subject: [ID!]!, $suggested: [ID!]!) {
          acceptSuggestion(kind: UNAFFILIATED_RESOURCE, subjectIds: $subject, suggestedIds: $suggested) { tieIds councilId }
        }`,
        { subject: [town.id(subject)], suggested: town.ids(...councils) },
      );
    const hub = await accept('hubD', ['chiku']);
    expect(hub.errors).toBeUndefined();
    expect(hub.data!.acceptSuggestion.tieIds).toHaveLength(1);
    expect((await accept('o4', ['k2a'])).data!.acceptSuggestion.tieIds).toHaveLength(1);
    const after = bySubject(await find('c2', '2099-01-01'));
    expect(Object.keys(after).sort()).toEqual(['hubC', 'hubE', 'o5']);

    const runnerless = await accept('hubC', ['k2a']);
    expect(runnerless.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // only what the finding suggests is taken up
    const unknown = await accept('o5', ['nowhere']);
    expect(unknown.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
