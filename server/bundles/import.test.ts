import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { BundleInvalidError } from '../shared/errors.js';
import { importBundle } from './import.js';
import { csv, smallTown, writeBundleFolder } from './testBundles.js';
import { countUnder, edgesUnder, nodesUnder } from './testGraphState.js';

const prefixes: string[] = [];
function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

/** The bundle problems an import throws, as `file:line:column` strings. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BundleInvalidError);
  return (error as BundleInvalidError).problems.map((p) => `${p.file}:${p.line}:${p.column}`);
}

describe('importBundle', () => {
  it('builds the town as the graph model describes it', async () => {
    const graph = await testGraph();
    const p = prefix();
    const counts = await importBundle(graph, writeBundleFolder(smallTown(p)));
    expect(counts).toEqual({
      ...{ 'areas.csv': 5, 'households.csv': 1, 'people.csv': 3, 'organizations.csv': 2 },
      ...{ 'councils.csv': 1, 'hubs.csv': 1, 'ties.csv': 7 },
    });
    const nodes = await nodesUnder(graph, p);
    expect(nodes.find((n) => n.props.id === `${p}city`)).toEqual({
      label: 'Area',
      props: {
        ...{ id: `${p}city`, name: 'みどり市', tier: 1, population: 52000, households: 23000, elderly: 16000 },
        // no sort_order column: the row's place
        sortOrder: 1,
      },
    });
    expect(nodes.find((n) => n.props.id === `${p}north`)?.props).toEqual({
      ...{ id: `${p}north`, name: '北中学校区', tier: 2, population: 26000, sortOrder: 2 },
    });
    expect(nodes.find((n) => n.props.id === `${p}p2`)).toEqual({
      label: 'Person',
      props: {
        ...{ id: `${p}p2`, name: '佐藤一郎', ageBand: '70代', roles: ['MINSEI_IIN', 'VOLUNTEER'] },
        ...{ needs: [], interests: [], consent: 'PROFESSIONALS', restrictedFor: [], canOffer: [] },
      },
    });
    expect(nodes.find((n) => n.props.id === `${p}p1`)?.props).toMatchObject({
      roles: ['RESIDENT'],
      consent: 'COMMUNITY',
    });
    expect(nodes.find((n) => n.props.id === `${p}p3`)?.props).toMatchObject({ consent: 'NONE' });
    expect(nodes.find((n) => n.props.id === `${p}c1`)).toEqual({
      label: 'Council',
      props: { id: `${p}c1`, name: '北第2層協議体', kind: '協議体', tier: 2 },
    });

    const edges = (await edgesUnder(graph, p)).map((e) => `${e.from} ${e.type} ${e.to}`.replaceAll(p, ''));
    expect(edges).toEqual([
      'c1 COVERS north',
      'h1 LOCATED_IN n1',
      'hub1 LOCATED_IN n1',
      'n1 WITHIN north',
      'north WITHIN city',
      'o1 COLLABORATES o2',
      'o1 LOCATED_IN north',
      'o1 MEMBER_OF c1',
      'o1 SERVES north',
      'o1 SUPPORTS h1',
      'o2 LOCATED_IN city',
      'o2 RUNS hub1',
      'o2 SERVES north',
      'o2 SERVES south',
      'p1 FAMILY p3',
      'p1 LOCATED_IN n1',
      'p1 MEMBER_OF h1',
      'p1 PARTICIPATES_IN hub1',
      'p2 LOCATED_IN n1',
      'p2 WATCHES_OVER p1',
      'p3 LOCATED_IN s1',
      'p3 MEMBER_OF h1',
      's1 WITHIN south',
      'south WITHIN city',
    ]);
    const watch = (await edgesUnder(graph, p)).find((e) => e.type === 'WATCHES_OVER');
    expect(watch?.props).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      since: '2023-04-01',
      strength: 'STRONG',
      note: '週1回訪問',
    });
    const family = (await edgesUnder(graph, p)).find((e) => e.type === 'FAMILY');
    expect(family?.props).toEqual({ id: expect.any(String), strength: 'NORMAL' });
  });

  it('reads a Shift_JIS bundle written with Japanese labels', async () => {
    const graph = await testGraph();
    const p = prefix();
    const folder = writeBundleFolder({
      'areas.csv': iconv.encode(
        csv('id,name,tier,parent_id', `${p}city,髙橋町,第1層,`, `${p}n,北区,第2層,${p}city`),
        'cp932',
      ),
      'people.csv': iconv.encode(
        csv('id,name,area_id,household_id,roles,needs,consent', `${p}p1,髙橋ハナ,${p}n,,民生委員,高齢;障害,地域で共有`),
        'cp932',
      ),
      'ties.csv': iconv.encode(csv('from_id,to_id,type,strength', `${p}p1,${p}p1,見守り,強い`), 'cp932'),
    });
    await importBundle(graph, folder);
    const nodes = await nodesUnder(graph, p);
    expect(nodes.map((n) => n.props.name)).toEqual(['髙橋町', '北区', '髙橋ハナ']);
    expect(nodes[1].props.tier).toBe(2);
    expect(nodes[2].props).toMatchObject({
      roles: ['MINSEI_IIN'],
      needs: ['ELDERLY', 'DISABILITY'],
      consent: 'COMMUNITY',
    });
    expect((await edgesUnder(graph, p)).find((e) => e.type === 'WATCHES_OVER')?.props.strength).toBe('STRONG');
  });

  it('reads a UTF-8 bundle with a BOM', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(
      graph,
      writeBundleFolder({ 'areas.csv': `\uFEFF${csv('id,name,tier,parent_id', `${p}city,みどり市,1,`)}` }),
    );
    expect((await nodesUnder(graph, p)).map((n) => n.props)).toEqual([
      { id: `${p}city`, name: 'みどり市', tier: 1, sortOrder: 1 },
    ]);
  });

  it('refuses a bundle with problems, naming every one, and changes nothing', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const before = {
      counts: await countUnder(graph, p),
      nodes: await nodesUnder(graph, p),
      edges: await edgesUnder(graph, p),
    };
    const town = smallTown(p);
    town['areas.csv'] += `${p}n9,新しい区,3,${p}city,,-1,\n`; // line 7: tier 3 under tier 1; a negative count
    town['people.csv'] = csv(
      'id,name,area_id,household_id,age_band,roles,needs,interests,consent',
      `${p}p1,山田ハナ,${p}n1,${p}h1,80代,,ELDERLY,,COMMUNITY`,
      `${p}p4,,${p}nowhere,${p}n1,,VOLUNTER,,,`, // line 3: empty name, unknown area, household is an area, unknown role
      `${p}o1,重複,${p}n1,,,,,,`, // line 4: an organization's id
    );
    town['ties.csv'] += `${p}p1,${p}o1,FAMILY,2024-13-01,,,\n${p}p2,${p}p1,NEIGHBOR,2024-05-01,2024-04-01,,\n`;
    const problems = await problemsOf(importBundle(graph, writeBundleFolder(town)));
    expect(problems).toEqual([
      'areas.csv:7:4',
      'areas.csv:7:6',
      'people.csv:3:2',
      'people.csv:3:3',
      'people.csv:3:4',
      'people.csv:3:6',
      'people.csv:4:1',
      'organizations.csv:2:1',
      'ties.csv:9:2',
      'ties.csv:9:4',
      'ties.csv:10:5',
    ]);
    expect(await countUnder(graph, p)).toEqual(before.counts);
    expect(await nodesUnder(graph, p)).toEqual(before.nodes);
    expect(await edgesUnder(graph, p)).toEqual(before.edges);
  });

  it('throws BUNDLE_INVALID with the problems listed in its message', async () => {
    const graph = await testGraph();
    const p = prefix();
    const folder = writeBundleFolder({ 'areas.csv': csv('id,name,tier,parent_id', `${p}a,市,9,`) });
    const error = (await importBundle(graph, folder).catch((thrown: unknown) => thrown)) as BundleInvalidError;
    expect(error.extensions).toEqual({
      code: 'BUNDLE_INVALID',
      problems: [
        {
          ...{ file: 'areas.csv', line: 2, column: 3, columnName: 'tier', value: '9' },
          message: '"9" is not a tier; expected 1 (第1層), 2 (第2層), 3 (第3層)',
        },
      ],
    });
    expect(error.message).toBe(
      'the bundle has 1 problem; nothing was imported:\nareas.csv:2:3 (tier) "9" is not a tier; expected 1 (第1層), 2 (第2層), 3 (第3層)',
    );
    expect(await countUnder(graph, p)).toEqual({ nodes: 0, edges: 0 });
  });

  it('merges into what the database holds, referring to ids already there', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    await importBundle(
      graph,
      writeBundleFolder({
        // a new neighbourhood under an area already in the database; population left out keeps the old value
        'areas.csv': csv(
          'id,name,tier,parent_id',
          `${p}n2,北第二小学校区,3,${p}north`,
          `${p}north,北中学校区(改),2,${p}city`,
        ),
        'people.csv': csv('id,name,area_id,household_id', `${p}p9,新住民,${p}n2,${p}h1`),
        'ties.csv': csv('from_id,to_id,type', `${p}o1,${p}p9,SUPPORTS`, `${p}p9,${p}c1,MEMBER_OF`),
      }),
    );
    const nodes = await nodesUnder(graph, p);
    // its place in the order too, which a bundle without sort_order does not change
    expect(nodes.find((n) => n.props.id === `${p}north`)?.props).toEqual({
      ...{ id: `${p}north`, name: '北中学校区(改)', tier: 2, population: 26000, sortOrder: 2 },
    });
    expect(nodes.find((n) => n.props.id === `${p}p9`)?.props).toEqual({
      ...{
        id: `${p}p9`,
        name: '新住民',
        roles: ['RESIDENT'],
        needs: [],
        interests: [],
        consent: 'NONE',
        restrictedFor: [],
        canOffer: [],
      },
    });
    const edges = (await edgesUnder(graph, p)).map((e) => `${e.from} ${e.type} ${e.to}`.replaceAll(p, ''));
    expect(edges).toEqual(
      expect.arrayContaining([
        'n2 WITHIN north',
        'p9 LOCATED_IN n2',
        'p9 MEMBER_OF h1',
        'o1 SUPPORTS p9',
        'p9 MEMBER_OF c1',
      ]),
    );
    expect(edges.filter((e) => e.startsWith('north '))).toEqual(['north WITHIN city']);
  });

  it('changes nothing when the same bundle is imported again', async () => {
    const graph = await testGraph();
    const p = prefix();
    const folder = writeBundleFolder(smallTown(p));
    await importBundle(graph, folder);
    const nodes = await nodesUnder(graph, p);
    const edges = await edgesUnder(graph, p);
    await importBundle(graph, folder);
    expect(await nodesUnder(graph, p)).toEqual(nodes);
    expect(await edgesUnder(graph, p)).toEqual(edges); // tie ids included
  });

  it('replaces the structure edges of a re-imported node and updates its ties', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const watchId = (await edgesUnder(graph, p)).find((e) => e.type === 'WATCHES_OVER')?.props.id;
    await importBundle(
      graph,
      writeBundleFolder({
        'people.csv': csv('id,name,area_id,household_id', `${p}p1,山田ハナ,${p}s1,`),
        'organizations.csv': csv('id,name,area_id,serves', `${p}o2,みどり市社会福祉協議会,${p}city,${p}south`),
        'ties.csv': csv('from_id,to_id,type,since,until,note', `${p}p2,${p}p1,WATCHES_OVER,2023-04-01,2025-03-31,`),
      }),
    );
    const edges = await edgesUnder(graph, p);
    const from = (id: string) =>
      edges.filter((e) => e.from === `${p}${id}`).map((e) => `${e.type} ${e.to}`.replaceAll(p, ''));
    expect(from('p1')).toEqual(['FAMILY p3', 'LOCATED_IN s1', 'PARTICIPATES_IN hub1']);
    expect(from('o2')).toEqual(['LOCATED_IN city', 'RUNS hub1', 'SERVES south']);
    const watch = edges.find((e) => e.type === 'WATCHES_OVER');
    // the same tie: its id is kept, `until` set, the note emptied, strength (left out) kept
    expect(watch?.props).toEqual({ id: watchId, since: '2023-04-01', until: '2025-03-31', strength: 'STRONG' });
    const nodes = await nodesUnder(graph, p);
    expect(nodes.find((n) => n.props.id === `${p}p1`)?.props).toMatchObject({
      ageBand: '80代',
      needs: ['ELDERLY', 'HEALTH'],
    });
  });
});
