/**
 * The map's counts are read once per data version (server/graph/readCache.ts): every change of the town's data
 * raises the version, a record of use does not, and a box's summary follows a change at once — made through the
 * API, or by another app server on the same database.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { audit } from '../../server/audit/audit.service.js';
import { dataVersion } from '../../server/graph/readCache.js';
import { adminViewer, run } from '../helpers/api.js';
import { anotherGraph, testGraph } from '../helpers/graph.js';
import { mapTown } from './town.js';

const fixture = mapTown({ restricted: false });
const t = (short: string) => fixture.value.id(short);

const boxesQuery = `query($id: ID!) {
  network(areaId: $id, open: []) { nodes { id summary { people { value } hubs } } }
}`;

async function summaryOf(areaId: string, boxId: string) {
  const answer = await run<{
    network: { nodes: { id: string; summary: { people: { value: number }; hubs: number } | null }[] };
  }>(adminViewer, boxesQuery, { id: areaId });
  expect(answer.errors).toBeUndefined();
  return answer.data!.network.nodes.find((node) => node.id === boxId)?.summary;
}

describe('counts kept per data version', () => {
  it('the version rises with every change of the data, not with a record of use', async () => {
    const graph = await testGraph();
    const before = await dataVersion(graph);
    const changed = await run(
      adminViewer,
      'mutation($id: ID!) { updatePerson(id: $id, input: {ageBand: "80代"}) { id } }',
      {
        id: t('kato'),
      },
    );
    expect(changed.errors).toBeUndefined();
    expect(await dataVersion(graph)).toBeGreaterThan(before);
    // other test files write to the same database meanwhile: hold the version's lock, so that no write can commit,
    // and see a record of use commit all the same (raising the version, it would wait for the lock)
    const { uri, user, password } = inject('neo4j');
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    const session = driver.session();
    const lock = session.beginTransaction();
    try {
      await lock.run("MERGE (v:DataVersion {id: 'town'}) SET v.n = coalesce(v.n, 0)");
      const recorded = audit(
        graph,
        { username: 'x', role: null, requestId: null, address: null },
        { kind: 'LOGIN', action: 'login' },
      ).then(() => 'committed');
      const waited = new Promise((resolve) => setTimeout(() => resolve('waited for the version'), 10_000));
      expect(await Promise.race([recorded, waited])).toBe('committed');
    } finally {
      await lock.rollback();
      await session.close();
      await driver.close();
    }
  });

  it("a box's summary follows a change made through the API", async () => {
    const first = await summaryOf(t('city'), t('west'));
    const east = await summaryOf(t('city'), t('east'));
    // asked twice: the second answer is the kept one, and the same
    expect(await summaryOf(t('city'), t('west'))).toEqual(first);
    const moved = await run(
      adminViewer,
      'mutation($id: ID!, $to: ID!) { updatePerson(id: $id, input: {areaId: $to}) { id } }',
      {
        id: t('kato'),
        to: t('vale'),
      },
    );
    expect(moved.errors).toBeUndefined();
    const after = await summaryOf(t('city'), t('west'));
    expect(after?.people.value).toBe((first?.people.value ?? 0) + 1);
    expect((await summaryOf(t('city'), t('east')))?.people.value).toBe((east?.people.value ?? 0) - 1);
  });

  it('a box follows a change made by another app server on the same database', async () => {
    const before = await summaryOf(t('city'), t('west'));
    // another server: its own Graph, so its own kept rows, over the same database
    const other = await anotherGraph();
    await other.write('MATCH (a:Area {id: $area}) CREATE (:Hub {id: $id, name: $name})-[:LOCATED_IN]->(a)', {
      id: `${t('vale')}-hub2`,
      name: '谷の居場所',
      area: t('vale'),
    });
    expect((await summaryOf(t('city'), t('west')))?.hubs).toBe((before?.hubs ?? 0) + 1);
  });
});
