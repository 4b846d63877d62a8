import { describe, expect, it } from 'vitest';
import { anonymized, neutralLabels } from './anonymize';
import { toCsv } from './csv';
import { applyFilters, defaultFilters } from './filters';
import { legendOf } from './legend';
import { toElements } from './network';
import { smallTown } from './testing/town';

const elements = toElements(smallTown());

describe('neutral labels', () => {
  it('replaces the names of people and households, and keeps the public names', () => {
    const labels = neutralLabels(elements, 'ja');
    expect(labels.get('p1')).toBe('住民 1');
    expect(labels.get('p4')).toBe('住民 4');
    expect(labels.get('hh')).toBe('世帯 A');
    expect(labels.has('o1')).toBe(false);
    const out = anonymized(elements, 'en');
    expect(out.find((e) => e.data.id === 'p2')!.data.label).toBe('Person 2');
    expect(out.find((e) => e.data.id === 'o1')!.data.label).toBe('北地域包括支援センター');
    expect(JSON.stringify(out)).not.toContain('山田 花子');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv([
      ['種類', '説明'],
      ['孤立', 'a, "b"\n改行'],
      ['=1+1', null],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('種類,説明\r\n孤立,"a, ""b""\n改行"\r\n\'=1+1,\r\n');
  });
});

describe('legendOf', () => {
  it('lists the kinds and categories shown, with counts, and the marks in use', () => {
    const legend = legendOf(applyFilters(elements, defaultFilters));
    expect(legend.kinds).toEqual([
      { kind: 'Person', count: 4 },
      { kind: 'Household', count: 1 },
      { kind: 'Organization', count: 2 },
      { kind: 'Council', count: 1 },
      { kind: 'Hub', count: 1 },
    ]);
    expect(legend.categories.map((c) => c.category)).toEqual(['family', 'informal', 'formal', 'household']);
    expect(legend.marks).toEqual(['anonymous']);
  });
});
