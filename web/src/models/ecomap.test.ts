import { describe, expect, it } from 'vitest';
import { ecomapDrawing } from './ecomap';
import type { Network } from './network';

const network: Network = {
  nodes: [
    { id: 'h', kind: 'Household', label: '石黒 世帯' },
    { id: 'son', kind: 'Person', label: '石黒 聡', parentId: 'h' },
    { id: 'mother', kind: 'Person', label: '石黒 キヨ', parentId: 'h' },
    { id: 'minsei', kind: 'Person', label: '民生委員' },
    { id: 'hokatsu', kind: 'Organization', label: '地域包括' },
    { id: 'friend', kind: 'Person', label: '友人' },
  ],
  edges: [
    { id: 'm1', source: 'son', target: 'h', type: 'MEMBER_OF', category: 'household' },
    { id: 'f', source: 'mother', target: 'son', type: 'FAMILY', category: 'family', strength: 'STRAINED' },
    { id: 'w', source: 'minsei', target: 'mother', type: 'WATCHES_OVER', category: 'formal', strength: 'WEAK' },
    { id: 's', source: 'hokatsu', target: 'h', type: 'SUPPORTS', category: 'formal', strength: 'STRONG' },
    { id: 'fr', source: 'friend', target: 'mother', type: 'FRIEND', category: 'informal' },
  ],
};

describe('ecomapDrawing', () => {
  const drawing = ecomapDrawing(network, 'son');
  const node = (id: string) => drawing.nodes.find((n) => n.id === id)!;

  it('puts the person at the centre, the household around them and the rest on the outer ring', () => {
    expect(node('son')).toMatchObject({ ring: 'centre', x: drawing.width / 2, y: drawing.height / 2 });
    expect(node('mother').ring).toBe('household');
    expect(drawing.household).toMatchObject({ id: 'h', x: drawing.width / 2 });
    for (const id of ['minsei', 'hokatsu', 'friend']) expect(node(id).ring).toBe('outer');
    const distance = (id: string) => Math.hypot(node(id).x - drawing.width / 2, node(id).y - drawing.height / 2);
    expect(distance('mother')).toBeLessThan(drawing.household!.r);
    expect(distance('hokatsu')).toBeGreaterThan(drawing.household!.r + 100);
  });

  it('groups the outer ring by category: informal before formal', () => {
    const outer = drawing.nodes.filter((n) => n.ring === 'outer').map((n) => n.id);
    expect(outer[0]).toBe('friend');
    expect(node('hokatsu').category).toBe('formal');
  });

  it('keeps each tie with its strength, drops membership lines, and starts ties to the household at its circle', () => {
    expect(drawing.edges.map((e) => e.id).sort()).toEqual(['f', 'fr', 's', 'w']);
    expect(drawing.edges.find((e) => e.id === 'f')!.strength).toBe('STRAINED');
    const s = drawing.edges.find((e) => e.id === 's')!;
    const endAtCircle = Math.hypot(s.x2 - drawing.width / 2, s.y2 - drawing.height / 2);
    expect(endAtCircle).toBeCloseTo(drawing.household!.r, 0);
  });

  it('draws a household ecomap with the household at the centre', () => {
    const household = ecomapDrawing(network, 'h');
    expect(household.nodes.find((n) => n.id === 'son')!.ring).toBe('household');
    expect(household.household?.x).toBe(household.width / 2);
  });
});
