import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters, isFiltering, toggled } from './filters';
import { toElements } from './network';
import { smallTown } from './testing/town';
import { entityKinds } from './vocabulary';

const elements = toElements(smallTown());
const hidden = (out: ReturnType<typeof applyFilters>) =>
  out
    .filter((e) => e.classes.includes('hidden'))
    .map((e) => e.data.id)
    .sort();

describe('applyFilters', () => {
  it('hides only ended ties by default', () => {
    expect(hidden(applyFilters(elements, defaultFilters))).toEqual(['e7']);
    expect(hidden(applyFilters(elements, { ...defaultFilters, showEnded: true }))).toEqual([]);
  });

  it('hides a kind with the edges that touch it, and keeps every element (positions stay)', () => {
    const out = applyFilters(elements, { ...defaultFilters, kinds: entityKinds.filter((k) => k !== 'Organization') });
    expect(out).toHaveLength(elements.length);
    expect(hidden(out)).toEqual(['e4', 'e6', 'e7', 'e8', 'o1', 'o2']);
  });

  it('hides a tie category', () => {
    const out = applyFilters(elements, { ...defaultFilters, categories: ['family', 'informal', 'household'] });
    expect(hidden(out)).toEqual(['e4', 'e5', 'e6', 'e7', 'e8']);
  });

  it('keeps people and organizations of a field, and households with a kept member', () => {
    const out = applyFilters(elements, { ...defaultFilters, fields: ['ELDERLY'], showEnded: true });
    const gone = hidden(out);
    expect(gone).toEqual(expect.arrayContaining(['p2', 'p3', 'p4', 'o2']));
    expect(gone).not.toContain('p1');
    expect(gone).not.toContain('o1');
    expect(gone).not.toContain('hh');
    expect(gone).not.toContain('h1');
  });
});

describe('filter state', () => {
  it('toggles a value keeping the canonical order', () => {
    expect(toggled(['a', 'c'], 'b', ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b', ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });

  it('knows when it filters', () => {
    expect(isFiltering(defaultFilters)).toBe(false);
    expect(isFiltering({ ...defaultFilters, fields: ['CHILD'] })).toBe(true);
  });
});
