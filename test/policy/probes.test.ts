/**
 * The probes an attacker with a login tried against the policy (closed since): each request here once told them
 * something about a restricted or undisclosed person.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/api.js';
import { expected, people, testPolicyTown } from './town.js';

const t = testPolicyTown();

beforeAll(async () => {
  const graph = t.graph;
  // a consenting relative in the restricted person's household
  await graph.write(
    `MATCH (h:Household {id: $h}), (a:Area {id: $a})
     CREATE (p:Person {id: $id, name: '野口 和夫', consent: 'PROFESSIONALS', roles: ['RESIDENT'], needs: [], interests: []})
     CREATE (p)-[:LOCATED_IN]->(a), (p)-[:MEMBER_OF]->(h)`,
    { h: t.id('hres'), a: t.id('A3'), id: t.id('kin') },
  );
  // a neighbour of the restricted person
  await graph.write('MATCH (a:Person {id: $a}), (b:Person {id: $b}) CREATE (a)-[:NEIGHBOR {id: $id}]->(b)', {
    a: t.id('com'),
    b: t.id('res'),
    id: t.id('neighbour-tie'),
  });
});

const code = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code;

describe('paging through people', () => {
  it('shows no gap where a hidden person would be, with or without a filter by need', async () => {
    for (const need of [null, 'POVERTY']) {
      const pages: string[][] = [];
      for (let offset = 0; offset < 8; offset++) {
        const answer = await run(
          t.viewer('coordA'),
          'query($a: ID!, $o: Int!, $n: String) { people(areaId: $a, offset: $o, limit: 1, need: $n) { id } }',
          { a: t.id('A'), o: offset, n: need },
        );
        pages.push(answer.data!.people.map((p: { id: string }) => p.id));
      }
      const filled = pages.filter((page) => page.length > 0);
      // every page up to the last is full: the restricted person leaves no empty page behind
      expect(pages.slice(0, filled.length).every((page) => page.length === 1)).toBe(true);
      expect(pages.flat()).not.toContain(t.id('res'));
    }
  });
});

describe('a restricted household', () => {
  it('is not given away by a member who consented', async () => {
    const answer = await run(t.viewer('coordB'), 'query($id: ID!) { person(id: $id) { id household { id } } }', {
      id: t.id('kin'),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.household).toBeNull();
  });

  it('has a case conference with an id that says nothing, seen by none who may not see the household', async () => {
    const graph = t.graph;
    await graph.write(
      `MATCH (a:Area {id: $a}), (o:Organization {id: $o})
       CREATE (c:Council {id: $id, name: 'ケース会議（A3）', kind: 'ケース会議', tier: 3, householdId: $h})-[:COVERS]->(a)
       CREATE (o)-[:MEMBER_OF {id: $tie}]->(c)`,
      { a: t.id('A3'), o: t.id('oA'), id: t.id('case-x'), h: t.id('hres'), tie: t.id('case-tie') },
    );
    for (const viewer of ['coordA', 'planner', 'councilA'] as const) {
      const ties = await run(t.viewer(viewer), 'query($id: ID!) { ties(nodeId: $id) { id } }', { id: t.id('case-x') });
      expect(code(ties), viewer).toBe('NOT_FOUND');
      const org = await run(t.viewer(viewer), 'query($id: ID!) { ties(nodeId: $id) { targetId } }', { id: t.id('oA') });
      expect(JSON.stringify(org.data), viewer).not.toContain(t.id('case-x'));
      const join = await run(
        t.viewer(viewer),
        'mutation($s: ID!, $d: ID!) { createTie(input: {sourceId: $s, targetId: $d, type: "MEMBER_OF"}) { id } }',
        { s: t.id('oA'), d: t.id('case-x') },
      );
      expect(['NOT_FOUND', 'FORBIDDEN'], viewer).toContain(code(join));
    }
    const named = await run(t.viewer('named'), 'query($id: ID!) { ties(nodeId: $id) { id } }', { id: t.id('case-x') });
    expect(named.errors).toBeUndefined();
  });
});

describe('ids of another kind', () => {
  it('answer as unknown ids, not with the kind they name', async () => {
    const asArea = await run(
      t.viewer('coordB'),
      'mutation($id: ID!, $a: ID!) { createHub(id: $id, input: {name: "x", areaId: $a}) { id } }',
      { id: t.id('probe-hub'), a: t.id('res') },
    );
    const unknown = await run(
      t.viewer('coordB'),
      'mutation($id: ID!, $a: ID!) { createHub(id: $id, input: {name: "x", areaId: $a}) { id } }',
      { id: t.id('probe-hub'), a: t.id('nothing') },
    );
    expect(code(asArea)).toBe('NOT_FOUND');
    expect(asArea.errors![0].message.replace(t.id('res'), 'X')).toBe(
      unknown.errors![0].message.replace(t.id('nothing'), 'X'),
    );
  });
});

describe('looking back', () => {
  it('is refused to roles that see no person in detail, on the map and in the structure', async () => {
    for (const viewer of ['planner', 'councilA'] as const) {
      const map = await run(
        t.viewer(viewer),
        'query($a: ID!) { network(areaId: $a, asOf: "2024-04-30") { nodes { id } } }',
        { a: t.id('A') },
      );
      expect(code(map)).toBe('FORBIDDEN');
      const ended = await run(
        t.viewer(viewer),
        'query($a: ID!) { network(areaId: $a, includeEnded: true) { nodes { id } } }',
        { a: t.id('A') },
      );
      expect(code(ended)).toBe('FORBIDDEN');
    }
    const coordinator = await run(
      t.viewer('coordA'),
      'query($a: ID!) { network(areaId: $a, asOf: "2024-04-30") { nodes { id } } }',
      { a: t.id('A') },
    );
    expect(coordinator.errors).toBeUndefined();
  });
});

describe('probing for a hidden person', () => {
  it('leaves a refusal in the audit log', async () => {
    const graph = t.graph;
    const viewer = t.viewer('coordA');
    expect(expected.coordA.res).toBe('HIDDEN');
    await run(viewer, 'query Probe($id: ID!) { person(id: $id) { id } }', { id: t.id('res') });
    await expect
      .poll(async () => {
        const [row] = await graph.read<{ count: number }>(
          "MATCH (e:AuditEvent {kind: 'REFUSAL', username: $u}) WHERE e.message CONTAINS 'NOT_FOUND' RETURN count(e) AS count",
          { u: viewer.username },
        );
        return row.count;
      })
      .toBeGreaterThan(0);
    expect(people).toContain('res');
  });
});

describe('figures', () => {
  it('leave out whom the viewer may not know of: counts, degrees and the structure', async () => {
    const report = 'query($a: ID!) { areaReport(areaId: $a) { residentsKnown { value } peopleInNeed { value } } }';
    const admin = (await run(t.viewer('admin'), report, { a: t.id('A') })).data!.areaReport;
    const coordinator = (await run(t.viewer('coordA'), report, { a: t.id('A') })).data!.areaReport;
    expect(admin.residentsKnown.value - coordinator.residentsKnown.value).toBe(1);
    expect(admin.peopleInNeed.value - coordinator.peopleInNeed.value).toBe(1);
    const shown = await run(t.viewer('coordA'), 'query($a: ID!) { people(areaId: $a, limit: 100) { id } }', {
      a: t.id('A'),
    });
    expect(shown.data!.people).toHaveLength(coordinator.residentsKnown.value);
    const areas = await run(t.viewer('coordA'), '{ areas { id peopleKnown { value } } }');
    const a = areas.data!.areas.find((x: { id: string }) => x.id === t.id('A'));
    expect(a.peopleKnown.value).toBe(coordinator.residentsKnown.value);

    const degree =
      'query($a: ID!) { isolatedPeople(areaId: $a, maxDegree: 10) { person { id } socialDegree informalTies } }';
    const of = async (viewer: 'admin' | 'coordA') =>
      (await run(t.viewer(viewer), degree, { a: t.id('A') })).data!.isolatedPeople.find(
        (f: { person: { id: string } }) => f.person.id === t.id('com'),
      );
    expect((await of('admin')).socialDegree - (await of('coordA')).socialDegree).toBe(1);

    const structure = 'query($a: ID!) { structure(areaId: $a) { nodeCount edgeCount } }';
    const all = (await run(t.viewer('admin'), structure, { a: t.id('A') })).data!.structure;
    const seen = (await run(t.viewer('coordA'), structure, { a: t.id('A') })).data!.structure;
    // the restricted person and their household are not in the coordinator's structure
    expect(all.nodeCount - seen.nodeCount).toBe(2);
  });
});
