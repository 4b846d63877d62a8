import { describe, expect, it } from 'vitest';
import { labelClosedBoxes } from './detail';
import { nestedLayout } from './layout';
import { isNode, type MapElement, toElements } from './network';
import { makeRoom, reopenPositions } from './openLayout';
import { boxedTown, smallTown } from './testing/town';

/** The whole town with only these areas' contents (and the areas above) as the server would send them. */
function closedAt(closed: string[]): MapElement[] {
  const network = smallTown();
  const inside = (parent: string | null | undefined): boolean =>
    Boolean(parent) && (closed.includes(parent!) || inside(network.nodes.find((n) => n.id === parent)?.parentId));
  const nodes = network.nodes
    .filter((n) => !inside(n.parentId))
    .map((n) =>
      closed.includes(n.id)
        ? { ...n, open: false, summary: boxedTown().nodes.find((b) => b.id === 'n1')!.summary }
        : { ...n, open: true },
    );
  return labelClosedBoxes(toElements({ nodes, edges: network.edges }), 'ja');
}

describe('positions when a box opens', () => {
  const before = closedAt(['n1', 'n2', 's1']);
  const start = nestedLayout(before);

  it('lays out a closed box at the size its counts take', () => {
    const box = before.filter(isNode).find((e) => e.data.id === 'n1')!;
    expect(start.get('n1')).toBeDefined();
    expect(box.data.boxWidth).toBeGreaterThan(100);
  });

  it('puts the contents where the box stood and moves the rest apart, keeping their order', () => {
    const after = closedAt(['n2', 's1']);
    const next = reopenPositions(start, before, after);
    for (const id of ['p1', 'p2', 'hh', 'h1']) expect(next.has(id)).toBe(true);
    expect(next.has('n1')).toBe(false);
    // the contents sit around where the box was
    const box = start.get('n1')!;
    const xs = ['p1', 'p2', 'hh', 'h1'].map((id) => next.get(id)!.x);
    expect(Math.min(...xs)).toBeLessThan(box.x + 200);
    expect(Math.max(...xs)).toBeGreaterThan(box.x - 200);
    // everything else keeps its side of the box
    for (const id of ['n2', 's1', 'o1', 'o2', 'c1', 'p4']) {
      const was = start.get(id);
      const now = next.get(id);
      if (!was || !now) continue;
      expect(Math.sign(now.x - box.x)).toBe(Math.sign(was.x - box.x));
      expect(Math.sign(now.y - box.y)).toBe(Math.sign(was.y - box.y));
    }
  });

  it('puts a closed box back where its contents were, and leaves the rest alone', () => {
    const open = closedAt(['n2', 's1']);
    const laid = nestedLayout(open);
    const closed = reopenPositions(laid, open, before);
    const xs = ['p1', 'p2', 'hh', 'h1'].map((id) => laid.get(id)!.x);
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
    expect(closed.get('n1')!.x).toBeCloseTo(centre);
    expect(closed.get('o1')).toEqual(laid.get('o1'));
    expect(closed.has('p1')).toBe(false);
  });

  it('gives the same positions when nothing changed', () => {
    expect(reopenPositions(start, before, before)).toEqual(start);
  });
});

describe('makeRoom', () => {
  it('moves what lies beside a growing box away by half the growth, and nothing inside its bands', () => {
    const positions = new Map([
      ['right', { x: 100, y: 0 }],
      ['left', { x: -100, y: 0 }],
      ['below', { x: 0, y: 100 }],
      ['corner', { x: 100, y: 100 }],
      ['inner', { x: 1, y: 1 }],
    ]);
    const centre = { x: 0, y: 0 };
    makeRoom(positions, { centre, width: 40, height: 40 }, { centre, width: 140, height: 60 }, new Set(['inner']));
    expect(Object.fromEntries(positions)).toEqual({
      right: { x: 150, y: 0 },
      left: { x: -150, y: 0 },
      below: { x: 0, y: 110 },
      corner: { x: 150, y: 110 },
      inner: { x: 1, y: 1 },
    });
  });
});
