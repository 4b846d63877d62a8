import { beforeAll, describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testGraph } from '../../../test/helpers/graph.js';
import { testTown } from '../../../test/helpers/town.js';
import { standInId } from '../../auth/standIns.js';
import { UserRole } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { adjacency, componentCount, karateEdges } from './karate.js';
import { cutOffByRemoval } from './removal.js';
import { structure } from './structure.service.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});

describe('what removing a node does (removal.ts)', () => {
  it('agrees with removing each karate club member in turn', () => {
    const adj = adjacency(34, karateEdges);
    const zeroBased = Array.from({ length: 34 }, (_, i) => adj[i + 1].map((n) => n - 1));
    const cut = cutOffByRemoval(
      zeroBased,
      zeroBased.map(() => 'person' as const),
      zeroBased.map((_, i) => i),
    );
    for (let n = 1; n <= 34; n++) {
      // the club is one component: removing member n cuts off whatever is not in the largest piece left
      expect(cut.get(n - 1)!.nodes > 0).toBe(componentCount(adj, n) > 1);
    }
    // member 12, and 5, 6, 7, 11 and 17 among themselves, hang on member 1 alone
    expect(cut.get(0)).toEqual({ nodes: 6, people: 6 });
  });

  it('counts the pieces of a star and a path, and keeps the largest piece as the rest', () => {
    // 0 is the centre of 1, 2, 3; 3 leads on to 4 and 5: removing 0 leaves {1}, {2}, {3, 4, 5}
    const adj = [[1, 2, 3], [0], [0], [0, 4], [3, 5], [4]];
    const cut = cutOffByRemoval(adj, ['node', 'person', 'person', 'person', 'person', 'person'], [0, 3, 4]);
    expect(cut.get(0)).toEqual({ nodes: 2, people: 2 });
    expect(cut.get(3)).toEqual({ nodes: 2, people: 2 }); // {4, 5} is as large as {0, 1, 2} but has more people
    expect(cut.get(4)).toEqual({ nodes: 1, people: 1 });
  });

  it('counts a household for nothing of its own: its sole member cuts nobody off', () => {
    // 0 – 1 – 2, and 3 the household of 2 alone
    const adj = [[1], [0, 2], [1, 3], [2]];
    const cut = cutOffByRemoval(adj, ['person', 'person', 'person', 'none'], [1, 2]);
    expect(cut.get(2)).toEqual({ nodes: 0, people: 0 });
    expect(cut.get(1)).toEqual({ nodes: 1, people: 1 });
  });
});

