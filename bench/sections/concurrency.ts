/**
 * 50 concurrent clients for 60 s on loopback, each behaving like a coordinator at a desk: a read, a pause of one to three
 * seconds to look at it, the next read. The reads are those of working through a neighbourhood — ecomaps,
 * a person's details and ties, the isolated people of a tier-3 area, the area list. Opening a whole map is measured
 * on its own (the network section). Bar: no error, p95 ≤ 300 ms. BENCH_CLIENTS and BENCH_SECONDS shorten it.
 */
import { percentile, startBenchApp } from '../app.js';
import type { BenchSection } from '../bench.types.js';

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);

export const concurrencySection: BenchSection = {
  name: 'concurrency',
  async run({ graph, report, log }) {
    const areas = await graph.read<{ id: string }>('MATCH (a:Area {tier: 3}) RETURN a.id AS id ORDER BY a.id LIMIT 50');
    const people = await graph.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 500');
    if (areas.length === 0 || people.length === 0) return log('no town in the database: run the import section first');
    const client = await startBenchApp(graph);
    const person = (i: number) => ({ id: people[i % people.length].id });
    const operations = [
      (i: number) =>
        client.query(
          'query($id: ID!) { ecomap(personId: $id) { nodes { id kind label parentId } edges { id source target type strength } } }',
          person(i),
        ),
      (i: number) =>
        client.query(
          'query($id: ID!) { person(id: $id) { id name ageBand roles needs interests consent household { id } } }',
          person(i),
        ),
      (i: number) =>
        client.query(
          'query($id: ID!) { ties(nodeId: $id) { id type sourceId targetId since until strength active } }',
          person(i),
        ),
      (i: number) =>
        client.query(
          'query($id: ID!) { ecomap(personId: $id) { nodes { id kind label parentId } edges { id source target type strength } } }',
          person(i + 7),
        ),
      (i: number) =>
        client.query('query($id: ID!) { isolatedPeople(areaId: $id) { person { id name } socialDegree reasons } }', {
          id: areas[i % areas.length].id,
        }),
      () => client.query('{ areas { id name tier parent { id } peopleKnown { text } } }'),
    ];
    const latencies: number[] = [];
    const errors: string[] = [];
    const deadline = performance.now() + seconds * 1000;
    try {
      await Promise.all(
        Array.from({ length: clients }, async (_, clientIndex) => {
          for (let i = clientIndex; performance.now() < deadline; i += clients) {
            const start = performance.now();
            try {
              await operations[i % operations.length](i);
              latencies.push(performance.now() - start);
            } catch (error) {
              errors.push((error as Error).message);
            }
            await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 2000));
          }
        }),
      );
    } finally {
      await client.close();
    }
    if (errors.length) log(`first errors: ${[...new Set(errors)].slice(0, 3).join(' | ')}`);
    const p95 = percentile(latencies, 95);
    report({
      name: 'concurrency.requests',
      value: latencies.length + errors.length,
      unit: `requests in ${seconds} s by ${clients} clients`,
    });
    report({
      name: 'concurrency.errors',
      value: errors.length,
      unit: 'errors',
      bar: { text: '0', met: errors.length === 0 },
    });
    report({ name: 'concurrency.p95', value: p95, unit: 'ms', bar: { text: '≤ 300 ms', met: p95 <= 300 } });
  },
};
