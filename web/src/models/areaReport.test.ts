import { describe, expect, it } from 'vitest';
import { type AreaReport, compareSeries, formatChange, formatFigure, keyFigures, organizationsByFieldSeries, yearBefore } from './areaReport';

function report(over: Partial<AreaReport> = {}): AreaReport {
  return {
    areaId: 'a',
    name: '北',
    tier: 2,
    asOf: '2026-04-01',
    population: 19900,
    households: 8710,
    elderly: 5850,
    residentsKnown: 100,
    isolated: 5,
    isolationRate: 0.05,
    peopleInNeed: 40,
    peopleWithUnmetNeeds: 12,
    watchersPerPersonInNeed: 0.75,
    hubs: 4,
    hubsByKind: [{ kind: 'サロン', count: 3 }, { kind: null, count: 1 }],
    hubsPer1000Elderly: 0.68,
    organizations: 8,
    organizationsByField: [{ field: 'ELDERLY', count: 5 }, { field: 'NEW_FIELD', count: 1 }],
    councils: [],
    unaffiliatedResources: 2,
    children: [],
    ...over,
  };
}

describe('area report figures', () => {
  it('gives each key figure with its change since the year before', () => {
    const figures = keyFigures(report(), report({ isolated: 8, isolationRate: 0.08, hubs: 3, population: null }));
    const by = new Map(figures.map((f) => [f.key, f]));
    expect(by.get('isolated')).toMatchObject({ value: 5, change: -3, better: 'down' });
    expect(by.get('hubs')).toMatchObject({ value: 4, change: 1, better: 'up' });
    expect(by.get('population')!.change).toBeUndefined();
    expect(keyFigures(report())[0].change).toBeUndefined();
  });

  it('writes counts, rates and ratios, and their changes', () => {
    expect(formatFigure(19900, 'count', 'ja')).toBe('19,900');
    expect(formatFigure(0.05, 'percent', 'ja')).toBe('5%');
    expect(formatFigure(0.68, 'ratio', 'en')).toBe('0.7');
    expect(formatFigure(undefined, 'count', 'ja')).toBe('—');
    expect(formatChange(-0.03, 'percent', 'ja')).toBe('−3.0ポイント');
    expect(formatChange(2, 'count', 'en')).toBe('+2');
    expect(formatChange(0, 'count', 'en')).toBe('±0');
  });

  it('labels fields in the language and keeps unknown codes', () => {
    expect(organizationsByFieldSeries(report(), 'ja').map((b) => b.label)).toEqual(['高齢', 'NEW_FIELD']);
  });

  it('compares areas on one metric with the current one highlighted', () => {
    const series = compareSeries([report({ areaId: 'x', name: 'X' }), report({ areaId: 'y', name: 'Y', isolated: 9 })], 'isolated', 'y');
    expect(series).toEqual([
      { key: 'x', label: 'X', value: 5, highlight: false },
      { key: 'y', label: 'Y', value: 9, highlight: true },
    ]);
  });

  it('finds the date a year before', () => {
    expect(yearBefore('2026-04-01')).toBe('2025-04-01');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});
