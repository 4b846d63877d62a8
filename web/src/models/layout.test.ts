import { describe, expect, it } from 'vitest';
import { centreOf, extendPositions, forcePlace, nestedLayout } from './layout';
import { isNode, type MapElement, type NetworkEdge, type NetworkNode, toElements } from './network';
import { smallTown } from './testing/town';

/** A town of `areas` tier-3 areas with `people` people each, tied in chains, for size checks. */
function bigTown(areas: number, people: number): MapElement[] {
  const nodes: NetworkNode[] = [{ id: 'm', kind: 'Area', label: 'm', parentId: null, tier: 1 }];
  const edges: NetworkEdge[] = [];
  for (let a = 0; a < areas; a += 1) {
    nodes.push({ id: `a${a}`, kind: 'Area', label: `a${a}`, parentId: 'm', tier: 3 });
    for (let p = 0; p < people; p += 1) {
      nodes.push({ id: `a${a}p${p}`, kind: 'Person', label: 'x', parentId: `a${a}`, tier: 0 });
      if (p > 0 && p % 5 !== 0)
        edges.push({ id: `a${a}e${p}`, source: `a${a}p${p - 1}`, target: `a${a}p${p}`, type: 'FRIEND' });
    }
  }
  return toElements({ nodes, edges });
}

/** The bounding box of each area's members. */
function boxes(elements: MapElement[], positions: Map<string, { x: number; y: number }>) {
  const found = new Map<string, { minX: number; minY: number; maxX: number; maxY: number }>();
  for (const e of elements) {
    if (!isNode(e) || !e.data.parent || e.data.kind === 'Area') continue;
    const p = positions.get(e.data.id)!;
    const b = found.get(e.data.parent) ?? { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    found.set(e.data.parent, {
      minX: Math.min(b.minX, p.x),
      minY: Math.min(b.minY, p.y),
      maxX: Math.max(b.maxX, p.x),
      maxY: Math.max(b.maxY, p.y),
    });
  }
  return found;
}

describe('nestedLayout', () => {
  it('places every node that is not a box holding others', () => {
    const elements = toElements(smallTown());
    const positions = nestedLayout(elements);
    for (const id of ['p1', 'p2', 'p3', 'p4', 'hh', 'o1', 'o2', 'c1', 'h1']) expect(positions.has(id)).toBe(true);
    expect(positions.has('n1')).toBe(false);
  });

  it('gives the same positions for the same map', () => {
    const elements = toElements(smallTown());
    expect([...nestedLayout(elements)]).toEqual([...nestedLayout(elements)]);
  });

  it('gives two viewers the same picture when one sees a person under a stand-in id and the other by their id', () => {
    const town = (personId: string, neighbourId: string): MapElement[] =>
      toElements({
        nodes: [
          { id: 'm', kind: 'Area', label: '市', parentId: null, tier: 1 },
          { id: 'o1', kind: 'Organization', label: '包括', parentId: 'm', tier: 0 },
          { id: 'c1', kind: 'Council', label: '協議体', parentId: 'm', tier: 0 },
          { id: personId, kind: 'Person', label: '寺島 恵', parentId: 'm', tier: 0 },
          { id: neighbourId, kind: 'Person', label: '住民', parentId: 'm', tier: 0 },
        ],
        edges: [
          { id: 'e1', source: personId, target: 'c1', type: 'MEMBER_OF' },
          { id: 'e2', source: 'o1', target: 'c1', type: 'MEMBER_OF' },
          { id: 'e3', source: neighbourId, target: personId, type: 'NEIGHBOR' },
        ],
      });
    const coordinator = nestedLayout(town('p-hokenshi', 'p-201'));
    const council = nestedLayout(town('anon-aaa', 'anon-zzz'));
    for (const id of ['o1', 'c1']) expect(council.get(id)).toEqual(coordinator.get(id));
    expect(council.get('anon-aaa')).toEqual(coordinator.get('p-hokenshi'));
    expect(council.get('anon-zzz')).toEqual(coordinator.get('p-201'));
  });

  it('keeps sibling boxes apart', () => {
    const elements = bigTown(6, 40);
    const found = [...boxes(elements, nestedLayout(elements)).values()];
    for (let i = 0; i < found.length; i += 1) {
      for (let j = i + 1; j < found.length; j += 1) {
        const a = found[i];
        const b = found[j];
        const overlap = a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
        expect(overlap).toBe(false);
      }
    }
  });

  it('lays out 5k elements in well under a second', () => {
    const elements = bigTown(12, 260);
    expect(elements.length).toBeGreaterThan(5000);
    const started = performance.now();
    nestedLayout(elements);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('forcePlace', () => {
  it('draws tied nodes closer than untied ones', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const placed = forcePlace(
      ids,
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ],
      { edgeLength: 40, gap: 30, labelRoom: 20, aspect: 1.5 },
    );
    const d = (x: string, y: string) =>
      Math.hypot(placed.get(x)!.x - placed.get(y)!.x, placed.get(x)!.y - placed.get(y)!.y);
    expect(d('a', 'b')).toBeLessThan(d('a', 'f'));
    // no two nodes on top of each other
    for (const x of ids) for (const y of ids) if (x < y) expect(d(x, y)).toBeGreaterThan(10);
  });

  it('finds the centre of a set of positions', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 20 }],
    ]);
    expect(centreOf(['a', 'b', 'missing'], positions)).toEqual({ x: 5, y: 10 });
    expect(centreOf(['missing'], positions)).toBeUndefined();
  });
});

describe('extendPositions', () => {
  const grownWith = (ties: [string, string][]) =>
    toElements({
      ...smallTown(),
      nodes: [...smallTown().nodes, { id: 'c9', kind: 'Council', label: 'ケース会議', parentId: 'n1' }],
      edges: [
        ...smallTown().edges,
        ...ties.map(([source, target], i) => ({ id: `x${i}`, source, target, type: 'MEMBER_OF' })),
      ],
    });

  it('keeps known nodes and puts a new one beside the nodes it is tied to in its own box', () => {
    const before = nestedLayout(toElements(smallTown()));
    const after = extendPositions(
      before,
      grownWith([
        ['o1', 'c9'],
        ['p1', 'c9'],
      ]),
    );
    expect(after.get('p1')).toEqual(before.get('p1'));
    const p1 = after.get('p1')!;
    const c9 = after.get('c9')!;
    expect(Math.hypot(p1.x - c9.x, p1.y - c9.y)).toBeLessThan(60);
  });

  it('puts a new node tied only to nodes of other boxes among its own box’s, not stretched towards them', () => {
    const before = nestedLayout(toElements(smallTown()));
    const after = extendPositions(
      before,
      grownWith([
        ['o1', 'c9'],
        ['o2', 'c9'],
      ]),
    );
    const inBox = ['hh', 'p1', 'p2', 'h1'].map((id) => after.get(id)!);
    const c9 = after.get('c9')!;
    const pad = 60;
    expect(c9.x).toBeGreaterThan(Math.min(...inBox.map((p) => p.x)) - pad);
    expect(c9.x).toBeLessThan(Math.max(...inBox.map((p) => p.x)) + pad);
    expect(c9.y).toBeGreaterThan(Math.min(...inBox.map((p) => p.y)) - pad);
    expect(c9.y).toBeLessThan(Math.max(...inBox.map((p) => p.y)) + pad);
  });
});
