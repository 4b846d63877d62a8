/**
 * The 生活便利帳 (resourceDirectory) for each role in and outside their areas: the organizations working in the
 * area and the town-wide ones serving it, the hubs with the organizations running them — and never a person, not
 * even one who runs a hub; outside one's areas it is refused as the map is.
 */
import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../helpers/api.js';
import { testFixture } from '../helpers/town.js';
import { buildPolicyTown, type PolicyTown, people, type ViewerName, viewerNames } from './town.js';

const fixture = testFixture(async (graph, prefix): Promise<PolicyTown> => {
  const town = await buildPolicyTown(graph, prefix);
  // a town-wide window, a hub run by an organization and a person, and a tie of running that has ended
  await graph.write(
    `MATCH (m:Area {id: $m}), (a3:Area {id: $a3}), (oA:Organization {id: $oA}), (com:Person {id: $com})
     CREATE (city:Organization {id: $city, name: '市役所 福祉課', nameKana: 'しやくしょ ふくしか', kind: '市の課',
       fields: ['COMMUNITY']})-[:LOCATED_IN]->(m), (city)-[:SERVES]->(m)
     CREATE (h:Hub {id: $hub, name: 'いこいの家', kind: '居場所', tags: ['囲碁', '茶話会']})-[:LOCATED_IN]->(a3)
     CREATE (oA)-[:RUNS {id: $r1, since: '2020-04-01'}]->(h), (com)-[:RUNS {id: $r2, since: '2020-04-01'}]->(h)
     CREATE (city)-[:RUNS {id: $r3, since: '2019-04-01', until: '2021-04-01'}]->(h)`,
    {
      m: town.id('m'),
      a3: town.id('A3'),
      oA: town.id('oA'),
      com: town.id('com'),
      city: town.id('city'),
      hub: town.id('ikoi'),
      r1: town.id('runs-oA'),
      r2: town.id('runs-com'),
      r3: town.id('runs-city'),
    },
  );
  return town;
});
const id = (short: string) => `${fixture.prefix}${short}`;
const inA: ViewerName[] = ['admin', 'coordA', 'named', 'planner', 'councilA'];

const query = `query($a: ID!) { resourceDirectory(areaId: $a) {
  area { id name tier } asOf
  organizations { id name nameKana kind fields local area { id name } serves { id name } }
  hubs { id name kind tags operators area { id name } } } }`;

describe.each(viewerNames)('as %s', (viewer) => {
  it('the directory of A lists its organizations and hubs, and no person', async () => {
    const answer = await run(fixture.value.viewer(viewer), query, { a: id('A') });
    if (!inA.includes(viewer)) {
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(answer.data).toBeNull();
      return;
    }
    expect(answer.errors).toBeUndefined();
    const directory = answer.data!.resourceDirectory;
    expect(directory.area).toEqual({ id: id('A'), name: 'A', tier: 2 });
    expect(directory.organizations.map((o: { id: string }) => o.id)).toEqual([id('oA'), id('city')]);
    expect(directory.organizations[0]).toMatchObject({ local: true, fields: ['ELDERLY', 'POVERTY'] });
    expect(directory.organizations[1]).toMatchObject({ local: false, kind: '市の課', serves: [{ id: id('m') }] });
    expect(directory.hubs.map((h: { id: string }) => h.id).sort()).toEqual([id('ikoi'), id('salon')].sort());
    const ikoi = directory.hubs.find((h: { id: string }) => h.id === id('ikoi'));
    // run today by the organization; the person running it too is not named, the ended tie not counted
    expect(ikoi).toMatchObject({ operators: ['A地域包括支援センター'], area: { id: id('A3') } });
    const text = JSON.stringify(answer.data);
    for (const person of people) {
      expect(text.includes(fixture.value.name(person)), person).toBe(false);
      expect(text.includes(id(person)), person).toBe(false);
    }
    expect(text.includes('野口世帯')).toBe(false);
  });
});

it('the directory of B holds what works in B, not what works only in A', async () => {
  const answer = await run(fixture.value.viewer('coordB'), query, { a: id('B') });
  expect(answer.errors).toBeUndefined();
  const ids = answer.data!.resourceDirectory.organizations.map((o: { id: string }) => o.id);
  expect(ids).toEqual([id('oB'), id('city')]);
  expect(answer.data!.resourceDirectory.hubs).toEqual([]);
});

it('an area that does not exist is NOT_FOUND, and asking needs a login', async () => {
  const missing = await run(adminViewer, query, { a: id('nowhere') });
  expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  const anonymous = await run(undefined, query, { a: id('A') });
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
