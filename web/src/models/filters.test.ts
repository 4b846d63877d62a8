import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters, isFiltering, toggled } from './filters';
import { toElements } from './network';
import { boxedTown, smallTown } from './testing/town';
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

describe('bundles under the filters', () => {
  const boxed = toElements(boxedTown());
  const edge = (out: ReturnType<typeof applyFilters>, id: string) => out.find((e) => e.data.id === id)!;

  it('keeps a bundle whole while all its categories are shown', () => {
    const out = applyFilters(boxed, defaultFilters);
    expect(edge(out, 'bundle:n1|p3').data).toMatchObject({ count: 5, label: '5' });
    expect(hidden(out)).toEqual([]);
  });

  it('shows what remains of a partly filtered bundle, drawn in a remaining category', () => {
    const out = applyFilters(boxed, { ...defaultFilters, categories: ['family', 'formal', 'household'] });
    const bundle = edge(out, 'bundle:n1|p3');
    expect(bundle.data).toMatchObject({ count: 2, label: '2', category: 'formal' });
    expect(bundle.classes).toContain('cat-formal');
    expect(bundle.classes).not.toContain('cat-informal');
    expect(bundle.classes).not.toContain('hidden');
  });

  it('hides a bundle whose categories are all filtered out, and one whose end is hidden', () => {
    const informalOnly = applyFilters(boxed, { ...defaultFilters, categories: ['informal'] });
    expect(hidden(informalOnly)).toEqual(['bundle:n1|o1', 'e6', 'e8']);
    const noPeople = applyFilters(boxed, { ...defaultFilters, kinds: entityKinds.filter((k) => k !== 'Person') });
    expect(hidden(noPeople)).toEqual(['bundle:n1|p3', 'bundle:p3|s', 'p3']);
  });

  it('never hides a box', () => {
    const out = applyFilters(boxed, { ...defaultFilters, kinds: [], categories: [] });
    expect(hidden(out)).not.toContain('n1');
    expect(hidden(out)).not.toContain('s');
  });
});
