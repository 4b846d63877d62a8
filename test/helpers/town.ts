/**
 * Small hand-made towns for the graph tests, written with parameterised Cypher. Ids in a spec are short
 * ('yamada'); the town prefixes them with the test's unique prefix, so tests run side by side and clean up only
 * what they made (removeByPrefix). `testTown` does all of that for a test file or a describe block.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Graph } from '../../server/graph/graph.js';
import { type TieType, tieTypes } from '../../server/vocabulary/ties.js';
import { removeByPrefix, testGraph, uniquePrefix } from './graph.js';

export interface TownSpec {
  areas?: {
    id: string;
    name?: string;
    tier: number;
    parent?: string;
    population?: number;
    households?: number;
    elderly?: number;
  }[];
  households?: { id: string; name?: string; area?: string }[];
  people?: {
    id: string;
    name?: string;
    area?: string;
    household?: string;
    roles?: string[];
    needs?: string[];
    interests?: string[];
    consent?: string;
    ageBand?: string;
    props?: Props;
  }[];
  organizations?: {
    id: string;
    name?: string;
    kind?: string;
    fields?: string[];
    area?: string;
    serves?: string[];
    props?: Props;
  }[];
  councils?: { id: string; name?: string; kind?: string; tier?: number; covers?: string[]; props?: Props }[];
  hubs?: {
    id: string;
    name?: string;
    kind?: string;
    area?: string;
    tags?: string[];
    audience?: string[];
    props?: Props;
  }[];
  ties?: { from: string; to: string; type: TieType; since?: string; until?: string; strength?: string }[];
}

/** Further properties set on the node as they are (since, until, a hub's shape, a person's offers). */
type Props = Record<string, string | boolean | string[] | null>;

type Label = 'Area' | 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';
const labels: Label[] = ['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub'];

export interface Town {
  /** The full id of a short id. */
  id(short: string): string;
  ids(...short: string[]): string[];
}

