/**
 * The area list and the 地域カルテ count the same things the same way (areas/inArea.ts), for every viewer; council
 * members are counted in the report's area; the sibling comparison is offered per role (siblings.ts).
 */
import { describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole, type Viewer } from '../../auth/viewer.js';

const asOf = '2024-04-01';

/**
 * North: six residents in n1 (a and b with unmet needs) and r, restricted (nobody named for them); the clinic and a
 * salon in n1. South: x (unmet poverty need, lives in s1 but sits on north's council) and y; the visiting service,
 * located in s1, serves n2. The town-wide shakyo is located in the city and serves it.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1, elderly: 3000 },
    { id: 'north', tier: 2, parent: 'city', elderly: 1000 },
    { id: 'n1', tier: 3, parent: 'north' },
    { id: 'n2', tier: 3, parent: 'north' },
    { id: 'south', tier: 2, parent: 'city' },
    { id: 's1', tier: 3, parent: 'south' },
  ],
  people: [
    { id: 'a', area: 'n1', needs: ['ELDERLY'] },
    { id: 'b', area: 'n1', needs: ['ELDERLY', 'HOUSING'] },
    { id: 'c', area: 'n1' },
    { id: 'd', area: 'n1' },
    { id: 'e', area: 'n1' },
    { id: 'f', area: 'n1' },
    { id: 'r', area: 'n1', consent: 'RESTRICTED', needs: ['ELDERLY'] },
    { id: 'x', area: 's1', needs: ['POVERTY'] },
    { id: 'y', area: 's1' },
  ],
  organizations: [
    { id: 'clinic', fields: ['HEALTH'], area: 'n1' },
    { id: 'visiting', fields: ['ELDERLY'], area: 's1', serves: ['n2'] },
    { id: 'shakyo', fields: ['COMMUNITY'], area: 'city', serves: ['city'] },
  ],
  hubs: [
    { id: 'salon', kind: 'サロン', area: 'n1' },
    { id: 'salon-s', kind: 'サロン', area: 's1' },
  ],
  councils: [{ id: 'k2n', name: '北の協議体', tier: 2, covers: ['north'] }],
  ties: [
    { from: 'clinic', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'visiting', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'shakyo', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'a', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'x', to: 'k2n', type: 'MEMBER_OF' },
    { from: 'r', to: 'k2n', type: 'MEMBER_OF' },
  ],
});

const count = '{ value masked }';
const figures = `areaId residentsKnown ${count} organizations hubs peopleWithUnmetNeeds ${count}
  unmetNeedsByField { field people ${count} } councils { id organizationMembers personMembers ${count} }`;
const reportQuery = `query($id: ID!) { areaReport(areaId: $id, asOf: "${asOf}") { ${figures} children { ${figures} } } }`;
const siblingsQuery = `query($id: ID!) { areaSiblings(areaId: $id, asOf: "${asOf}") { parentId withheld areas { ${figures} } } }`;
const listQuery = `{ areas { id peopleKnown ${count} organizationCount hubCount } }`;

const coordinator = () => viewerOf(UserRole.COORDINATOR, town.ids('north', 'n1', 'n2'), town.ids('city'));
const planner = () => viewerOf(UserRole.PLANNER, town.ids('north', 'n1', 'n2'), town.ids('city'));
const councilMember = () => viewerOf(UserRole.COUNCIL_MEMBER, town.ids('north', 'n1', 'n2'), town.ids('city'));

async function data(viewer: Viewer, query: string, id?: string) {
  const answer = await run(viewer, query, id ? { id: town.id(id) } : {});
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const exact = (value: number) => ({ value, masked: false });
const masked = { value: null, masked: true };

describe('the area list and the 地域カルテ agree', () => {
  for (const [who, viewer, root] of [
    ['an administrator', () => adminViewer, 'city'],
    ['a coordinator of north', coordinator, 'north'],
  ] as const) {
    it(`for ${who}: people known, organizations and hubs of each area`, async () => {
      const { areas } = await data(viewer(), listQuery);
      const { areaReport } = await data(viewer(), reportQuery, root);
      const reports = [areaReport, ...areaReport.children];
      for (const report of reports) {
        const listed = areas.find((area: { id: string }) => area.id === report.areaId);
        expect(listed, report.areaId).toMatchObject({
          peopleKnown: report.residentsKnown,
          organizationCount: report.organizations,
          hubCount: report.hubs,
        });
        const single = await run(viewer(), `query($id: ID!) { area(id: $id) { organizationCount hubCount } }`, {
          id: report.areaId,
        });
        expect(single.data?.area).toEqual({ organizationCount: report.organizations, hubCount: report.hubs });
      }
    });
  }

  it('counts an organization that serves the area but is located elsewhere, once; not a restricted person', async () => {
    const { areas } = await data(coordinator(), listQuery);
    const byId = (short: string) => areas.find((area: { id: string }) => area.id === town.id(short));
    // visiting (located in s1) serves n2: it counts in n2 and north, and once in the city
    expect(byId('n2')).toMatchObject({ peopleKnown: exact(0), organizationCount: 1, hubCount: 0 });
    expect(byId('north')).toMatchObject({ peopleKnown: exact(6), organizationCount: 2, hubCount: 1 });
    expect(byId('city')).toMatchObject({ peopleKnown: exact(8), organizationCount: 3, hubCount: 2 });
    const admin = await data(adminViewer, listQuery);
    const north = admin.areas.find((area: { id: string }) => area.id === town.id('north'));
    expect(north.peopleKnown).toEqual(exact(7));
    const single = await data(
      coordinator(),
      `query($id: ID!) { area(id: $id) { organizationCount peopleKnown ${count} } }`,
      'n2',
    );
    expect(single.area).toEqual({ organizationCount: 1, peopleKnown: exact(0) });
  });
});

describe('council members in a report', () => {
  it("are those working or living in the report's area, not the council's whole membership", async () => {
    const { areaReport } = await data(coordinator(), reportQuery, 'north');
    // clinic (n1) and visiting (serves n2); not shakyo (the city's); a, not x (lives in s1) nor r (restricted)
    expect(areaReport.councils).toEqual([{ id: town.id('k2n'), organizationMembers: 2, personMembers: exact(1) }]);
    const n2 = areaReport.children.find((child: { areaId: string }) => child.areaId === town.id('n2'));
    expect(n2.councils).toEqual([{ id: town.id('k2n'), organizationMembers: 1, personMembers: exact(0) }]);
    const admin = await data(adminViewer, reportQuery, 'north');
    expect(admin.areaReport.councils[0].personMembers).toEqual(exact(2));
    const city = await data(adminViewer, reportQuery, 'city');
    expect(city.areaReport.councils).toEqual([{ id: town.id('k2n'), organizationMembers: 3, personMembers: exact(3) }]);
  });
});

describe('unmet needs by field', () => {
  it('lists every field in a fixed order, each person once per field; exact for a coordinator', async () => {
    const { areaReport } = await data(coordinator(), reportQuery, 'north');
    const byField = Object.fromEntries(
      areaReport.unmetNeedsByField.map((row: { field: string; people: unknown }) => [row.field, row.people]),
    );
    expect(Object.keys(byField)).toEqual([
      'ELDERLY',
      'DISABILITY',
      'CHILD',
      'POVERTY',
      'EMPLOYMENT',
      'HOUSING',
      'HEALTH',
      'EDUCATION',
      'COMMUNITY',
    ]);
    // a and b (r is restricted); b's housing need too
    expect(byField).toMatchObject({ ELDERLY: exact(2), HOUSING: exact(1), POVERTY: exact(0) });
  });

  for (const [role, viewer] of [
    ['PLANNER', planner],
    ['COUNCIL_MEMBER', councilMember],
  ] as const) {
    it(`masks every small count of the breakdown for ${role}`, async () => {
      const { areaReport } = await data(viewer(), reportQuery, 'north');
      expect(
        areaReport.unmetNeedsByField.every(
          (row: { people: unknown }) => JSON.stringify(row.people) === JSON.stringify(masked),
        ),
      ).toBe(true);
      expect(areaReport.residentsKnown).toEqual(exact(6));
    });
  }
});

describe('areaSiblings', () => {
  const ids = (answer: { areas: { areaId: string }[] }) => answer.areas.map((area) => area.areaId);

  it('gives an administrator every sibling, exact', async () => {
    const { areaSiblings } = await data(adminViewer, siblingsQuery, 'north');
    expect(areaSiblings.parentId).toBe(town.id('city'));
    expect(ids(areaSiblings)).toEqual(town.ids('north', 'south'));
    expect(areaSiblings.areas[1].residentsKnown).toEqual(exact(2));
    expect(areaSiblings.withheld).toBe(0);
  });

  it("gives a coordinator the siblings outside their areas as a planner sees them, without the parent's report", async () => {
    const { areaSiblings } = await data(coordinator(), siblingsQuery, 'north');
    expect(ids(areaSiblings)).toEqual(town.ids('north', 'south'));
    const [north, south] = areaSiblings.areas;
    expect(north.residentsKnown).toEqual(exact(6));
    expect(north.peopleWithUnmetNeeds).toEqual(exact(2));
    expect(south.residentsKnown).toEqual(masked);
    expect(south.peopleWithUnmetNeeds).toEqual(masked);
    expect(south.organizations).toBe(1);
    const parent = await run(coordinator(), reportQuery, { id: town.id('city') });
    expect(parent.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  for (const [role, viewer] of [
    ['PLANNER', planner],
    ['COUNCIL_MEMBER', councilMember],
  ] as const) {
    it(`withholds from ${role} the siblings outside their areas, and says how many`, async () => {
      const { areaSiblings } = await data(viewer(), siblingsQuery, 'north');
      expect(ids(areaSiblings)).toEqual(town.ids('north'));
      expect(areaSiblings.withheld).toBe(1);
    });
  }

  for (const [role, viewer] of [
    ['COORDINATOR', coordinator],
    ['PLANNER', planner],
    ['COUNCIL_MEMBER', councilMember],
  ] as const) {
    it(`refuses ${role} the siblings of an area outside their areas`, async () => {
      const answer = await run(viewer(), siblingsQuery, { id: town.id('south') });
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(answer.data?.areaSiblings ?? null).toBeNull();
    });
  }

  it('has no siblings for a municipality', async () => {
    const { areaSiblings } = await data(adminViewer, siblingsQuery, 'city');
    expect(areaSiblings).toEqual({ parentId: null, withheld: 0, areas: [] });
  });
});
