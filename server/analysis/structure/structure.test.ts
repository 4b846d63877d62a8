import { beforeAll, describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testGraph } from '../../../test/helpers/graph.js';
import { testTown } from '../../../test/helpers/town.js';
import { standInId as pseudonym } from '../../auth/standIns.js';
import { UserRole } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { adjacency, brandes, componentCount, karateEdges } from './karate.js';
import { projectionPrefix, structure } from './structure.service.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});

describe("structure of Zachary's karate club", () => {
  const town = testTown({
    areas: [{ id: 'club', tier: 3 }],
    people: Array.from({ length: 34 }, (_, i) => ({ id: `m${i + 1}`, area: 'club' })),
    ties: karateEdges.map(([a, b]) => ({ from: `m${a}`, to: `m${b}`, type: 'FRIEND' as const })),
  });
  const member = (n: number) => town.id(`m${n}`);
  const adj = adjacency(34, karateEdges);

  it('has the published size: 34 members, 78 ties, one component', async () => {
    expect(karateEdges).toHaveLength(78);
    const found = await structure(graph, { areaId: town.id('club'), asOf: '2024-04-01' });
    expect(found).toMatchObject({ nodeCount: 34, edgeCount: 78, components: 1, componentSizes: [34] });
  });

  it('finds member 1 as the only articulation point, as removing each member in turn confirms', async () => {
    const cutting = Array.from({ length: 34 }, (_, i) => i + 1).filter((n) => componentCount(adj, n) > 1);
    expect(cutting).toEqual([1]);
    const found = await structure(graph, { areaId: town.id('club'), asOf: '2024-04-01' });
    expect(found.articulationPoints).toEqual([member(1)]);
  });

  it('finds the tie between member 1 and member 12 as the only bridge', async () => {
    const found = await structure(graph, { areaId: town.id('club'), asOf: '2024-04-01' });
    expect(found.bridges).toEqual([[member(1), member(12)].sort()]);
  });

  it('ranks brokers by exact betweenness: 1, 34, 33, 3, 32 first, with the scores of Brandes’ algorithm', async () => {
    const exact = brandes(adj);
    const ranked = Array.from({ length: 34 }, (_, i) => i + 1)
      .filter((n) => exact[n] > 0)
      .sort((a, b) => exact[b] - exact[a]);
    expect(ranked.slice(0, 5)).toEqual([1, 34, 33, 3, 32]);
    expect(exact[1]).toBeCloseTo(231.07, 2);

    const found = await structure(graph, { areaId: town.id('club'), asOf: '2024-04-01' });
    expect(found.brokers.slice(0, 5).map((b) => b.id)).toEqual([1, 34, 33, 3, 32].map(member));
    for (const broker of found.brokers) {
      const n = Number(broker.id.slice(town.prefix.length + 1));
      expect(broker.betweenness).toBeCloseTo(exact[n], 4);
    }
    expect(found.brokers).toHaveLength(Math.min(20, ranked.length));
  });

  it('splits the club into communities that keep the two leaders, 1 and 34, apart', async () => {
    const found = await structure(graph, { areaId: town.id('club'), asOf: '2024-04-01' });
    const communityOf = (n: number) => found.communities.find((c) => c.memberIds.includes(member(n)))!.id;
    expect(found.communities.reduce((sum, c) => sum + c.size, 0)).toBe(34);
    expect(found.communities.length).toBeGreaterThanOrEqual(2);
    expect(communityOf(1)).not.toBe(communityOf(34));
  });
});