describe('cut points of a karate-club-sized town', () => {
  /**
   * The karate club in one tier-3 area, and around it: the salon run by member 1, visited by s1–s3 (and the
   * restricted r) and nobody else; the 民生委員 w, member 2's friend, watches over x1 and x2, who have no other tie
   * (x3's watch ended); the council k, on which member 34 sits with o1 and o2 alone; o1 supports the household h
   * of hp1 and hp2, whom nothing else reaches.
   */
  const town = testTown({
    areas: [
      { id: 'city', tier: 1 },
      { id: 'c2', tier: 2, parent: 'city' },
      { id: 'club', tier: 3, parent: 'c2' },
    ],
    households: [{ id: 'h', name: '山田', area: 'club' }],
    people: [
      ...Array.from({ length: 34 }, (_, i) => ({ id: `m${i + 1}`, area: 'club' })),
      ...['s1', 's2', 's3', 'x1', 'x2', 'x3'].map((id) => ({ id, area: 'club' })),
      { id: 'r', area: 'club', consent: 'RESTRICTED' },
      { id: 'w', name: '佐藤', area: 'club', roles: ['MINSEI_IIN'], consent: 'COMMUNITY' },
      { id: 'hp1', area: 'club', household: 'h' },
      { id: 'hp2', area: 'club', household: 'h' },
    ],
    organizations: [
      { id: 'o1', name: '地域包括支援センター', area: 'club' },
      { id: 'o2', name: 'NPOみどり', area: 'club' },
    ],
    councils: [{ id: 'k', name: '第3層協議体', covers: ['club'] }],
    hubs: [{ id: 'salon', name: 'ひだまりサロン', area: 'club' }],
    ties: [
      ...karateEdges.map(([a, b]) => ({ from: `m${a}`, to: `m${b}`, type: 'FRIEND' as const })),
      { from: 'm1', to: 'salon', type: 'RUNS' },
      ...['s1', 's2', 's3', 'r'].map((id) => ({ from: id, to: 'salon', type: 'PARTICIPATES_IN' as const })),
      { from: 'w', to: 'm2', type: 'FRIEND' },
      { from: 'w', to: 'x1', type: 'WATCHES_OVER' },
      { from: 'w', to: 'x2', type: 'WATCHES_OVER' },
      { from: 'w', to: 'x3', type: 'WATCHES_OVER', until: '2024-01-01' },
      { from: 'm34', to: 'k', type: 'MEMBER_OF' },
      { from: 'o1', to: 'k', type: 'MEMBER_OF' },
      { from: 'o2', to: 'k', type: 'MEMBER_OF' },
      { from: 'o1', to: 'h', type: 'SUPPORTS' },
    ],
  });
  const asOf = '2024-04-01';
  const query = `query($id: ID!) { structure(areaId: $id, asOf: "${asOf}") {
    articulationPoints cutPoints { id kind stranded { value masked text } cutOff { value masked text } sentence } } }`;
  const coordinator = () => viewerOf(UserRole.COORDINATOR, town.ids('club'), town.ids('city'));
  type Point = {
    id: string;
    kind: string;
    stranded: { value: number | null };
    cutOff: { value: number | null };
    sentence: string;
  };
  const byId = (points: Point[]) => new Map(points.map((p) => [p.id, p]));

  it('lists hubs and councils among the articulation points, with what removing each would do', async () => {
    const found = await structure(graph, { areaId: town.id('club'), asOf });
    expect(found.articulationPoints).toEqual(
      town.ids('k', 'm1', 'm2', 'm34', 'o1', 'salon', 'w').sort((a, b) => a.localeCompare(b)),
    );
    const removal = new Map(found.removals!.map((r) => [r.id, r]));
    // the engine (no viewer) counts the restricted visitor of the salon too
    expect(removal.get(town.id('salon'))).toMatchObject({
      kind: 'Hub',
      strandedIds: town.ids('r', 's1', 's2', 's3').sort(),
      cutOffNodes: 4,
      cutOffPeople: 4,
    });
    expect(removal.get(town.id('k'))).toMatchObject({
      kind: 'Council',
      strandedIds: [],
      cutOffNodes: 4, // o1, o2, hp1, hp2 (the household counts through its members)
      cutOffPeople: 2,
    });
    expect(removal.get(town.id('o1'))).toMatchObject({ strandedIds: town.ids('hp1', 'hp2'), cutOffPeople: 2 });
    expect(removal.get(town.id('w'))).toMatchObject({
      strandedIds: town.ids('x1', 'x2'),
      strandedBy: ['WATCHES_OVER'],
    });
    // member 1: member 12, members 5, 6, 7, 11 and 17, and the salon with its four visitors
    expect(removal.get(town.id('m1'))).toMatchObject({
      strandedIds: [town.id('m12')],
      cutOffPeople: 10,
      cutOffNodes: 11,
    });
    expect(removal.get(town.id('m34'))).toMatchObject({ strandedIds: [], cutOffPeople: 2, cutOffNodes: 5 });
    expect(removal.get(town.id('m2'))).toMatchObject({ strandedIds: [], cutOffPeople: 3, cutOffNodes: 3 });
  });

  it('tells a coordinator each cut point in a sentence, never counting the restricted visitor', async () => {
    const answer = await run(coordinator(), query, { id: town.id('club') });
    expect(answer.errors).toBeUndefined();
    const points = answer.data!.structure.cutPoints as (Point & { sentence: string })[];
    const at = byId(points);
    expect(at.get(town.id('salon'))).toMatchObject({
      stranded: { value: 3 },
      cutOff: { value: 3 },
      sentence: 'ひだまりサロンが閉じると、3人が他の誰ともつながらなくなります。',
    });
    expect(at.get(town.id('w'))!.sentence).toBe(
      '2人の見守りは、民生委員の佐藤さん1人だけに支えられています。ほかの見守り手や拠点とのつながりがないため、佐藤さんが動けなくなると他の誰ともつながらなくなります。',
    );
    expect(at.get(town.id('k'))!.sentence).toBe(
      '第3層協議体が開かれなくなると、2人がこの地域のほかのつながりから切り離されます。',
    );
    expect(at.get(town.id('o1'))!.sentence).toBe(
      '地域包括支援センターの関わりが途切れると、2人が他の誰ともつながらなくなります。',
    );
    expect(at.get(town.id('m1'))!.sentence).toBe(
      'm1さんが動けなくなると、1人が他の誰ともつながらなくなります。この地域のほかのつながりから切り離されるのは、あわせて9人です。',
    );
    // most stranded first
    expect(points[0].id).toBe(town.id('salon'));
    expect(JSON.stringify(answer.data)).not.toContain(town.id('r'));
  });

  it('masks counts under 5 for a council member, and names people only as they see them', async () => {
    const member = viewerOf(UserRole.COUNCIL_MEMBER, town.ids('club'), town.ids('city'));
    const answer = await run(member, query.replace(`, asOf: "${asOf}"`, ''), { id: town.id('club') });
    expect(answer.errors).toBeUndefined();
    const points = answer.data!.structure.cutPoints as (Point & {
      sentence: string;
      stranded: { masked: boolean; text: string };
    })[];
    const at = byId(points);
    expect(at.get(town.id('salon'))).toMatchObject({
      stranded: { value: null, masked: true, text: '5未満' },
      sentence:
        'ひだまりサロンが閉じると、他の誰ともつながらなくなる人は5未満、この地域のほかのつながりから切り離される人は5未満です。',
    });
    // w consented to the community: named, but their role is a detail the council member does not see
    expect(at.get(standInId(member.username, town.id('w')))!.sentence).toContain('佐藤さんが動けなくなると');
    expect(at.get(standInId(member.username, town.id('w')))!.sentence).not.toContain('民生委員');
    // m1 gave no consent: 「この住民」, under a stand-in id
    expect(at.get(standInId(member.username, town.id('m1')))!.sentence).toMatch(/^この住民が動けなくなると/);
    expect(at.has(town.id('m1'))).toBe(false);
  });

  it('gives a planner the organizations, hubs and councils only', async () => {
    const planner = viewerOf(UserRole.PLANNER, town.ids('club'), town.ids('city'));
    const answer = await run(planner, query.replace(`, asOf: "${asOf}"`, ''), { id: town.id('club') });
    expect(answer.errors).toBeUndefined();
    const points = answer.data!.structure.cutPoints as Point[];
    expect(points.map((p) => p.kind).sort()).toEqual(['Council', 'Hub', 'Organization']);
    expect(points.map((p) => p.id).sort()).toEqual(town.ids('k', 'o1', 'salon').sort());
    expect(points.every((p) => p.stranded.value === null && p.cutOff.value === null)).toBe(true);
  });

  it('refuses cut points of an area outside the viewer’s own, to every role but the admin', async () => {
    const elsewhere = town.id('club');
    for (const role of [UserRole.COORDINATOR, UserRole.COUNCIL_MEMBER, UserRole.PLANNER]) {
      const outsider = viewerOf(role, ['nowhere'], ['nowhere']);
      const answer = await run(outsider, query, { id: elsewhere });
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(answer.data?.structure ?? null).toBeNull();
    }
    expect((await run(undefined, query, { id: elsewhere })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await run(adminViewer, query, { id: elsewhere })).errors).toBeUndefined();
  });
});
