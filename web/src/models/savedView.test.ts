import { describe, expect, it } from 'vitest';
import { defaultFilters } from './filters';
import { type MapSnapshot, moved, snapshotOf, stepSlide, viewInput } from './savedView';

const snapshot: MapSnapshot = {
  areaId: 'kita',
  open: ['kita-1'],
  show: ['anon-x', 'o-1'],
  focus: 'o-1',
  filters: { ...defaultFilters, fields: ['ELDERLY'], showEnded: true },
  neutralLabels: true,
  asOf: '2025-04-01',
};

describe('a saved view', () => {
  it('round-trips a snapshot through the input and the answer', () => {
    const input = viewInput('  協議体 12月 ', snapshot);
    expect(input.name).toBe('協議体 12月');
    expect(snapshotOf({ id: 'v', name: input.name, areaId: input.areaId, state: input.state })).toEqual(snapshot);
  });

  it('leaves out codes this web does not know and reads absent values as absent', () => {
    const answer = {
      id: 'v',
      name: 'x',
      areaId: 'kita',
      state: {
        open: [],
        show: [],
        focus: null,
        filters: {
          kinds: ['Person', 'Dragon'],
          categories: ['formal', 'magic'],
          fields: ['MAGIC', 'HEALTH'],
          showEnded: false,
        },
        neutralLabels: false,
        asOf: null,
      },
    };
    expect(snapshotOf(answer)).toEqual({
      areaId: 'kita',
      open: [],
      show: [],
      focus: undefined,
      filters: { kinds: ['Person'], categories: ['formal'], fields: ['HEALTH'], showEnded: false },
      neutralLabels: false,
      asOf: undefined,
    });
  });
});

describe('the order of views', () => {
  const views = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('moves a view one place and renumbers them all', () => {
    expect(moved(views, 'b', -1)).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
      { id: 'c', position: 2 },
    ]);
    expect(moved(views, 'c', 1)).toEqual([]);
    expect(moved(views, 'a', -1)).toEqual([]);
  });
});

describe('slides', () => {
  it('step with the keys a presenter uses, and stop at the ends', () => {
    expect(stepSlide(0, 3, 'ArrowRight')).toBe(1);
    expect(stepSlide(2, 3, ' ')).toBe(2);
    expect(stepSlide(1, 3, 'PageUp')).toBe(0);
    expect(stepSlide(0, 3, 'ArrowLeft')).toBe(0);
    expect(stepSlide(1, 3, 'End')).toBe(2);
    expect(stepSlide(2, 3, 'Home')).toBe(0);
    expect(stepSlide(1, 3, 'x')).toBeUndefined();
  });
});
