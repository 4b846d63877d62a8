import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/graph.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../../../test/helpers/graph.js';
import { buildTown } from '../testing/town.js';
import { adjacency, brandes, componentCount, karateEdges } from './karate.js';
import { structure } from './structure.service.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});

describe("structure of Zachary's karate club", () => {
  const prefix = uniquePrefix();
  const member = (n: number) => `${prefix}m${n}`;
  const adj = adjacency(34, karateEdges);

  beforeAll(async () => {
    await buildTown(graph, prefix, {
      areas: [{ id: 'club', tier: 3 }],
      people: Array.from({ length: 34 }, (_, i) => ({ id: `m${i + 1}`, area: 'club' })),
      ties: karateEdges.map(([a, b]) => ({ from: `m${a}`, to: `m${b}`, type: 'FRIEND' as const })),
    });
  });
  afterAll(() => removeByPrefix(graph, prefix));

  it('has the published size: 34 members, 78 ties, one component', async () => {
    expect(karateEdges).toHaveLength(78);
    const found = await structure(graph, { areaId: `${prefix}club`, asOf: '2024-04-01' });
    expect(found).toMatchObject({ nodeCount: 34, edgeCount: 78, components: 1, componentSizes: [34] });
  });

  it('finds member 1 as the only articulation point, as removing each member in turn confirms', async () => {
    const cutting = Array.from({ length: 34 }, (_, i) => i + 1).filter((n) => componentCount(adj, n) > 1);
    expect(cutting).toEqual([1]);
    const found = await structure(graph, { areaId: `${prefix}club`, asOf: '2024-04-01' });
    expect(found.articulationPoints).toEqual([member(1)]);
  });

  it('finds the tie between member 1 and member 12 as the only bridge', async () => {
    const found = await structure(graph, { areaId: `${prefix}club`, asOf: '2024-04-01' });
    expect(found.bridges).toEqual([[member(1), member(12)].sort()]);
  });

  it('ranks brokers by exact betweenness: 1, 34, 33, 3, 32 first, with the scores of Brandes’ algorithm', async () => {
    const exact = brandes(adj);
    const ranked = Array.from({ length: 34 }, (_, i) => i + 1)
      .filter((n) => exact[n] > 0)
      .sort((a, b) => exact[b] - exact[a]);
    expect(ranked.slice(0, 5)).toEqual([1, 34, 33, 3, 32]);
    expect(exact[1]).toBeCloseTo(231.07, 2);

    const found = await structure(graph, { areaId: `${prefix}club`, asOf: '2024-04-01' });
    expect(found.brokers.slice(0, 5).map((b) => b.id)).toEqual([1, 34, 33, 3, 32].map(member));
    for (const broker of found.brokers) {
      const n = Number(broker.id.slice(prefix.length + 1));
      expect(broker.betweenness).toBeCloseTo(exact[n], 4);
    }
    expect(found.brokers).toHaveLength(Math.min(20, ranked.length));
  });

  it('splits the club into communities that keep the two leaders, 1 and 34, apart', async () => {
    const found = await structure(graph, { areaId: `${prefix}club`, asOf: '2024-04-01' });
    const communityOf = (n: number) => found.communities.find((c) => c.memberIds.includes(member(n)))!.id;
    expect(found.communities.reduce((sum, c) => sum + c.size, 0)).toBe(34);
    expect(found.communities.length).toBeGreaterThanOrEqual(2);
    expect(communityOf(1)).not.toBe(communityOf(34));
  });
});
