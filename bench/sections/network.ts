/**
 * `network` end to end over HTTP. The bar (≤ 500 ms) is for a map of ≈5k elements, which docs/DESIGN.md calls a tier-2
 * area; the generated town's areas run larger (tier 3 ≈ 6–20k, tier 2 ≈ 60k elements), so the bar is taken on the
 * area whose map is nearest 5k elements, and the largest tier-2 area is timed beside it without a bar.
 */
import type { Graph } from '../../server/graph/graph.js';
import { type BenchClient, largestArea, median, startBenchApp } from '../app.js';
import type { BenchSection } from '../bench.types.js';

const query = `query($id: ID!) { network(areaId: $id) { nodes { id kind label parentId } edges { id source target type } } }`;
const targetElements = 5000;

/** The tier-2 or tier-3 area whose map is nearest the target, judged by people (≈5 map elements each). */
async function areaNearTarget(graph: Graph): Promise<string | undefined> {
  const rows = await graph.read<{ id: string; people: number }>(
    `MATCH (a:Area) WHERE a.tier IN [2, 3]
     RETURN a.id AS id, COUNT { (:Person)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(a) } AS people`,
  );
  rows.sort(
    (a, b) => Math.abs(Math.log((a.people * 5) / targetElements)) - Math.abs(Math.log((b.people * 5) / targetElements)),
  );
  return rows[0]?.id;
}

/** Median of the last five of seven runs (the first warm the caches), and the map's size. */
async function time(client: BenchClient, areaId: string): Promise<{ ms: number; elements: number; runs: number[] }> {
  let elements = 0;
  const runs: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    const data = await client.query<{ network: { nodes: unknown[]; edges: unknown[] } }>(query, { id: areaId });
    runs.push(performance.now() - start);
    elements = data.network.nodes.length + data.network.edges.length;
  }
  return { ms: median(runs.slice(2)), elements, runs };
}

export const networkSection: BenchSection = {
  name: 'network',
  async run({ graph, report, log }) {
    const near = await areaNearTarget(graph);
    const largest = await largestArea(graph, 2);
    if (!near || !largest) return log('no tier-2 area in the database: run the import section first');
    const client = await startBenchApp(graph);
    try {
      const small = await time(client, near);
      log(`network of ${near}: ${small.elements} elements, runs ${small.runs.map((t) => t.toFixed(0)).join(', ')} ms`);
      report({ name: 'network.5k.elements', value: small.elements, unit: 'nodes+edges' });
      report({
        name: 'network.5k.latency',
        value: small.ms,
        unit: 'ms',
        bar: { text: '≤ 500 ms', met: small.ms <= 500 },
      });
      const big = await time(client, largest);
      log(`network of ${largest}: ${big.elements} elements, runs ${big.runs.map((t) => t.toFixed(0)).join(', ')} ms`);
      report({ name: 'network.largestTier2.elements', value: big.elements, unit: 'nodes+edges' });
      report({ name: 'network.largestTier2.latency', value: big.ms, unit: 'ms' });
    } finally {
      await client.close();
    }
  },
};
