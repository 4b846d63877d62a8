import { describe, expect, it } from 'vitest';
import { ancestorsOf, isEdge, isNode, parentIndex, toElements } from './network';
import { smallTown } from './testing/town';

describe('toElements', () => {
  it("calls a stand-in a resident in the viewer's language, whatever word the server sent", () => {
    const label = (lang: 'ja' | 'en') =>
      toElements(smallTown(), lang)
        .filter(isNode)
        .find((node) => node.data.id === 'p4')?.data.label;
    expect([label('ja'), label('en')]).toEqual(['住民', 'Resident']);
    // a person seen by name keeps it
    expect(
      toElements(smallTown(), 'en')
        .filter(isNode)
        .find((node) => node.data.id === 'p2')?.data.label,
    ).toBe('山田 太郎');
  });

  const elements = toElements(smallTown());

  it('nests every node in its area and areas in their enclosing area', () => {
    const parents = parentIndex(elements);
    expect(parents.get('p1')).toBe('n1');
    expect(parents.get('n1')).toBe('n');
    expect(parents.get('n')).toBe('m');
    expect(parents.has('m')).toBe(false);
    expect(ancestorsOf('p1', parents)).toEqual(['n1', 'n', 'm']);
  });

  it('classes nodes by kind and tier and marks anonymous people and commissioners', () => {
    const byId = new Map(elements.filter(isNode).map((e) => [e.data.id, e]));
    expect(byId.get('n1')!.classes).toEqual(['kind-area', 'tier-3']);
    expect(byId.get('p4')!.classes).toContain('anonymous');
    expect(byId.get('p3')!.classes).toContain('role-minsei');
  });

  it('classes edges by category and strength and marks ended ties', () => {
    const byId = new Map(elements.filter(isEdge).map((e) => [e.data.id, e]));
    expect(byId.get('e3')!.classes).toEqual(['cat-family', 'strength-strong']);
    expect(byId.get('e7')!.classes).toContain('ended');
    expect(byId.get('e1')!.data.category).toBe('household');
  });

  it('leaves out edges whose ends are not on the map', () => {
    expect(elements.some((e) => e.data.id === 'dangling')).toBe(false);
  });

  it('falls back to the category of the tie type when the server does not send one', () => {
    const [edge] = toElements({
      nodes: [
        { id: 'a', kind: 'Person', label: 'a' },
        { id: 'b', kind: 'Person', label: 'b' },
      ],
      edges: [{ id: 'x', source: 'a', target: 'b', type: 'NEIGHBOR' }],
    }).filter(isEdge);
    expect(edge.data).toMatchObject({ category: 'informal', strength: 'NORMAL', active: true });
  });
});
