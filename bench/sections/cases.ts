/**
 * The coordinator's work list (今日の仕事) and a case page over HTTP, on the 100k town with its ≈10k generated cases
 * (seed/generator/cases.ts), against the bar of docs/DESIGN.md: ≤ 300 ms each. The work list is a coordinator's of
 * the largest tier-2 area (an ADMIN's spans every municipality); the case page is the web's case query, and the
 * page as a whole is that and the team ecomap it then asks for. Each runs `rounds` times after `warmRounds`; the
 * figure is the median, printed with p95 and the spread (largest less smallest) of the counted runs.
 * Loads the town itself, cases included (its bundle's support files), when the database has none, or uses the
 * town the import section left.
 */
import path from 'node:path';
import { print } from 'graphql';
import { generateTown } from '../../seed/generator/town.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import type { Graph } from '../../server/graph/graph.js';
import { EcomapDocument, SupportCaseDocument, WorkListDocument } from '../../web/src/gql/graphql.js';
import { type BenchClient, largestArea, median, percentile, startBenchApp } from '../app.js';
import type { BenchContext, BenchSection } from '../bench.types.js';

const people = Number(process.env.BENCH_PEOPLE ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const warmRounds = 3;
const barMs = 300;

async function count(graph: Graph, label: 'Person' | 'Case'): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
  return row.n;
}

/** The town in the database with its cases (its bundle's support files): left by the import section, or loaded here. */
async function ensureTown(context: BenchContext): Promise<void> {
  const { graph, log } = context;
  if ((await count(graph, 'Person')) > 0) {
    if ((await count(graph, 'Case')) > 0) return;
    throw new Error(
      'the database holds a town without cases: run the bench on an empty database, or with the import section',
    );
  }
  const folder = process.env.BENCH_TOWN
    ? path.resolve(process.env.BENCH_TOWN)
    : path.join(context.workDir, 'cases-town');
  if (!process.env.BENCH_TOWN) generateTown({ people, out: folder, seed: 'bench' });
  const started = performance.now();
  const counts = await importBundle(graph, folder, { batchSize: 5000 });
  log(
    `imported the ${people.toLocaleString('en-US')}-person town with ${counts['cases.csv'] ?? 0} cases and ${counts['meetings.csv'] ?? 0} meetings in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** The case of the area with the longest history: most plan versions and monitoring records. */
async function fullestCase(graph: Graph, areaId: string): Promise<{ id: string; subjectId: string; kind: string }> {
  const [row] = await graph.read<{ id: string; subjectId: string; kind: string }>(
    `MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(s)<-[:CONCERNS]-(c:Case)
     WHERE NOT coalesce(s.consent, '') = 'RESTRICTED'
     RETURN c.id AS id, s.id AS subjectId, CASE WHEN s:Household THEN 'Household' ELSE 'Person' END AS kind,
            COUNT { (c)-[:HAS_PLAN]->(:Plan)-[:HAS_ITEM]->() } + COUNT { (c)-[:HAS_MONITORING]->() } AS history
     ORDER BY history DESC, id LIMIT 1`,
    { areaId },
  );
  return row;
}

interface Timed {
  p50: number;
  p95: number;
  spread: number;
  runs: number[];
}

async function timed(work: () => Promise<unknown>): Promise<Timed> {
  const runs: number[] = [];
  for (let round = 0; round < warmRounds + rounds; round++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  const counted = runs.slice(warmRounds);
  return {
    p50: Math.round(median(counted)),
    p95: Math.round(percentile(counted, 95)),
    spread: Math.round(Math.max(...counted) - Math.min(...counted)),
    runs: counted,
  };
}

function reportTimed(context: BenchContext, name: string, t: Timed, bar: boolean): void {
  context.log(`${name}: runs ${t.runs.map((r) => r.toFixed(0)).join(', ')} ms`);
  context.report({
    name: `${name}.p50`,
    value: t.p50,
    unit: 'ms',
    ...(bar ? { bar: { text: `≤ ${barMs} ms`, met: t.p50 <= barMs } } : {}),
  });
  context.report({ name: `${name}.p95`, value: t.p95, unit: 'ms' });
  context.report({ name: `${name}.spread`, value: t.spread, unit: 'ms' });
}

export const casesSection: BenchSection = {
  name: 'cases',
  async run(context) {
    const { graph, log } = context;
    await ensureTown(context);
    const areaId = await largestArea(graph, 2);
    if (!areaId) return log('no tier-2 area in the database');
    const scope = await graph.read<{ id: string }>(
      'MATCH (a:Area)-[:WITHIN*0..]->(:Area {id: $areaId}) RETURN a.id AS id',
      { areaId },
    );
    const client: BenchClient = await startBenchApp(graph, {
      username: 'bench-coordinator',
      role: UserRole.COORDINATOR,
      areaIds: [areaId],
    });
    try {
      const workList = print(WorkListDocument);
      const list = await client.query(workList);
      const sizes = Object.entries(list.workList)
        .filter(([, value]) => Array.isArray(value))
        .map(([key, value]) => `${key} ${(value as unknown[]).length}`);
      log(`work list of a coordinator of ${areaId} (${scope.length} areas): ${sizes.join(', ')}`);
      reportTimed(context, 'cases.workList', await timed(() => client.query(workList)), true);

      const page = await fullestCase(graph, areaId);
      const caseQuery = print(SupportCaseDocument);
      const ecomap = print(EcomapDocument);
      const centre = page.kind === 'Household' ? { householdId: page.subjectId } : { personId: page.subjectId };
      const answer = await client.query(caseQuery, { id: page.id });
      log(
        `case page ${page.id} (${page.kind}): ${answer.case.plans.length} plans, ${answer.case.monitoring.length} monitoring records, team ${answer.case.team.length}`,
      );
      reportTimed(context, 'cases.casePage', await timed(() => client.query(caseQuery, { id: page.id })), true);
      reportTimed(
        context,
        'cases.casePageWithEcomap',
        await timed(async () => {
          await client.query(caseQuery, { id: page.id });
          await client.query(ecomap, { ...centre, includeEnded: false });
        }),
        false,
      );
    } finally {
      await client.close();
    }
  },
};
