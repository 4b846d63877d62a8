import { describe, expect, it } from 'vitest';
import { ecomapDrawing } from './ecomap';
import { compareEcomaps } from './ecomapComparison';
import type { Network } from './network';

/** 石黒キヨ when she went to the salon with her friend, and now: the salon and the friend gone, a helper come. */
const household = [
  { id: 'h', kind: 'Household', label: '石黒 世帯' },
  { id: 'kiyo', kind: 'Person', label: '石黒 キヨ', parentId: 'h' },
  { id: 'son', kind: 'Person', label: '石黒 聡', parentId: 'h' },
];
const then: Network = {
  nodes: [
    ...household,
    { id: 'salon', kind: 'Hub', label: 'ふれあいサロン' },
    { id: 'friend', kind: 'Person', label: '友人' },
    { id: 'minsei', kind: 'Person', label: '民生委員' },
  ],
  edges: [
    { id: 'm1', source: 'kiyo', target: 'h', type: 'MEMBER_OF', category: 'household' },
    { id: 'f', source: 'son', target: 'kiyo', type: 'FAMILY', category: 'family' },
    { id: 'p', source: 'kiyo', target: 'salon', type: 'PARTICIPATES_IN', category: 'informal' },
    { id: 'fr', source: 'friend', target: 'kiyo', type: 'FRIEND', category: 'informal' },
    { id: 'w', source: 'minsei', target: 'kiyo', type: 'WATCHES_OVER', category: 'formal' },
  ],
};
const now: Network = {
  nodes: [
    ...household,
    { id: 'minsei', kind: 'Person', label: '民生委員' },
    { id: 'helper', kind: 'Organization', label: '訪問介護' },
  ],
  edges: [
    { id: 'm1', source: 'kiyo', target: 'h', type: 'MEMBER_OF', category: 'household' },
    { id: 'f', source: 'son', target: 'kiyo', type: 'FAMILY', category: 'family' },
    { id: 'w', source: 'minsei', target: 'kiyo', type: 'WATCHES_OVER', category: 'formal' },
    { id: 'care', source: 'helper', target: 'kiyo', type: 'SUPPORTS', category: 'formal' },
  ],
};

describe('two ecomaps of one person side by side', () => {
  const compared = compareEcomaps(then, now, 'kiyo');
  const at = (drawing: typeof compared.later, id: string) => drawing.nodes.find((node) => node.id === id);

  it('keeps everyone who is on both days in the same place', () => {
    for (const id of ['kiyo', 'son', 'minsei']) {
      expect(at(compared.earlier, id)).toBeDefined();
      expect({ x: at(compared.earlier, id)!.x, y: at(compared.earlier, id)!.y }).toEqual({
        x: at(compared.later, id)!.x,
        y: at(compared.later, id)!.y,
      });
    }
    expect([compared.earlier.width, compared.earlier.household]).toEqual([
      compared.later.width,
      compared.later.household,
    ]);
  });

  it('shows the earlier day as it was: nothing that came later, nothing marked', () => {
    expect(at(compared.earlier, 'helper')).toBeUndefined();
    expect(compared.earlier.edges.map((edge) => edge.id).sort()).toEqual(['f', 'fr', 'p', 'w']);
    expect(compared.earlier.nodes.some((node) => node.change) || compared.earlier.edges.some((e) => e.change)).toBe(
      false,
    );
  });

  it('marks on the later day what appeared, and keeps what disappeared as a ghost where it was', () => {
    expect(at(compared.later, 'helper')!.change).toBe('appeared');
    expect(at(compared.later, 'salon')!.change).toBe('disappeared');
    expect(at(compared.later, 'friend')!.change).toBe('disappeared');
    expect(at(compared.later, 'salon')!.x).toBe(at(compared.earlier, 'salon')!.x);
    expect(at(compared.later, 'minsei')!.change).toBeUndefined();
    const change = Object.fromEntries(compared.later.edges.map((edge) => [edge.id, edge.change]));
    expect(change).toEqual({ f: undefined, w: undefined, care: 'appeared', p: 'disappeared', fr: 'disappeared' });
    expect(compared.counts).toEqual({ appeared: 1, disappeared: 2 });
  });

  it('marks nothing when the two days hold the same ties', () => {
    const same = compareEcomaps(now, now, 'kiyo');
    expect(same.counts).toEqual({ appeared: 0, disappeared: 0 });
    expect(same.later.nodes.map(({ id, x, y }) => ({ id, x, y }))).toEqual(
      ecomapDrawing(now, 'kiyo').nodes.map(({ id, x, y }) => ({ id, x, y })),
    );
  });
});
