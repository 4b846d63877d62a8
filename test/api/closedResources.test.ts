/**
 * Hubs, organizations and councils with since/until (opened, closed), through the API, on a hand-made town: a
 * resource closed on or before the as-of day is not on the map of that day (nor its ties), one opened later not
 * yet; the level-of-detail boxes count only what is open; the 地域カルテ counts what is open and what opened or
 * closed in the year; a closing before the opening is refused, naming the argument.
 */
import { describe, expect, it } from 'vitest';
import { UserRole } from '../../server/auth/viewer.js';
import { type Answer, adminViewer, run, viewerOf } from '../helpers/api.js';
import { testTown } from '../helpers/town.js';

const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'east', tier: 2, parent: 'city' },
    { id: 'e1', tier: 3, parent: 'east' },
  ],
  people: [{ id: 'kiyo', name: '石黒キヨ', area: 'e1', consent: 'COMMUNITY' }],
  organizations: [
    { id: 'npo', area: 'e1', serves: ['east'], props: { since: '2020-04-01' } },
    { id: 'gone', area: 'e1', serves: ['east'], props: { since: '2010-04-01', until: '2024-10-01' } },
  ],
  councils: [{ id: 'kyogi', covers: ['east'], props: { since: '2024-06-01' } }],
  hubs: [
    { id: 'salon', area: 'e1' },
    { id: 'closed', area: 'e1', props: { since: '2015-05-01', until: '2024-09-30' } },
    { id: 'later', area: 'e1', props: { since: '2025-04-01' } },
  ],
  ties: [
    { from: 'kiyo', to: 'closed', type: 'PARTICIPATES_IN', since: '2016-01-01' },
    { from: 'kiyo', to: 'salon', type: 'PARTICIPATES_IN', since: '2016-01-01' },
  ],
});

const coordinator = () => viewerOf(UserRole.COORDINATOR, town.ids('east', 'e1'), town.ids('city'));
const short = (ids: string[]) =>
  ids
    .filter((id) => id.startsWith(town.prefix))
    .map((id) => id.slice(town.prefix.length))
    .sort();

const network = `query($a: ID!, $asOf: String, $open: [ID!]) {
  network(areaId: $a, asOf: $asOf, open: $open) { nodes { id kind summary { hubs organizations } } edges { source target } } }`;

type Net = {
  nodes: { id: string; kind: string; summary: { hubs: number; organizations: number } | null }[];
  edges: { source: string; target: string }[];
};

async function mapOn(asOf: string, open?: string[]) {
  const answer = await run<{ network: Net }>(coordinator(), network, { a: town.id('east'), asOf, open });
  expect(answer.errors).toBeUndefined();
  return answer.data!.network;
}

const resources = (net: Net) =>
  short(net.nodes.filter((n) => ['Hub', 'Organization', 'Council'].includes(n.kind)).map((n) => n.id));

