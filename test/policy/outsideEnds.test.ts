/**
 * Two probes from a review of the level-of-detail map and the structure: an organization outside the map tied only
 * to someone hidden from the viewer must not be drawn (its presence alone tells that someone is tied to it), and a
 * case conference about a hidden household must not appear in the structure (its existence tells about the family).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/api.js';
import { testPolicyTown } from './town.js';

const t = testPolicyTown();

beforeAll(async () => {
  // the neighbouring district's agency supports the restricted person, and no one else here
  await t.graph.write(
    `MATCH (o:Organization {id: $o}), (p:Person {id: $p}) CREATE (o)-[:SUPPORTS {id: $tie, since: '2024-04-01'}]->(p)`,
    { o: t.id('oB'), p: t.id('res'), tie: t.id('outside-tie') },
  );
  // a case conference about the restricted person's household
  await t.graph.write(
    `MATCH (a:Area {id: $a}), (o:Organization {id: $o})
     CREATE (c:Council {id: $id, name: 'ケース会議（A3）', kind: 'ケース会議', tier: 3, householdId: $h})-[:COVERS]->(a)
     CREATE (o)-[:MEMBER_OF {id: $tie}]->(c)`,
    { a: t.id('A3'), o: t.id('oA'), id: t.id('case-x'), h: t.id('hres'), tie: t.id('case-tie') },
  );
});

const map = `query($a: ID!, $open: [ID!]) { network(areaId: $a, open: $open) { nodes { id external } edges { source target } } }`;

describe('an organization outside the map tied only to someone hidden', () => {
  it('is not drawn for whom that person is hidden, on the whole map or at a level of detail', async () => {
    for (const viewer of ['coordA', 'councilA', 'planner'] as const) {
      for (const open of [null, [], [t.id('A3')]]) {
        const answer = await run(t.viewer(viewer), map, { a: t.id('A'), open });
        expect(answer.errors, viewer).toBeUndefined();
        expect(
          answer.data!.network.nodes.map((n: { id: string }) => n.id),
          `${viewer} ${JSON.stringify(open)}`,
        ).not.toContain(t.id('oB'));
      }
    }
  });

  it('is drawn, with its tie, for whom the person is seen', async () => {
    for (const viewer of ['admin', 'named'] as const) {
      const answer = await run(t.viewer(viewer), map, { a: t.id('A'), open: null });
      const node = answer.data!.network.nodes.find((n: { id: string }) => n.id === t.id('oB'));
      expect(node, viewer).toMatchObject({ external: true });
    }
  });

  it('refuses more ids in open or show than a screen could hold', async () => {
    const many = Array.from({ length: 501 }, (_, i) => `x${i}`);
    for (const argument of ['open', 'show'] as const) {
      const answer = await run(
        t.viewer('coordA'),
        `query($a: ID!, $open: [ID!], $show: [ID!]) { network(areaId: $a, open: $open, show: $show) { nodes { id } } }`,
        { a: t.id('A'), open: argument === 'open' ? many : [], show: argument === 'show' ? many : [] },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.argument).toBe(argument);
    }
  });
});

describe('a case conference about a hidden household', () => {
  const structure = `query($a: ID!) { structure(areaId: $a) {
    articulationPoints bridges brokers { id } communities { memberIds } cutPoints { id sentence } } }`;

  it('is not in the structure for whom the household is hidden', async () => {
    for (const viewer of ['coordA', 'councilA', 'planner'] as const) {
      const answer = await run(t.viewer(viewer), structure, { a: t.id('A') });
      expect(answer.errors, viewer).toBeUndefined();
      expect(JSON.stringify(answer.data), viewer).not.toContain(t.id('case-x'));
      expect(JSON.stringify(answer.data), viewer).not.toContain('ケース会議');
    }
  });

  it('is there for whom the household is seen', async () => {
    const answer = await run(t.viewer('admin'), structure, { a: t.id('A') });
    expect(JSON.stringify(answer.data)).toContain(t.id('case-x'));
  });
});
