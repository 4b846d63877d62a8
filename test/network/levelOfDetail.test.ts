/**
 * The level-of-detail map (lod-contract.md) against the full map of the same viewer, on a hand-made town: every tie
 * the full map draws is on the level-of-detail map as itself (both ends drawn) or inside the bundle of the drawn
 * nodes holding its ends; every box's summary is the 地域カルテ of that area for that viewer.
 */
import { describe, expect, it } from 'vitest';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { adminViewer, run, viewerOf } from '../helpers/api.js';
import { buildTown, testFixture } from '../helpers/town.js';

interface Node {
  id: string;
  kind: string;
  label: string;
  parentId: string | null;
  anonymous: boolean;
  external: boolean;
  open: boolean;
  summary: Record<string, any> | null;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  category: string;
  strength: string;
  count: number;
  categories: { category: string; count: number }[];
}
interface Net {
  nodes: Node[];
  edges: Edge[];
}

const count = 'value masked text';
const networkQuery = `query($id: ID!, $open: [ID!], $show: [ID!], $focus: ID) {
  network(areaId: $id, open: $open, show: $show, focus: $focus) {
    nodes { id kind label parentId anonymous external open
      summary { people { ${count} } households { ${count} } isolated { ${count} } unmetNeeds { ${count} } organizations hubs councils } }
    edges { id source target type category strength since until active count categories { category count } }
  }
}`;

const fixture = testFixture(async (graph, prefix) => {
  const town = await buildTown(graph, prefix, {
    areas: [
      { id: 'city', tier: 1 },
      { id: 'east', tier: 2, parent: 'city' },
      { id: 'hill', tier: 3, parent: 'east' },
      { id: 'dale', tier: 3, parent: 'east' },
      { id: 'west', tier: 2, parent: 'city' },
      { id: 'vale', tier: 3, parent: 'west' },
    ],
    households: [
      { id: 'hAoki', name: '青木世帯', area: 'hill' },
      { id: 'hNoguchi', name: '野口世帯', area: 'dale' },
    ],
    people: [
      { id: 'aoki', name: '青木 一郎', area: 'hill', household: 'hAoki', consent: 'NONE', needs: ['ELDERLY'] },
      { id: 'aoki2', name: '青木 花子', area: 'hill', household: 'hAoki', consent: 'COMMUNITY' },
      { id: 'ueda', name: '上田 次郎', area: 'hill', consent: 'COMMUNITY', roles: ['MINSEI_IIN'] },
      { id: 'ishii', name: '石井 三郎', area: 'dale', consent: 'PROFESSIONALS', needs: ['HEALTH'] },
      { id: 'kato', name: '加藤 四郎', area: 'dale', consent: 'COMMUNITY' },
      {
        id: 'noguchi',
        name: '野口 麻衣',
        area: 'dale',
        household: 'hNoguchi',
        consent: 'RESTRICTED',
        needs: ['POVERTY'],
      },
      { id: 'sato', name: '佐藤 五郎', area: 'vale', consent: 'COMMUNITY' },
      { id: 'suzuki', name: '鈴木 六郎', area: 'vale', consent: 'NONE', needs: ['ELDERLY'] },
      { id: 'lone', name: '孤立 七郎', area: 'vale', consent: 'NONE' },
    ],
    organizations: [
      { id: 'center', name: '東地域包括支援センター', fields: ['ELDERLY'], area: 'east', serves: ['east'] },
      { id: 'clinic', name: '谷診療所', fields: ['HEALTH'], area: 'vale' },
      { id: 'far', name: '県社協', fields: ['POVERTY'] },
    ],
    hubs: [{ id: 'salon', name: '丘サロン', area: 'hill' }],
    councils: [
      { id: 'eastCouncil', name: '東協議体', covers: ['east'] },
      { id: 'valeCouncil', name: '谷協議体', covers: ['vale'], tier: 3 },
    ],
    ties: [
      { from: 'ueda', to: 'aoki', type: 'WATCHES_OVER' },
      { from: 'aoki2', to: 'salon', type: 'PARTICIPATES_IN' },
      { from: 'ueda', to: 'ishii', type: 'FRIEND' },
      { from: 'ueda', to: 'ishii', type: 'NEIGHBOR' },
      { from: 'kato', to: 'sato', type: 'FAMILY' },
      { from: 'kato', to: 'noguchi', type: 'FRIEND' },
      { from: 'noguchi', to: 'sato', type: 'FRIEND' },
      { from: 'center', to: 'aoki', type: 'SUPPORTS' },
      { from: 'center', to: 'hNoguchi', type: 'SUPPORTS' },
      { from: 'center', to: 'hAoki', type: 'SUPPORTS' },
      { from: 'clinic', to: 'ishii', type: 'SUPPORTS' },
      { from: 'clinic', to: 'suzuki', type: 'SUPPORTS' },
      { from: 'center', to: 'clinic', type: 'COLLABORATES' },
      { from: 'center', to: 'eastCouncil', type: 'MEMBER_OF' },
      { from: 'clinic', to: 'valeCouncil', type: 'MEMBER_OF' },
      { from: 'sato', to: 'valeCouncil', type: 'MEMBER_OF' },
      { from: 'far', to: 'sato', type: 'SUPPORTS' },
      { from: 'suzuki', to: 'sato', type: 'NEIGHBOR', since: '2001-01-01', until: '2002-01-01' },
    ],
  });
  await graph.write(`MATCH (p:Person {id: $id}) SET p.restrictedFor = [$coordinator]`, {
    id: town.id('noguchi'),
    coordinator: 'test-named',
  });
  return town;
});
const t = (short: string) => fixture.value.id(short);

