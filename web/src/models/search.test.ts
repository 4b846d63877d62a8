import { describe, expect, it } from 'vitest';
import { toElements } from './network';
import { normalizeForSearch, searchNodes } from './search';
import { smallTown } from './testing/town';

const elements = toElements(smallTown());

describe('search', () => {
  it('ignores width, kana, case and spaces', () => {
    expect(normalizeForSearch('ﾔﾏﾀﾞ　ﾊﾅｺ')).toBe(normalizeForSearch('やまだ はなこ'));
    expect(normalizeForSearch('ＡＢＣ')).toBe('abc');
  });

  it('finds by name, exact before prefix before substring', () => {
    const hits = searchNodes(elements, '山田');
    expect(hits[0].node.id).toBe('hh');
    expect(hits.map((h) => h.node.id).sort()).toEqual(['hh', 'p1', 'p2']);
    expect(searchNodes(elements, '山田花子')[0].node.id).toBe('p1');
    expect(searchNodes(elements, 'サロン')[0].node.id).toBe('h1');
  });

  it('finds by id, but never an anonymous person by id', () => {
    expect(searchNodes(elements, 'o2')[0].node.id).toBe('o2');
    expect(searchNodes(elements, 'p4')).toEqual([]);
  });

  it('finds nothing for an empty query', () => {
    expect(searchNodes(elements, '  ')).toEqual([]);
  });
});
