import { describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';
import { isolatedPeople } from './isolation.service.js';

const asOf = '2024-04-01';

/**
 * Two municipalities. In "city": the Aoki household supported as a household; Baba alone, whose only friendship
 * ended; the Chiba household with a neighbourly tie not yet begun (chiba1), one beginning on the as-of date
 * (chiba2) and a 民生委員 watching until the day after (chiba3); Dan and Eto in no household, tied twice to each
 * other; Fuji supporting the Goto household; an empty area. In "village": Ishii with no tie at all.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'east', tier: 2, parent: 'city' },
    { id: 'e1', tier: 3, parent: 'east' },
    { id: 'e2', tier: 3, parent: 'east' },
    { id: 'e3', tier: 3, parent: 'east' },
    { id: 'village', tier: 1 },
    { id: 'v2', tier: 2, parent: 'village' },
    { id: 'v3', tier: 3, parent: 'v2' },
  ],
  households: [
    { id: 'hA', area: 'e1' },
    { id: 'hB', area: 'e1' },
    { id: 'hC', area: 'e2' },
    { id: 'hD', area: 'e1' },
  ],
  people: [
    { id: 'aoki1', name: '青木一郎', area: 'e1', household: 'hA' },
    { id: 'aoki2', name: '青木花子', area: 'e1', household: 'hA' },
    { id: 'baba', name: '馬場', area: 'e1', household: 'hB', needs: ['ELDERLY'] },
    { id: 'chiba1', name: '千葉一', area: 'e2', household: 'hC' },
    { id: 'chiba2', name: '千葉二', area: 'e2', household: 'hC' },
    { id: 'chiba3', name: '千葉三', area: 'e2', household: 'hC' },
    { id: 'dan', name: '団', area: 'e1' },
    { id: 'eto', name: '江藤', area: 'e2' },
    { id: 'minsei', name: '民生', area: 'e2', roles: ['RESIDENT', 'MINSEI_IIN'] },
    { id: 'fuji', name: '藤', area: 'e1', roles: ['VOLUNTEER'] },
    { id: 'goto1', name: '後藤一', area: 'e1', household: 'hD' },
    { id: 'goto2', name: '後藤二', area: 'e1', household: 'hD' },
    { id: 'ishii', name: '石井', area: 'v3' },
  ],
  organizations: [{ id: 'welfare', name: '福祉課', fields: ['POVERTY'], area: 'city', serves: ['city'] }],
  ties: [
    { from: 'aoki1', to: 'aoki2', type: 'FAMILY' },
    { from: 'welfare', to: 'hA', type: 'SUPPORTS' },
    { from: 'baba', to: 'dan', type: 'FRIEND', until: '2023-12-31' },
    { from: 'eto', to: 'chiba1', type: 'NEIGHBOR', since: '2024-05-01' },
    { from: 'eto', to: 'chiba2', type: 'NEIGHBOR', since: '2024-04-01' },
    { from: 'minsei', to: 'chiba3', type: 'WATCHES_OVER', until: '2024-04-02' },
    { from: 'chiba1', to: 'chiba2', type: 'FAMILY' },
    { from: 'dan', to: 'eto', type: 'FRIEND' },
    { from: 'eto', to: 'dan', type: 'NEIGHBOR' },
    { from: 'fuji', to: 'hD', type: 'SUPPORTS' },
  ],
});

const ids = (found: { person: { id: string } }[]) => found.map((f) => f.person.id).sort();

describe('isolatedPeople', () => {
  it('lists the people with no active tie outside their household, in the whole subtree', async () => {
    const found = await isolatedPeople(town.graph, { areaId: town.id('city'), maxDegree: 0, asOf });
    expect(found).toEqual([
      {
        person: { id: town.id('baba'), name: '馬場' },
        socialDegree: 0,
        informalTies: 0,
        formalTies: 0,
        unmetNeeds: ['ELDERLY'],
        reasons: [
          '世帯の外とのつながりがありません',
          '以前のつながり1件が終わっています',
          '一人暮らしです',
          '支援の届いていないニーズがあります（高齢）',
        ],
      },
      {
        person: { id: town.id('chiba1'), name: '千葉一' },
        socialDegree: 0,
        informalTies: 0,
        formalTies: 0,
        unmetNeeds: [],
        reasons: ['世帯の外とのつながりがありません', 'まだ始まっていないつながりが1件あります'],
      },
    ]);
  });

  it('counts a tie to the household as a tie to each member, and ties inside the household not at all', async () => {
    const found = await isolatedPeople(town.graph, { areaId: town.id('e1'), maxDegree: 1, asOf });
    expect(ids(found)).toEqual(town.ids('aoki1', 'aoki2', 'baba', 'dan', 'goto1', 'goto2').sort());
    const aoki = found.find((f) => f.person.id === town.id('aoki1'))!;
    expect(aoki).toMatchObject({ socialDegree: 1, informalTies: 0, formalTies: 1 });
    expect(aoki.reasons).toEqual(['世帯の外とのつながりが1件だけです（基準：1件以下）']);
  });

  it('counts a person tied twice to the same person once, and says a person in no household has none', async () => {
    const found = await isolatedPeople(town.graph, { areaId: town.id('e1'), maxDegree: 1, asOf });
    expect(found.find((f) => f.person.id === town.id('dan'))).toEqual({
      person: { id: town.id('dan'), name: '団' },
      socialDegree: 1,
      informalTies: 1,
      formalTies: 0,
      unmetNeeds: [],
      reasons: [
        '世帯の外とのつながりが1件だけです（基準：1件以下）',
        '支援機関とのつながりがありません',
        '以前のつながり1件が終わっています',
        '世帯の登録がありません',
      ],
    });
  });

  it('counts a supporter of a household once per member, and a 民生委員 watch as formal', async () => {
    const found = await isolatedPeople(town.graph, { areaId: town.id('city'), maxDegree: 2, asOf });
    expect(found.find((f) => f.person.id === town.id('fuji'))).toMatchObject({ socialDegree: 2, formalTies: 2 });
    expect(found.find((f) => f.person.id === town.id('chiba3'))).toMatchObject({
      socialDegree: 1,
      formalTies: 1,
      informalTies: 0,
    });
    expect(found.find((f) => f.person.id === town.id('eto'))).toMatchObject({ socialDegree: 2, informalTies: 2 });
    // ordered by degree, then by unmet needs, then by id
    expect(found.map((f) => f.socialDegree)).toEqual([...found.map((f) => f.socialDegree)].sort((a, b) => a - b));
    expect(found).toHaveLength(13 - 1); // everyone of the city
  });

  it('takes a tie as active from its since date and until the day before its until date', async () => {
    const before = await isolatedPeople(town.graph, { areaId: town.id('city'), maxDegree: 0, asOf: '2023-06-01' });
    expect(ids(before)).toEqual(town.ids('chiba1', 'chiba2').sort());
    const lastDayOfWatch = await isolatedPeople(town.graph, {
      areaId: town.id('e2'),
      maxDegree: 0,
      asOf: '2024-04-02',
    });
    expect(ids(lastDayOfWatch)).toEqual(town.ids('chiba1', 'chiba3', 'minsei').sort());
    const later = await isolatedPeople(town.graph, { areaId: town.id('e2'), maxDegree: 0, asOf: '2024-06-01' });
    expect(ids(later)).toEqual(town.ids('chiba3', 'minsei').sort());
  });

  it('finds the same people with no tie whether it counts ties or only looks for one', async () => {
    for (const date of ['2023-06-01', asOf, '2024-04-02', '2024-06-01']) {
      const quick = await isolatedPeople(town.graph, { areaId: town.id('city'), maxDegree: 0, asOf: date });
      const counted = await isolatedPeople(town.graph, { areaId: town.id('city'), maxDegree: 3, asOf: date });
      expect(quick).toEqual(
        counted.filter((f) => f.socialDegree === 0).map((f) => ({ ...f, reasons: expect.any(Array) })),
      );
    }
  });

  it('answers an empty area with no one, and keeps municipalities apart', async () => {
    expect(await isolatedPeople(town.graph, { areaId: town.id('e3'), maxDegree: 0, asOf })).toEqual([]);
    const village = await isolatedPeople(town.graph, { areaId: town.id('village'), maxDegree: 0, asOf });
    expect(ids(village)).toEqual(town.ids('ishii'));
  });
});

describe('isolatedPeople through the API', () => {
  const query = `query($areaId: ID!, $maxDegree: Int, $asOf: String) {
    isolatedPeople(areaId: $areaId, maxDegree: $maxDegree, asOf: $asOf) {
      person { id name } socialDegree informalTies formalTies unmetNeeds reasons
    }
  }`;

  it('answers a coordinator of the area with maxDegree 0 by default, and audits the read', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, town.ids('east', 'e1', 'e2', 'e3'), town.ids('city'));
    const answer = await run(coordinator, query, { areaId: town.id('e2'), asOf });
    expect(answer).toEqual({
      data: {
        isolatedPeople: [
          {
            person: { id: town.id('chiba1'), name: '千葉一' },
            socialDegree: 0,
            informalTies: 0,
            formalTies: 0,
            unmetNeeds: [],
            reasons: ['世帯の外とのつながりがありません', 'まだ始まっていないつながりが1件あります'],
          },
        ],
      },
    });
    const [event] = await town.graph.read<{ personIds: string[]; username: string }>(
      `MATCH (e:AuditEvent {action: 'isolatedPeople'}) WHERE $id IN e.personIds
       RETURN e.personIds AS personIds, e.username AS username`,
      { id: town.id('chiba1') },
    );
    expect(event).toEqual({ personIds: [town.id('chiba1')], username: coordinator.username });
  });

  it('refuses planners and council members, who see people only as counts', async () => {
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const answer = await run(viewerOf(role, town.ids('east', 'e1', 'e2', 'e3')), query, { areaId: town.id('e2') });
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses an area outside the viewer’s areas, an unknown area, a bad date and a negative degree', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, town.ids('v2', 'v3'), town.ids('village'));
    const codes = async (viewer: typeof adminViewer, vars: Record<string, unknown>) =>
      (await run(viewer, query, vars)).errors?.map((e) => e.extensions?.code);
    expect(await codes(coordinator, { areaId: town.id('e2') })).toEqual(['FORBIDDEN']);
    expect(await codes(adminViewer, { areaId: town.id('nowhere') })).toEqual(['NOT_FOUND']);
    expect(await codes(adminViewer, { areaId: town.id('e2'), asOf: '2024-02-30' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(adminViewer, { areaId: town.id('e2'), maxDegree: -1 })).toEqual(['BAD_USER_INPUT']);
  });
});
