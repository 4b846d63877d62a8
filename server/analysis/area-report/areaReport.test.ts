import { describe, expect, it } from 'vitest';
import { run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';
import { fields } from '../../vocabulary/codes.js';
import { areaReport } from './areaReport.service.js';

const asOf = '2024-04-01';
/** The town's resources have no dates: none opened or closed in the year. */
const noChanges = {
  from: '2023-04-01',
  ...{ hubsOpened: 0, hubsClosed: 0, organizationsOpened: 0, organizationsClosed: 0 },
  ...{ councilsOpened: 0, councilsClosed: 0 },
};

/**
 * A city with two tier-2 areas. North: a (isolated, unmet elderly need), b (health need met by the clinic, watched by
 * m1 and m2), c (b's friend), m1 (民生委員) and m2 (volunteer), d (isolated), e (unmet child need, watched by m1);
 * two salons and a children's kitchen. South: f (unmet poverty need, watched by m3 until 2023) and m3; a salon.
 * n3 is empty. g, a coordinator, lives at the city level and is c's friend. Councils: the city's, north's (one member ended),
 * south's (empty), and a case conference in n1, which the report leaves out.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1, population: 8000, households: 3500, elderly: 2000 },
    { id: 'north', tier: 2, parent: 'city', elderly: 1200 },
    { id: 'n1', tier: 3, parent: 'north' },
    { id: 'n2', tier: 3, parent: 'north' },
    { id: 'n3', tier: 3, parent: 'north' },
    { id: 'south', tier: 2, parent: 'city' },
    { id: 's1', tier: 3, parent: 'south' },
  ],
  people: [
    { id: 'a', area: 'n1', needs: ['ELDERLY'] },
    { id: 'b', area: 'n1', needs: ['HEALTH'] },
    { id: 'c', area: 'n1' },
    { id: 'm1', area: 'n1', roles: ['MINSEI_IIN'] },
    { id: 'm2', area: 'n1', roles: ['VOLUNTEER'] },
    { id: 'd', area: 'n2' },
    { id: 'e', area: 'n2', needs: ['CHILD'] },
    { id: 'f', area: 's1', needs: ['POVERTY'] },
    { id: 'm3', area: 's1', roles: ['VOLUNTEER'] },
    { id: 'g', area: 'city', roles: ['COORDINATOR'] },
  ],
  organizations: [
    { id: 'clinic', fields: ['HEALTH'], area: 'n1', serves: ['north'] },
    { id: 'houkatsu', fields: ['ELDERLY', 'HEALTH'], area: 'city', serves: ['north', 'south'] },
    { id: 'shakyo', fields: ['COMMUNITY'], area: 'city', serves: ['city'] },
  ],
  hubs: [
    { id: 'salon1', kind: 'サロン', area: 'n1' },
    { id: 'salon2', kind: 'サロン', area: 'n2' },
    { id: 'kodomo', kind: '子ども食堂', area: 'n2' },
    { id: 'salon3', kind: 'サロン', area: 's1' },
  ],
  councils: [
    { id: 'k1', name: '第1層協議体', tier: 1, covers: ['city'] },
    { id: 'k2n', name: '北の第2層協議体', tier: 2, covers: ['north'] },
    { id: 'k2s', name: '南の第2層協議体', tier: 2, covers: ['south'] },
    { id: 'case', name: '某世帯ケース会議', kind: 'ケース会議', tier: 3, covers: ['n1'] },
  ],
  ties: [
    { from: 'b', to: 'c', type: 'FRIEND' },
    { from: 'clinic', to: 'b', type: 'SUPPORTS' },
    { from: 'm1', to: 'b', type: 'WATCHES_OVER' },
    { from: 'm2', to: 'b', type: 'WATCHES_OVER' },
    { from: 'm1', to: 'e', type: 'WATCHES_OVER' },
    { from: 'm3', to: 'f', type: 'WATCHES_OVER', since: '2019-04-01', until: '2023-12-31' },
    { from: 'g', to: 'c', type: 'FRIEND' },
    { from: 'shakyo', to: 'k1', type: 'MEMBER_OF' },
    { from: 'houkatsu', to: 'k1', type: 'MEMBER_OF' },
    { from: 'clinic', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'm1', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'houkatsu', to: 'k2n', type: 'MEMBER_OF', until: '2024-03-31' },
    { from: 'clinic', to: 'case', type: 'MEMBER_OF' },
    { from: 'clinic', to: 'salon1', type: 'RUNS' },
  ],
});

const council = (id: string, name: string, tier: number, organizationMembers: number, personMembers: number) => ({
  id: town.id(id),
  name,
  kind: '協議体',
  tier,
  organizationMembers,
  personMembers,
});

/** People with unmet needs by field: every field, in the vocabulary's order. */
const unmet = (counts: Record<string, number> = {}) =>
  Object.keys(fields.labels).map((field) => ({ field, people: counts[field] ?? 0 }));

/** The report as plain data without its case figures (test/api/caseFigures.test.ts checks those). */
const withoutCases = (report: unknown) =>
  JSON.parse(JSON.stringify(report, (key, value) => (key === 'cases' ? undefined : value)));

describe('areaReport', () => {
  it('reports the city and each tier-2 area in figures', async () => {
    const report = await areaReport(town.graph, { areaId: town.id('city'), asOf });
    expect(withoutCases(report)).toEqual({
      areaId: town.id('city'),
      name: 'city',
      tier: 1,
      asOf,
      population: 8000,
      households: 3500,
      elderly: 2000,
      residentsKnown: 10,
      isolated: 4,
      isolationRate: 0.4,
      peopleInNeed: 4,
      peopleWithUnmetNeeds: 3,
      unmetNeedsByField: unmet({ ELDERLY: 1, CHILD: 1, POVERTY: 1 }),
      watchersOfInNeed: 3,
      watchersPerPersonInNeed: 0.75,
      hubs: 4,
      hubsByKind: [
        { kind: 'サロン', count: 3 },
        { kind: '子ども食堂', count: 1 },
      ],
      hubsPer1000Elderly: 2,
      organizations: 3,
      organizationsByField: [
        { field: 'HEALTH', count: 2 },
        { field: 'COMMUNITY', count: 1 },
        { field: 'ELDERLY', count: 1 },
      ],
      councils: [
        council('k1', '第1層協議体', 1, 2, 0),
        council('k2n', '北の第2層協議体', 2, 1, 1),
        council('k2s', '南の第2層協議体', 2, 0, 0),
      ],
      unaffiliatedResources: 3,
      resourceChanges: noChanges,
      children: [
        {
          areaId: town.id('north'),
          name: 'north',
          tier: 2,
          asOf,
          population: null,
          households: null,
          elderly: 1200,
          residentsKnown: 7,
          isolated: 2,
          isolationRate: 0.286,
          peopleInNeed: 3,
          peopleWithUnmetNeeds: 2,
          unmetNeedsByField: unmet({ ELDERLY: 1, CHILD: 1 }),
          watchersOfInNeed: 3,
          watchersPerPersonInNeed: 1,
          hubs: 3,
          hubsByKind: [
            { kind: 'サロン', count: 2 },
            { kind: '子ども食堂', count: 1 },
          ],
          hubsPer1000Elderly: 2.5,
          organizations: 2,
          organizationsByField: [
            { field: 'HEALTH', count: 2 },
            { field: 'ELDERLY', count: 1 },
          ],
          // members counted in north: houkatsu serves it, shakyo (town-wide office, serving the city) does not
          councils: [council('k1', '第1層協議体', 1, 1, 0), council('k2n', '北の第2層協議体', 2, 1, 1)],
          unaffiliatedResources: 2,
          resourceChanges: noChanges,
          children: [],
        },
        {
          areaId: town.id('south'),
          name: 'south',
          tier: 2,
          asOf,
          population: null,
          households: null,
          elderly: null,
          residentsKnown: 2,
          isolated: 2,
          isolationRate: 1,
          peopleInNeed: 1,
          peopleWithUnmetNeeds: 1,
          unmetNeedsByField: unmet({ POVERTY: 1 }),
          watchersOfInNeed: 0,
          watchersPerPersonInNeed: 0,
          hubs: 1,
          hubsByKind: [{ kind: 'サロン', count: 1 }],
          hubsPer1000Elderly: null,
          organizations: 1,
          organizationsByField: [
            { field: 'ELDERLY', count: 1 },
            { field: 'HEALTH', count: 1 },
          ],
          councils: [council('k1', '第1層協議体', 1, 1, 0), council('k2s', '南の第2層協議体', 2, 0, 0)],
          unaffiliatedResources: 1,
          resourceChanges: noChanges,
          children: [],
        },
      ],
    });
  });

  it('reports an area as it was at an earlier date', async () => {
    const earlier = await areaReport(town.graph, { areaId: town.id('south'), asOf: '2020-01-01' });
    expect(earlier).toMatchObject({ isolated: 0, isolationRate: 0, watchersPerPersonInNeed: 1 });
    expect(earlier.children.map((child) => child.areaId)).toEqual(town.ids('s1'));
  });

  it('reports an empty area with zeros, no rates it cannot compute, and the councils above it', async () => {
    expect(withoutCases(await areaReport(town.graph, { areaId: town.id('n3'), asOf }))).toEqual({
      areaId: town.id('n3'),
      name: 'n3',
      tier: 3,
      asOf,
      population: null,
      households: null,
      elderly: null,
      residentsKnown: 0,
      isolated: 0,
      isolationRate: 0,
      peopleInNeed: 0,
      peopleWithUnmetNeeds: 0,
      unmetNeedsByField: unmet(),
      watchersOfInNeed: 0,
      watchersPerPersonInNeed: null,
      hubs: 0,
      hubsByKind: [],
      hubsPer1000Elderly: null,
      organizations: 0,
      organizationsByField: [],
      // nobody and nothing of the councils is in n3
      councils: [council('k1', '第1層協議体', 1, 0, 0), council('k2n', '北の第2層協議体', 2, 0, 0)],
      unaffiliatedResources: 0,
      resourceChanges: noChanges,
      children: [],
    });
  });

  it('answers a planner, who sees figures and no person, small counts of people as 5未満', async () => {
    const planner = viewerOf(UserRole.PLANNER, town.ids('south', 's1'), town.ids('city'));
    const answer = await run(
      planner,
      `query($id: ID!) { areaReport(areaId: $id, asOf: "${asOf}") { areaId hubs residentsKnown { value masked text } isolated { value masked text } children { areaId isolationRate { value masked } } } }`,
      { id: town.id('south') },
    );
    const masked = { value: null, masked: true, text: '5未満' };
    expect(answer).toEqual({
      data: {
        areaReport: {
          areaId: town.id('south'),
          hubs: 1,
          residentsKnown: masked,
          isolated: masked,
          children: [{ areaId: town.id('s1'), isolationRate: { value: null, masked: true } }],
        },
      },
    });
    const outside = await run(planner, `query($id: ID!) { areaReport(areaId: $id) { areaId } }`, {
      id: town.id('north'),
    });
    expect(outside.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
