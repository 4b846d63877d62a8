/**
 * The analyses end to end over HTTP, each against its bar (docs/DESIGN.md "Bars"): isolatedPeople on the whole town and on
 * its largest tier-2 area, missingLinks and structure on that area, areaReport on the town (tier 1, no bar set).
 * Each operation runs 7 times; the figure is the median of the last 5 (the first ones warm the query caches).
 * Needs a town in the database: run the import section first (it leaves the 100k town).
 */
import { type BenchClient, largestArea, median, startBenchApp } from '../app.js';
import type { BenchContext, BenchSection } from '../bench.types.js';

const rounds = 7;
const warmRounds = 2;

interface Timed {
  ms: number;
  /** What the last answer held, for the log. */
  size: string;
}

async function timed(
  client: BenchClient,
  query: string,
  variables: Record<string, unknown>,
  size: (data: any) => string,
): Promise<Timed> {
  const times: number[] = [];
  let last: unknown;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    last = await client.query(query, variables);
    times.push(performance.now() - start);
  }
  return { ms: Math.round(median(times.slice(warmRounds))), size: size(last) };
}

/** A tier to run an analysis on (its largest area) and the bar in milliseconds there (none: figure only). */
interface Run {
  tier: 1 | 2;
  barMs?: number;
}

/** One analysis: its query, the tiers it runs on, and what to say of an answer. */
function section(name: string, query: string, runs: Run[], size: (data: any) => string): BenchSection {
  return {
    name,
    async run({ graph, report, log }: BenchContext) {
      const client = await startBenchApp(graph);
      try {
        for (const { tier, barMs } of runs) {
          const areaId = await largestArea(graph, tier);
          if (!areaId) return log(`no tier-${tier} area in the database: run the import section first`);
          const result = await timed(client, query, { id: areaId }, size);
          log(`${name} of ${areaId}: ${result.size}`);
          report({
            name: `${name}.tier${tier}.latency`,
            value: result.ms,
            unit: 'ms',
            ...(barMs === undefined
              ? {}
              : { bar: { text: `≤ ${barMs.toLocaleString('en-US')} ms`, met: result.ms <= barMs } }),
          });
        }
      } finally {
        await client.close();
      }
    },
  };
}

const count = (field: string) => (data: any) => `${data[field].length} findings`;

export const isolationSection = section(
  'isolatedPeople',
  'query($id: ID!) { isolatedPeople(areaId: $id) { person { id name } socialDegree informalTies formalTies unmetNeeds reasons } }',
  [
    { tier: 1, barMs: 1000 },
    { tier: 2, barMs: 200 },
  ],
  count('isolatedPeople'),
);

export const missingLinksSection = section(
  'missingLinks',
  'query($id: ID!) { missingLinks(areaId: $id) { kind subjectIds suggestedIds field explanation score } }',
  [{ tier: 2, barMs: 1000 }],
  count('missingLinks'),
);

export const structureSection = section(
  'structure',
  'query($id: ID!) { structure(areaId: $id) { nodeCount edgeCount components articulationPoints bridges brokers { id betweenness } communities { id size } } }',
  [{ tier: 2, barMs: 3000 }],
  (data) =>
    `${data.structure.nodeCount} nodes, ${data.structure.edgeCount} edges, ${data.structure.components} components`,
);

export const areaReportSection = section(
  'areaReport',
  `query($id: ID!) { areaReport(areaId: $id) {
    areaId residentsKnown { text } isolated { text } isolationRate { value } peopleWithUnmetNeeds { text }
    hubsByKind { kind count } hubsPer1000Elderly organizationsByField { field count } councils { id organizationMembers personMembers { text } }
    unaffiliatedResources watchersPerPersonInNeed { value }
    children { areaId residentsKnown { text } isolated { text } isolationRate { value } peopleWithUnmetNeeds { text } hubsPer1000Elderly unaffiliatedResources }
  } }`,
  [{ tier: 1 }],
  (data) => `${data.areaReport.residentsKnown.text} residents, ${data.areaReport.children.length} child areas`,
);

/** In the order they run. */
export const analysisSections: readonly BenchSection[] = [
  isolationSection,
  missingLinksSection,
  structureSection,
  areaReportSection,
];