describe('structure of a small town', () => {
  /**
   * In c3: the household h of p1 and p2, supported by o, which sits on the council k of c2; p3 is p1's friend and
   * goes to the hub hb; p4's friendship with p3 ended. q, in another municipality, is p1's friend.
   */
  const town = testTown({
    areas: [
      { id: 'city', tier: 1 },
      { id: 'c2', tier: 2, parent: 'city' },
      { id: 'c3', tier: 3, parent: 'c2' },
      { id: 'e3', tier: 3, parent: 'c2' },
      { id: 'village', tier: 1 },
      { id: 'v3', tier: 3, parent: 'village' },
    ],
    households: [{ id: 'h', area: 'c3' }],
    people: [
      { id: 'p1', area: 'c3', household: 'h' },
      { id: 'p2', area: 'c3', household: 'h' },
      { id: 'p3', area: 'c3', consent: 'COMMUNITY' },
      { id: 'p4', area: 'c3' },
      { id: 'q', area: 'v3' },
    ],
    organizations: [{ id: 'o', area: 'c3' }],
    councils: [{ id: 'k', covers: ['c2'] }],
    hubs: [{ id: 'hb', area: 'c3' }],
    ties: [
      { from: 'p3', to: 'p1', type: 'FRIEND' },
      { from: 'p1', to: 'p3', type: 'NEIGHBOR' },
      { from: 'p4', to: 'p3', type: 'FRIEND', until: '2024-01-01' },
      { from: 'o', to: 'h', type: 'SUPPORTS' },
      { from: 'o', to: 'k', type: 'MEMBER_OF' },
      { from: 'p3', to: 'hb', type: 'PARTICIPATES_IN' },
      { from: 'q', to: 'p1', type: 'FRIEND' },
    ],
  });

  it('joins the active ties and household membership inside the area, each pair once', async () => {
    const found = await structure(graph, { areaId: town.id('city'), asOf: '2024-04-01' });
    const pair = (a: string, b: string) => [town.id(a), town.id(b)].sort();
    expect(found).toEqual({
      nodeCount: 8,
      edgeCount: 6,
      components: 2,
      componentSizes: [7, 1],
      // the household h cuts p2 off too, but only people and organizations are listed
      articulationPoints: town.ids('o', 'p1', 'p3'),
      bridges: [
        pair('p1', 'h'),
        pair('p2', 'h'),
        pair('o', 'h'),
        pair('o', 'k'),
        pair('p1', 'p3'),
        pair('p3', 'hb'),
      ].sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1])),
      brokers: [
        { id: town.id('h'), betweenness: 11 },
        { id: town.id('p1'), betweenness: 8 },
        { id: town.id('o'), betweenness: 5 },
        { id: town.id('p3'), betweenness: 5 },
      ],
      communities: expect.any(Array),
      cutPoints: [],
      removals: expect.any(Array),
    });
    expect(found.communities.flatMap((c) => c.memberIds).sort()).toEqual(
      town.ids('h', 'hb', 'k', 'o', 'p1', 'p2', 'p3', 'p4').sort(),
    );
  });

  it('counts the ended friendship while it lasted', async () => {
    const found = await structure(graph, { areaId: town.id('c3'), asOf: '2023-06-01' });
    // k covers c2, not c3: without it, o is no longer a cut
    expect(found).toMatchObject({
      nodeCount: 7,
      edgeCount: 6,
      components: 1,
      articulationPoints: town.ids('p1', 'p3'),
    });
  });

  it('answers an empty area with an empty structure', async () => {
    expect(await structure(graph, { areaId: town.id('e3'), asOf: '2024-04-01' })).toEqual({
      nodeCount: 0,
      edgeCount: 0,
      components: 0,
      componentSizes: [],
      articulationPoints: [],
      bridges: [],
      brokers: [],
      communities: [],
      cutPoints: [],
      removals: [],
    });
  });

  it('answers concurrent requests each with its own projection, and drops them all', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => structure(graph, { areaId: town.id('city'), asOf: '2024-04-01' })),
    );
    for (const answer of answers) expect(answer.brokers).toEqual(answers[0].brokers);
    const [left] = await graph.read<{ count: number }>(
      'CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH $name RETURN count(*) AS count',
      { name: `${projectionPrefix}${town.id('city')}-` },
    );
    expect(left.count).toBe(0);
  });

  it('says the database has no Graph Data Science when it has none', async () => {
    const withoutGds = Object.create(graph, { gdsVersion: { value: undefined } }) as Graph;
    await expect(structure(withoutGds, { areaId: town.id('city') })).rejects.toMatchObject({
      extensions: { code: 'GDS_UNAVAILABLE' },
    });
  });

  it('shows council members people as the map does, by stand-in ids, and planners no person at all', async () => {
    // roles that see no person in detail see the structure as it is today (the one tie with a date ended in 2024)
    const query = `query($id: ID!) { structure(areaId: $id) { articulationPoints bridges brokers { id } communities { memberIds } } }`;
    const planner = viewerOf(UserRole.PLANNER, town.ids('c2', 'c3', 'e3'), town.ids('city'));
    const member = viewerOf(UserRole.COUNCIL_MEMBER, town.ids('c2', 'c3', 'e3'), town.ids('city'));
    const anon = (viewer: typeof planner, id: string) => pseudonym(viewer.username, town.id(id));
    const pair = (a: string, b: string) => [a, b].sort();

    const back = await run(planner, `query($id: ID!) { structure(areaId: $id, asOf: "2024-04-01") { components } }`, {
      id: town.id('c2'),
    });
    expect(back.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const seenByPlanner = (await run(planner, query, { id: town.id('c2') })).data!.structure;
    // planners see no person at all: what is left is the organizations' part of the structure
    expect(seenByPlanner.articulationPoints).toEqual([town.id('o')]);
    expect(seenByPlanner.bridges).toEqual([pair(town.id('o'), town.id('k'))]);
    expect(seenByPlanner.brokers.map((b: { id: string }) => b.id)).toEqual([town.id('o')]);
    const everyone = seenByPlanner.communities.flatMap((c: { memberIds: string[] }) => c.memberIds);
    expect(everyone).not.toContain(town.id('h'));
    expect(everyone.filter((id: string) => id.startsWith('anon-'))).toEqual([]);
    expect(everyone).toEqual(expect.not.arrayContaining(town.ids('p1', 'p2', 'p3', 'p4')));

    const seenByMember = (await run(member, query, { id: town.id('c2') })).data!.structure;
    // a name with COMMUNITY consent, but never the real id
    expect(seenByMember.articulationPoints).toEqual([town.id('o'), anon(member, 'p1'), anon(member, 'p3')]);
  });

  it('answers through the API, and refuses an unknown area', async () => {
    const query = `query($id: ID!) { structure(areaId: $id, asOf: "2024-04-01") { components articulationPoints bridges brokers { id betweenness } } }`;
    const answer = await run(adminViewer, query, { id: town.id('c3') });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.structure).toMatchObject({ components: 2, articulationPoints: town.ids('p1', 'p3') });
    expect((await run(adminViewer, query, { id: town.id('nowhere') })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
