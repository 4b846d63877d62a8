/**
 * The level-of-detail map (lod-contract.md) against the full map of the same viewer, on a hand-made town: every tie
 * the full map draws is on the level-of-detail map as itself (both ends drawn) or inside the bundle of the drawn
 * nodes holding its ends; every box's summary is the 地域カルテ of that area for that viewer.
 */
import { describe, expect, it } from 'vitest';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { adminViewer, run } from '../helpers/api.js';
import { mapTown, mapViewers } from './town.js';

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

const fixture = mapTown();
const t = (short: string) => fixture.value.id(short);
const viewers = () => mapViewers(t);

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

  it('draws a shown entity inside partial boxes, holding only what is shown', async () => {
    const lod = await network(adminViewer, t('city'), { open: [], show: [t('suzuki')] });
    const node = (id: string) => lod.nodes.find((n) => n.id === id);
    expect(node(t('suzuki'))!.parentId).toBe(t('vale'));
    for (const box of [t('west'), t('vale')]) {
      expect(node(box)).toMatchObject({ open: false });
      expect(node(box)!.summary).not.toBeNull();
    }
    expect(node(t('vale'))!.parentId).toBe(t('west'));
    // nothing else of the boxes is drawn
    expect(node(t('sato'))).toBeUndefined();
    expect(node(t('clinic'))).toBeUndefined();
    // the ended NEIGHBOR tie to sato is not counted without includeEnded
    expect(lod.edges.find((e) => e.id === `bundle:${[t('suzuki'), t('vale')].sort().join('|')}`)).toMatchObject({
      count: 1,
      categories: [{ category: 'formal', count: 1 }],
    });
  });

  it('draws the focus with every node tied to it, each in its own area', async () => {
    const lod = await network(adminViewer, t('city'), { open: [], focus: t('kato') });
    const parent = (id: string) => lod.nodes.find((n) => n.id === id)?.parentId;
    expect(parent(t('kato'))).toBe(t('dale'));
    expect(parent(t('sato'))).toBe(t('vale'));
    expect(parent(t('noguchi'))).toBe(t('dale'));
    expect(lod.edges.some((e) => e.source === t('kato') && e.target === t('sato') && e.type === 'FAMILY')).toBe(true);
    expect(lod.nodes.find((n) => n.id === t('hill'))).toBeUndefined();
  });

  it('takes the stand-in ids the viewer was given, and ignores ids it may not see or that name nothing', async () => {
    const council = viewers().council;
    const full = await network(council, t('east'));
    const standIn = full.nodes.find((n) => n.kind === 'Person' && n.parentId === t('dale') && n.anonymous)!;
    expect(standIn.id).toMatch(/^anon-/);
    const shown = await network(council, t('east'), { open: [], show: [standIn.id] });
    expect(shown.nodes.find((n) => n.id === standIn.id)).toEqual(standIn);
    expect(shown.nodes.find((n) => n.id === t('dale'))!.open).toBe(false);

    const plain = await network(council, t('east'), { open: [] });
    // real ids of people seen as stand-ins, the restricted person, another viewer's stand-in, nothing at all
    const otherMap = await network({ ...council, username: 'test-other-council' }, t('east'));
    const othersStandIn = otherMap.nodes.find((n) => n.id.startsWith('anon-'))!.id;
    for (const ids of [
      [t('ishii')],
      [t('noguchi'), t('hNoguchi')],
      [othersStandIn],
      ['nothing-here', 'anon-xxxxxxxxxxxxxxxx'],
    ]) {
      expect(await network(council, t('east'), { open: [], show: ids })).toEqual(plain);
      expect(await network(council, t('east'), { open: [], focus: ids[0] })).toEqual(plain);
    }
    const coordinator = viewers().coordinator;
    const coordinatorPlain = await network(coordinator, t('east'), { open: [] });
    expect(await network(coordinator, t('east'), { open: [], show: [t('noguchi')] })).toEqual(coordinatorPlain);
    expect(await network(coordinator, t('east'), { open: [], focus: t('hNoguchi') })).toEqual(coordinatorPlain);
  });

  it('gives a planner no person, and bundles only ties between organizations, hubs and councils', async () => {
    const planner = viewers().planner;
    const lod = await network(planner, t('city'), { open: [t('hill')], show: [t('aoki')], focus: t('center') });
    expect(lod.nodes.filter((n) => n.kind === 'Person' || n.kind === 'Household')).toEqual([]);
    const bundles = lod.edges.filter((e) => e.type === 'BUNDLE');
    // the focus's neighbour clinic is drawn in vale; its MEMBER_OF the vale council (not drawn) is bundled to vale
    expect(bundles.map((b) => [b.source, b.target, b.count])).toEqual([[t('clinic'), t('vale'), 1]]);
    expect(
      lod.edges
        .filter((e) => e.type !== 'BUNDLE')
        .map((e) => e.type)
        .sort(),
    ).toEqual(['COLLABORATES', 'MEMBER_OF']);
  });
});

describe('a restricted person changes no count for whom they do not exist', () => {
  const without = mapTown({ restricted: false });
  const u = (short: string) => without.value.id(short);

  /** The answer with the town's prefix taken out of every id. */
  async function normalised(viewer: Viewer, prefix: string, areaId: string, open: string[]) {
    const lod = await network(viewer, areaId, { open });
    const plain: Net = JSON.parse(JSON.stringify(lod).split(prefix).join(''));
    return { nodes: plain.nodes.sort(byId), edges: plain.edges.sort(byId) };
  }

  for (const who of ['council', 'planner', 'coordinator']) {
    it(`as ${who}`, async () => {
      const withViewer = mapViewers(t)[who];
      const withoutViewer = mapViewers(u)[who];
      const root = who === 'planner' ? 'city' : 'east';
      const opens = who === 'planner' ? [[], ['hill'], ['east', 'vale']] : [[]];
      for (const open of opens) {
        expect(await normalised(withViewer, fixture.prefix, t(root), open.map(t))).toEqual(
          await normalised(withoutViewer, without.prefix, u(root), open.map(u)),
        );
      }
    });
  }
});