function viewers(): Record<string, Viewer> {
  const east = [t('east'), t('hill'), t('dale')];
  const coordinator = viewerOf(UserRole.COORDINATOR, east, [t('city')]);
  return {
    admin: adminViewer,
    coordinator,
    named: { ...coordinator, username: 'test-named' },
    council: viewerOf(UserRole.COUNCIL_MEMBER, east, [t('city')]),
    planner: viewerOf(UserRole.PLANNER, [t('city'), ...east, t('west'), t('vale')], [t('city')]),
  };
}

async function network(
  viewer: Viewer,
  areaId: string,
  detail: { open?: string[]; show?: string[]; focus?: string } = {},
) {
  const answer = await run<{ network: Net }>(viewer, networkQuery, { id: areaId, ...detail });
  expect(answer.errors).toBeUndefined();
  return answer.data!.network;
}

/** The level-of-detail map the full map implies, given which nodes the level-of-detail map drew. */
function collapsed(full: Net, lod: Net) {
  const parent = new Map(full.nodes.map((n) => [n.id, n.parentId]));
  const drawn = new Set(lod.nodes.map((n) => n.id));
  const holder = (id: string) => {
    let at: string | null | undefined = id;
    while (at && !drawn.has(at)) at = parent.get(at);
    return at;
  };
  const edges = new Map<string, Edge>();
  const bundles = new Map<string, Map<string, number>>();
  for (const edge of full.edges) {
    if (edge.category === 'household') {
      if (drawn.has(edge.source) && drawn.has(edge.target)) edges.set(edge.id, edge);
      continue;
    }
    const a = holder(edge.source)!;
    const b = holder(edge.target)!;
    if (a === edge.source && b === edge.target) edges.set(edge.id, edge);
    else if (a !== b) {
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      const counts = bundles.get(key) ?? new Map<string, number>();
      counts.set(edge.category, (counts.get(edge.category) ?? 0) + 1);
      bundles.set(key, counts);
    }
  }
  return {
    edges: [...edges.values()].sort(byId),
    bundles: Object.fromEntries(
      [...bundles].map(([key, counts]) => [
        `bundle:${key}`,
        ['family', 'informal', 'formal']
          .filter((c) => counts.has(c))
          .map((c) => ({ category: c, count: counts.get(c) })),
      ]),
    ),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function split(lod: Net) {
  const bundles = lod.edges.filter((e) => e.type === 'BUNDLE');
  return {
    edges: lod.edges.filter((e) => e.type !== 'BUNDLE').sort(byId),
    bundles: Object.fromEntries(bundles.map((b) => [b.id, b.categories])),
    bundleList: bundles,
  };
}

/** Every node drawn is as on the full map (but for a box's open and summary); every tie is where it belongs. */
async function expectConsistent(
  viewer: Viewer,
  areaId: string,
  detail: { open?: string[]; show?: string[]; focus?: string },
) {
  const full = await network(viewer, areaId);
  const lod = await network(viewer, areaId, { open: [], ...detail });
  const fullNodes = new Map(full.nodes.map((n) => [n.id, n]));
  for (const node of lod.nodes) {
    expect(fullNodes.has(node.id)).toBe(true);
    if (node.kind !== 'Area') expect(node).toEqual(fullNodes.get(node.id));
    else expect(node.open).toBe(node.summary === null);
  }
  const expected = collapsed(full, lod);
  const got = split(lod);
  expect(got.edges.map((e) => ({ ...e }))).toEqual(expected.edges);
  expect(got.bundles).toEqual(expected.bundles);
  for (const bundle of got.bundleList) {
    const [a, b] = bundle.id.slice('bundle:'.length).split('|');
    expect(a < b).toBe(true);
    expect({ source: bundle.source, target: bundle.target, strength: bundle.strength, count: bundle.count }).toEqual({
      source: a,
      target: b,
      strength: 'NORMAL',
      count: bundle.categories.reduce((sum, c) => sum + c.count, 0),
    });
  }
  return { full, lod };
}

describe('network with level of detail', () => {
  it('leaves the answer without open as it was, but for open and count', async () => {
    const full = await network(adminViewer, t('city'));
    expect(full.nodes.every((n) => n.open && n.summary === null)).toBe(true);
    expect(full.edges.every((e) => e.count === 1 && e.categories.length === 0 && e.type !== 'BUNDLE')).toBe(true);
    expect(full.nodes.some((n) => n.id === t('aoki'))).toBe(true);
  });

  it('opens only the map area: its child areas closed, nothing inside them drawn', async () => {
    const lod = await network(adminViewer, t('city'), { open: [] });
    const areas = lod.nodes.filter((n) => n.kind === 'Area');
    expect(areas.map((a) => [a.id, a.open]).sort()).toEqual(
      [
        [t('city'), true],
        [t('east'), false],
        [t('west'), false],
      ].sort(),
    );
    // the external organization is drawn, as on the full map; nothing located below the city is
    expect(lod.nodes.filter((n) => n.kind !== 'Area').map((n) => n.id)).toEqual([t('far')]);
    const east = lod.nodes.find((n) => n.id === t('east'))!;
    expect(east.summary!.organizations).toBe(1);
    expect(east.summary!.hubs).toBe(1);
    expect(east.summary!.councils).toBe(1);
  });

  for (const who of ['admin', 'coordinator', 'named', 'council', 'planner']) {
    it(`bundles every tie of the full map as ${who} sees it`, async () => {
      const viewer = viewers()[who];
      const root = who === 'admin' || who === 'planner' ? t('city') : t('east');
      for (const detail of [
        { open: [] },
        { open: [t('hill')] },
        { open: [t('east')] },
        { open: [t('dale'), t('vale')] },
        { open: [], show: [t('ishii'), t('clinic')] },
        { open: [], focus: t('center') },
        { open: [t('hill')], focus: t('sato') },
      ]) {
        await expectConsistent(viewer, root, detail);
      }
    });
  }

  it('a summary is the 地域カルテ of the area for the same viewer', async () => {
    const report = `query($id: ID!) { areaReport(areaId: $id) { residentsKnown { ${count} } isolated { ${count} } peopleWithUnmetNeeds { ${count} } hubs } }`;
    for (const viewer of Object.values(viewers())) {
      const root = viewer.role === UserRole.ADMIN || viewer.role === UserRole.PLANNER ? t('city') : t('east');
      const lod = await network(viewer, root, {
        open: [t('hill'), t('vale')].filter((id) => id !== t('vale') || root === t('city')),
      });
      const boxes = lod.nodes.filter((n) => n.kind === 'Area' && !n.open);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        const answer = await run(viewer, report, { id: box.id });
        expect(answer.errors).toBeUndefined();
        const card = answer.data!.areaReport;
        expect(box.summary).toMatchObject({
          people: card.residentsKnown,
          isolated: card.isolated,
          unmetNeeds: card.peopleWithUnmetNeeds,
          hubs: card.hubs,
        });
      }
    }
  });
});