export async function buildTown(graph: Graph, prefix: string, spec: TownSpec): Promise<Town> {
  const id = (short: string) => `${prefix}${short}`;
  const labelOf = new Map<string, Label>();
  const note = (label: Label, list: { id: string }[] = []) => {
    for (const x of list) labelOf.set(x.id, label);
  };
  note('Area', spec.areas);
  note('Household', spec.households);
  note('Person', spec.people);
  note('Organization', spec.organizations);
  note('Council', spec.councils);
  note('Hub', spec.hubs);

  await graph.transaction(async (tx) => {
    await tx.run(
      `UNWIND $rows AS row
       CREATE (:Area {id: row.id, name: row.name, tier: row.tier, population: row.population, households: row.households, elderly: row.elderly})`,
      { rows: (spec.areas ?? []).map((a) => ({ ...a, id: id(a.id), name: a.name ?? a.id })) },
    );
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Area {id: row.id}), (up:Area {id: row.parent}) CREATE (a)-[:WITHIN]->(up)`,
      { rows: (spec.areas ?? []).filter((a) => a.parent).map((a) => ({ id: id(a.id), parent: id(a.parent!) })) },
    );
    await tx.run(
      `UNWIND $rows AS row CREATE (h:Household {id: row.id, name: row.name})
       WITH h, row MATCH (a:Area {id: row.area}) CREATE (h)-[:LOCATED_IN]->(a)`,
      {
        rows: (spec.households ?? []).map((h) => ({ id: id(h.id), name: h.name ?? h.id, area: h.area && id(h.area) })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (p:Person {id: row.id, name: row.name, roles: row.roles, needs: row.needs, interests: row.interests, consent: row.consent, ageBand: row.ageBand})
       SET p += row.props
       WITH p, row
       CALL (p, row) { MATCH (a:Area {id: row.area}) CREATE (p)-[:LOCATED_IN]->(a) }
       CALL (p, row) { MATCH (h:Household {id: row.household}) CREATE (p)-[:MEMBER_OF]->(h) }`,
      {
        rows: (spec.people ?? []).map((p) => ({
          id: id(p.id),
          name: p.name ?? p.id,
          roles: p.roles ?? ['RESIDENT'],
          needs: p.needs ?? [],
          interests: p.interests ?? [],
          consent: p.consent ?? 'NONE',
          ageBand: p.ageBand ?? null,
          area: p.area && id(p.area),
          household: p.household && id(p.household),
          props: p.props ?? {},
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (o:Organization {id: row.id, name: row.name, kind: row.kind, fields: row.fields})
       SET o += row.props
       WITH o, row
       CALL (o, row) { MATCH (a:Area {id: row.area}) CREATE (o)-[:LOCATED_IN]->(a) }
       CALL (o, row) { UNWIND row.serves AS served MATCH (a:Area {id: served}) CREATE (o)-[:SERVES]->(a) }`,
      {
        rows: (spec.organizations ?? []).map((o) => ({
          id: id(o.id),
          name: o.name ?? o.id,
          kind: o.kind ?? 'NPO',
          fields: o.fields ?? [],
          area: o.area && id(o.area),
          serves: (o.serves ?? []).map(id),
          props: o.props ?? {},
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (c:Council {id: row.id, name: row.name, kind: row.kind, tier: row.tier})
       SET c += row.props
       WITH c, row
       UNWIND row.covers AS covered MATCH (a:Area {id: covered}) CREATE (c)-[:COVERS]->(a)`,
      {
        rows: (spec.councils ?? []).map((c) => ({
          id: id(c.id),
          name: c.name ?? c.id,
          kind: c.kind ?? '協議体',
          tier: c.tier ?? 2,
          covers: (c.covers ?? []).map(id),
          props: c.props ?? {},
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (h:Hub {id: row.id, name: row.name, kind: row.kind, tags: row.tags, audience: row.audience})
       SET h += row.props
       WITH h, row MATCH (a:Area {id: row.area}) CREATE (h)-[:LOCATED_IN]->(a)`,
      {
        rows: (spec.hubs ?? []).map((h) => ({
          id: id(h.id),
          name: h.name ?? h.id,
          kind: h.kind ?? 'サロン',
          tags: h.tags ?? [],
          audience: h.audience ?? [],
          area: h.area && id(h.area),
          props: h.props ?? {},
        })),
      },
    );
    // relationship types and labels come from the fixed lists, one statement per combination used
    for (const type of tieTypes) {
      for (const from of labels) {
        for (const to of labels) {
          const rows = (spec.ties ?? [])
            .filter((t) => t.type === type && labelOf.get(t.from) === from && labelOf.get(t.to) === to)
            .map((t, index) => ({
              id: `${prefix}tie-${type}-${from}-${to}-${index}`,
              from: id(t.from),
              to: id(t.to),
              since: t.since ?? null,
              until: t.until ?? null,
              strength: t.strength ?? 'NORMAL',
            }));
          if (rows.length === 0) continue;
          await tx.run(
            `UNWIND $rows AS row
             MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})
             CREATE (a)-[:${type} {id: row.id, since: row.since, until: row.until, strength: row.strength}]->(b)`,
            { rows },
          );
        }
      }
    }
  });
  const unknown = (spec.ties ?? []).filter((t) => !labelOf.has(t.from) || !labelOf.has(t.to));
  if (unknown.length > 0) throw new Error(`ties to unknown ids: ${JSON.stringify(unknown)}`);
  return { id, ids: (...short) => short.map(id) };
}

/**
 * A fresh prefix for the ids a test makes (e.g. through the API); every node under it is removed after the tests of
 * the current file or describe block (afterAll).
 */
export function testPrefix(): string {
  const prefix = uniquePrefix();
  afterAll(async () => removeByPrefix(await testGraph(), prefix));
  return prefix;
}

/** What a test built under its own prefix; `graph` and `value` are there from its beforeAll on. */
export interface Fixture<T> {
  /** The prefix of every id the test made, e.g. `t3f9a1-`. */
  readonly prefix: string;
  /** The test file's Graph. */
  readonly graph: Graph;
  /** What `build` gave. */
  readonly value: T;
}

/**
 * Runs `build` under a fresh prefix before the tests of the current file or describe block (beforeAll), and removes
 * every node under that prefix after them (afterAll).
 */
export function testFixture<T>(build: (graph: Graph, prefix: string) => Promise<T>): Fixture<T> {
  const prefix = uniquePrefix();
  let built: { graph: Graph; value: T } | undefined;
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await testGraph();
    built = { graph, value: await build(graph, prefix) };
  });
  afterAll(async () => {
    if (graph) await removeByPrefix(graph, prefix);
  });
  const ready = () => {
    if (!built) throw new Error('the fixture is built in beforeAll; use it inside tests and hooks');
    return built;
  };
  return {
    prefix,
    get graph() {
      return ready().graph;
    },
    get value() {
      return ready().value;
    },
  };
}

/** A town of the current test file or describe block; `graph` is there from its beforeAll on. */
export interface TestTown extends Town {
  /** The prefix of every id the town made, e.g. `t3f9a1-`. */
  readonly prefix: string;
  /** The test file's Graph. */
  readonly graph: Graph;
}

/**
 * Builds the town before the tests of the current file or describe block (beforeAll) under a fresh prefix, and
 * removes everything under that prefix after them (afterAll). Its ids are known at once; its graph from beforeAll.
 */
export function testTown(spec: TownSpec): TestTown {
  const fixture = testFixture((graph, prefix) => buildTown(graph, prefix, spec));
  const id = (short: string) => `${fixture.prefix}${short}`;
  return {
    prefix: fixture.prefix,
    id,
    ids: (...short) => short.map(id),
    get graph() {
      return fixture.graph;
    },
  };
}
