/**
 * Small counts of people through whole operations: `areaReport` and `areas` give PLANNER and COUNCIL_MEMBER 「5未満」
 * for every count of people under 5 (and mask the rates made from one), and ADMIN and COORDINATOR the numbers.
 */
import { describe, expect, it } from 'vitest';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { adminViewer, run, viewerOf } from '../helpers/api.js';
import { type Town, testTown } from '../helpers/town.js';

/**
 * A city with two tier-2 areas: "five" has five residents in need (one of them sits on the city's council, so four
 * are isolated), "four" has four residents in need, all isolated. Nobody watches anyone. The council has one
 * organization and that one person on it.
 */
const people = (area: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${area}-${i}`, area, needs: ['ELDERLY'] }));
const town = testTown({
  areas: [
    { id: 'city', tier: 1, population: 9000, elderly: 2000 },
    { id: 'five', tier: 2, parent: 'city' },
    { id: 'four', tier: 2, parent: 'city' },
  ],
  people: [...people('five', 5), ...people('four', 4)],
  organizations: [{ id: 'shakyo', fields: ['COMMUNITY'], area: 'city', serves: ['city'] }],
  hubs: [{ id: 'salon', kind: 'サロン', area: 'five' }],
  councils: [{ id: 'k1', name: '第1層協議体', tier: 1, covers: ['city'] }],
  ties: [
    { from: 'shakyo', to: 'k1', type: 'MEMBER_OF' },
    { from: 'five-0', to: 'k1', type: 'MEMBER_OF' },
  ],
});

const count = '{ value masked text }';
const report = `query($id: ID!) { areaReport(areaId: $id, asOf: "2024-04-01") {
  areaId residentsKnown ${count} isolated ${count} isolationRate { value masked } peopleInNeed ${count}
  peopleWithUnmetNeeds ${count} watchersPerPersonInNeed { value masked } hubs organizations hubsPer1000Elderly
  councils { id organizationMembers personMembers ${count} }
  children { areaId residentsKnown ${count} isolated ${count} isolationRate { value masked } peopleInNeed ${count} }
} }`;
const areas = `{ areas { id peopleKnown ${count} organizationCount hubCount } }`;

const exact = (n: number) => ({ value: n, masked: false, text: String(n) });
const under5 = { value: null, masked: true, text: '5未満' };
const rate = (value: number | null) => ({ value, masked: false });
const maskedRate = { value: null, masked: true };

function everyArea(town: Town): string[] {
  return town.ids('city', 'five', 'four');
}

const viewers: [string, () => Viewer][] = [
  ['ADMIN', () => adminViewer],
  ['COORDINATOR', () => viewerOf(UserRole.COORDINATOR, everyArea(town), town.ids('city'))],
  ['PLANNER', () => viewerOf(UserRole.PLANNER, everyArea(town), town.ids('city'))],
  ['COUNCIL_MEMBER', () => viewerOf(UserRole.COUNCIL_MEMBER, everyArea(town), town.ids('city'))],
];

function mine<T extends { id: string }>(list: T[]): T[] {
  return list.filter((item) => item.id.startsWith(town.prefix));
}

describe('small counts of people', () => {
  it.each(viewers.slice(0, 2))('gives %s the exact figures of the area report', async (_role, viewer) => {
    expect(await run(viewer(), report, { id: town.id('city') })).toEqual({
      data: {
        areaReport: {
          areaId: town.id('city'),
          residentsKnown: exact(9),
          isolated: exact(8),
          isolationRate: rate(0.889),
          peopleInNeed: exact(9),
          peopleWithUnmetNeeds: exact(9),
          watchersPerPersonInNeed: rate(0),
          hubs: 1,
          organizations: 1,
          hubsPer1000Elderly: 0.5,
          councils: [{ id: town.id('k1'), organizationMembers: 1, personMembers: exact(1) }],
          children: [
            {
              areaId: town.id('five'),
              residentsKnown: exact(5),
              isolated: exact(4),
              isolationRate: rate(0.8),
              peopleInNeed: exact(5),
            },
            {
              areaId: town.id('four'),
              residentsKnown: exact(4),
              isolated: exact(4),
              isolationRate: rate(1),
              peopleInNeed: exact(4),
            },
          ],
        },
      },
    });
  });

  it.each(viewers.slice(2))(
    'shows %s 5 as 5 and 4 as 5未満 in the area report, with the rates made from them masked',
    async (_role, viewer) => {
      expect(await run(viewer(), report, { id: town.id('city') })).toEqual({
        data: {
          areaReport: {
            areaId: town.id('city'),
            residentsKnown: exact(9),
            isolated: exact(8),
            isolationRate: rate(0.889),
            peopleInNeed: exact(9),
            peopleWithUnmetNeeds: exact(9),
            // nobody watches: 0 watchers is a count of people under 5, and the ratio would give it back
            watchersPerPersonInNeed: maskedRate,
            hubs: 1,
            organizations: 1,
            hubsPer1000Elderly: 0.5,
            // organizations are not people
            councils: [{ id: town.id('k1'), organizationMembers: 1, personMembers: under5 }],
            children: [
              {
                areaId: town.id('five'),
                residentsKnown: exact(5),
                isolated: under5,
                isolationRate: maskedRate,
                peopleInNeed: exact(5),
              },
              {
                areaId: town.id('four'),
                residentsKnown: under5,
                isolated: under5,
                isolationRate: maskedRate,
                peopleInNeed: under5,
              },
            ],
          },
        },
      });
    },
  );

  it.each(viewers.slice(0, 2))('gives %s the exact count of people in the area list', async (_role, viewer) => {
    const answer = await run<{ areas: { id: string }[] }>(viewer(), areas);
    expect(answer.errors).toBeUndefined();
    expect(mine(answer.data!.areas)).toEqual([
      { id: town.id('city'), peopleKnown: exact(9), organizationCount: 1, hubCount: 1 },
      { id: town.id('five'), peopleKnown: exact(5), organizationCount: 0, hubCount: 1 },
      { id: town.id('four'), peopleKnown: exact(4), organizationCount: 0, hubCount: 0 },
    ]);
  });

  it.each(viewers.slice(2))('shows %s 5 as 5 and 4 as 5未満 in the area list', async (_role, viewer) => {
    const answer = await run<{ areas: { id: string }[] }>(viewer(), areas);
    expect(answer.errors).toBeUndefined();
    expect(mine(answer.data!.areas)).toEqual([
      { id: town.id('city'), peopleKnown: exact(9), organizationCount: 1, hubCount: 1 },
      { id: town.id('five'), peopleKnown: exact(5), organizationCount: 0, hubCount: 1 },
      { id: town.id('four'), peopleKnown: under5, organizationCount: 0, hubCount: 0 },
    ]);
  });
});
