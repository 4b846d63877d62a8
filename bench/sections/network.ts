/** `network` for one tier-2 area, end to end over HTTP (bar: ≤ 500 ms for ≈5k elements). */
import { largestArea, median, startBenchApp } from '../app.js';
import type { BenchSection } from '../bench.types.js';

const query = `query($id: ID!) { network(areaId: $id) { nodes { id kind label parentId } edges { id source target type } } }`;

export const networkSection: BenchSection = {
  name: 'network',
  async run({ graph, report, log }) {
    const areaId = await largestArea(graph, 2);
    if (!areaId) return log('no tier-2 area in the database: run the import section first');
    const client = await startBenchApp(graph);
    try {
      let elements = 0;
      const times: number[] = [];
      for (let round = 0; round < 7; round++) {
        const start = performance.now();
        const data = await client.query<{ network: { nodes: unknown[]; edges: unknown[] } }>(query, { id: areaId });
        times.push(performance.now() - start);
        elements = data.network.nodes.length + data.network.edges.length;
      }
      log(`network of ${areaId}: ${elements} elements, runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
      report({ name: 'network.elements', value: elements, unit: 'nodes+edges' });
      const ms = median(times.slice(2)); // the first runs warm the query caches
      report({ name: 'network.tier2.latency', value: ms, unit: 'ms', bar: { text: '≤ 500 ms', met: ms <= 500 } });
    } finally {
      await client.close();
    }
  },
};