describe('resources as of a day', () => {
  it('draws on the map only what is open that day, and no tie to what is closed', async () => {
    const before = await mapOn('2024-09-29');
    expect(resources(before)).toEqual(['closed', 'gone', 'kyogi', 'npo', 'salon']);
    const after = await mapOn('2024-10-01');
    expect(resources(after)).toEqual(['kyogi', 'npo', 'salon']);
    expect(after.edges.some((e) => e.target === town.id('closed'))).toBe(false);
    // the day it closed is the first day it is closed; a council not yet opened is not there
    expect(resources(await mapOn('2024-09-30'))).toEqual(['gone', 'kyogi', 'npo', 'salon']);
    expect(resources(await mapOn('2024-05-31'))).toEqual(['closed', 'gone', 'npo', 'salon']);
  });

  it('counts in a closed box only the hubs and organizations open that day', async () => {
    const box = async (asOf: string) => (await mapOn(asOf, [])).nodes.find((n) => n.id === town.id('e1'))!.summary;
    expect(await box('2024-09-01')).toEqual({ hubs: 2, organizations: 2 });
    expect(await box('2024-12-01')).toEqual({ hubs: 1, organizations: 1 });
  });

  it('counts in the 地域カルテ what is open and what opened or closed in the year up to the day', async () => {
    const report = `query($a: ID!, $asOf: String) { areaReport(areaId: $a, asOf: $asOf) {
      hubs organizations councils { id }
      resourceChanges { from hubsOpened hubsClosed organizationsOpened organizationsClosed councilsOpened councilsClosed } } }`;
    const answer = await run<{ areaReport: Record<string, unknown> }>(adminViewer, report, {
      a: town.id('east'),
      asOf: '2025-03-31',
    });
    expect(answer.errors).toBeUndefined();
    const { councils, ...figures } = answer.data!.areaReport as { councils: { id: string }[] };
    expect(short(councils.map((c) => c.id))).toEqual(['kyogi']);
    expect(figures).toEqual({
      hubs: 1,
      organizations: 1,
      resourceChanges: {
        from: '2024-03-31',
        hubsOpened: 0,
        hubsClosed: 1,
        organizationsOpened: 0,
        organizationsClosed: 1,
        councilsOpened: 1,
        councilsClosed: 0,
      },
    });
    // a year later: the hub opened on 2025-04-01 counts, what closed in 2024 no longer does
    const later = await run<{ areaReport: { hubs: number; resourceChanges: Record<string, unknown> } }>(
      adminViewer,
      report,
      { a: town.id('east'), asOf: '2025-12-01' },
    );
    expect(later.data!.areaReport.hubs).toBe(2);
    expect(later.data!.areaReport.resourceChanges).toMatchObject({ hubsOpened: 1, hubsClosed: 0, councilsOpened: 0 });
  });
});

describe('since and until through the API', () => {
  const update = `mutation($id: ID!, $input: HubInput!) { updateHub(id: $id, input: $input) { id since until } }`;
  const code = (answer: Answer) => answer.errors?.[0]?.extensions;

  it('sets and clears the dates of a hub, and refuses a closing before the opening, naming until', async () => {
    const set = await run(coordinator(), update, {
      id: town.id('salon'),
      input: { since: '2019-04-01', until: '2026-03-31' },
    });
    expect(set).toEqual({ data: { updateHub: { id: town.id('salon'), since: '2019-04-01', until: '2026-03-31' } } });
    const early = await run(coordinator(), update, { id: town.id('salon'), input: { until: '2019-03-31' } });
    expect(code(early)).toEqual({ code: 'BAD_USER_INPUT', argument: 'until' });
    expect(early.errors?.[0]?.message).toBe(
      'until "2019-03-31" is before since "2019-04-01": a resource closes after it opens',
    );
    const badDate = await run(coordinator(), update, { id: town.id('salon'), input: { since: '2019-02-30' } });
    expect(code(badDate)).toEqual({ code: 'BAD_USER_INPUT', argument: 'since' });
    const cleared = await run(coordinator(), update, { id: town.id('salon'), input: { until: '' } });
    expect(cleared.data).toEqual({ updateHub: { id: town.id('salon'), since: '2019-04-01', until: null } });
  });

  it('refuses the dates of organizations and councils the same way', async () => {
    const org = await run(
      coordinator(),
      `mutation($id: ID!) { updateOrganization(id: $id, input: { until: "2019-01-01" }) { id } }`,
      { id: town.id('npo') },
    );
    expect(code(org)).toEqual({ code: 'BAD_USER_INPUT', argument: 'until' });
    const council = await run(
      coordinator(),
      `mutation($id: ID!) { updateCouncil(id: $id, input: { since: "2024-06-01", until: "2024-05-01" }) { id } }`,
      { id: town.id('kyogi') },
    );
    expect(code(council)).toEqual({ code: 'BAD_USER_INPUT', argument: 'until' });
  });

  it('refuses the change to a planner and a council member', async () => {
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const answer = await run(viewerOf(role, town.ids('east')), update, {
        id: town.id('salon'),
        input: { until: '2030-01-01' },
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
