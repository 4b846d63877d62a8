import { describe, expect, it } from 'vitest';
import { areasHiding, collapseAreas, initialCollapsed, leafAreas, representatives } from './collapse';
import { type EdgeElement, isEdge, isNode, toElements } from './network';
import { smallTown } from './testing/town';

const elements = toElements(smallTown());

describe('collapseAreas', () => {
  it('draws a collapsed area as one node counting what it holds', () => {
    const out = collapseAreas(elements, new Set(['n1']), { label: (name, counts) => `${name} 住民${counts.Person}` });
    const ids = out.filter(isNode).map((e) => e.data.id);
    expect(ids).not.toContain('p1');
    expect(ids).not.toContain('hh');
    const n1 = out.find((e) => e.data.id === 'n1')!;
    expect(n1.classes).toContain('collapsed');
    expect(isNode(n1) && n1.data.count).toBe(4);
    expect(n1.data.label).toBe('日の出地区 住民2');
  });

  it('merges the edges crossing the border per pair of ends, with counts, and drops the inside ones', () => {
    const out = collapseAreas(elements, new Set(['n1']));
    const edges = out.filter(isEdge);
    expect(edges.map((e) => e.data.id)).not.toContain('e3');
    const fromO1 = edges.find((e) => e.data.id === 'merged:n1|o1') as EdgeElement;
    expect(fromO1.data).toMatchObject({ count: 1, category: 'formal', label: '1' });
    const fromP3 = edges.find((e) => e.data.id === 'merged:n1|p3') as EdgeElement;
    // p3 watches over p1 (formal) and took part in the hub h1 (an ended informal tie)
    expect(fromP3.data.count).toBe(2);
    expect(fromP3.data.categories).toEqual(expect.arrayContaining(['formal', 'informal']));
    expect(fromP3.data.active).toBe(true);
  });

  it('lets the outermost collapsed area stand for everything inside it', () => {
    const reps = representatives(elements, new Set(['n', 'n1']));
    expect(reps.get('p1')).toBe('n');
    expect(reps.get('n1')).toBe('n');
    expect(reps.get('p4')).toBe('p4');
    const out = collapseAreas(elements, new Set(['n', 'n1']));
    expect(out.filter(isNode).map((e) => e.data.id)).not.toContain('n1');
    const merged = out.filter(isEdge).find((e) => e.data.id === 'merged:n|o2');
    expect(merged?.data.count).toBe(1);
  });

  it('gives back the same elements when nothing is collapsed', () => {
    expect(collapseAreas(elements, new Set())).toEqual(elements);
  });
});

describe('which areas collapse', () => {
  it('finds the lowest boxes that hold entities', () => {
    expect(leafAreas(elements).sort()).toEqual(['n1', 'n2', 's1']);
  });

  it('starts collapsed only for large maps that span the three tiers', () => {
    expect(initialCollapsed(elements).size).toBe(0);
    expect([...initialCollapsed(elements, 5)].sort()).toEqual(['n1', 'n2', 's1']);
  });

  it('names the collapsed areas that hide a node', () => {
    expect(areasHiding(elements, new Set(['n', 'n1', 's1']), ['p1'])).toEqual(['n1', 'n']);
  });
});
