import { describe, expect, it } from 'vitest';
import {
  type AreaReport,
  changeDirection,
  compareSeries,
  formatChange,
  formatFigure,
  keyFigures,
  organizationsByFieldSeries,
  reportFigures,
  unmetNeedsByFieldRows,
  yearBefore,
} from './areaReport';
import type { Count } from './counts';

const count = (value: number): Count => ({ value, masked: false, text: String(value) });
const rate = (value: number | null) => ({ value, masked: false });
const under5: Count = { value: null, masked: true, text: '5未満' };
const hidden = { value: null, masked: true };

function report(over: Partial<AreaReport> = {}): AreaReport {
  return {
    areaId: 'a',
    name: '北',
    tier: 2,
    asOf: '2026-04-01',
    population: 19900,
    households: 8710,
    elderly: 5850,
    residentsKnown: count(100),
    isolated: count(5),
    isolationRate: rate(0.05),
    peopleInNeed: count(40),
    peopleWithUnmetNeeds: count(12),
    unmetNeedsByField: [
      { field: 'ELDERLY', people: count(9) },
      { field: 'CHILD', people: under5 },
    ],
    watchersPerPersonInNeed: rate(0.75),
    hubs: 4,
    hubsByKind: [
      { kind: 'サロン', count: 3 },
      { kind: null, count: 1 },
    ],
    hubsPer1000Elderly: 0.68,
    organizations: 8,
    organizationsByField: [
      { field: 'ELDERLY', count: 5 },
      { field: 'NEW_FIELD', count: 1 },
    ],
    councils: [],
    unaffiliatedResources: 2,
    resourceChanges: {
      ...{ hubsOpened: 1, hubsClosed: 1, organizationsOpened: 0, organizationsClosed: 0 },
      ...{ councilsOpened: 1, councilsClosed: 0 },
    },
    children: [],
    ...over,
  };
}

describe('area report figures', () => {
  it('gives each key figure with its change since the year before', () => {
    const figures = keyFigures(
      report(),
      report({ isolated: count(8), isolationRate: rate(0.08), hubs: 3, population: null }),
    );
    const by = new Map(figures.map((f) => [f.key, f]));
    expect(by.get('isolated')).toMatchObject({ value: 5, change: -3, better: 'down' });
    expect(by.get('hubs')).toMatchObject({ value: 4, change: 1, better: 'up' });
    expect(by.get('population')!.change).toBeUndefined();
    expect(keyFigures(report())[0].change).toBeUndefined();
  });

  it('writes counts, rates and ratios, and their changes', () => {
    expect(formatFigure(19900, 'count', 'ja')).toBe('19,900');
    expect(formatFigure(0.05, 'percent', 'ja')).toBe('5.0%');
    expect(formatFigure(0.286, 'percent', 'en')).toBe('28.6%');
    expect(formatFigure(1, 'percent', 'ja')).toBe('100.0%');
    expect(formatFigure(0, 'percent', 'ja')).toBe('0.0%');
    expect(formatFigure(0.68, 'ratio', 'en')).toBe('0.7');
    expect(formatFigure(undefined, 'count', 'ja')).toBe('—');
    expect(formatChange(-0.03, 'percent', 'ja')).toBe('−3.0ポイント');
    expect(formatChange(2, 'count', 'en')).toBe('+2');
    expect(formatChange(0, 'count', 'en')).toBe('±0');
  });

  it('writes a change too small to show as ±0, neither better nor worse', () => {
    const tiny = keyFigures(report({ isolationRate: rate(0.0502) }), report()).find((f) => f.key === 'isolationRate')!;
    expect(formatChange(tiny.change, tiny.format, 'ja')).toBe('±0');
    expect(changeDirection(tiny)).toBe('');
    const ratio = keyFigures(report({ watchersPerPersonInNeed: rate(0.78) }), report()).find(
      (f) => f.key === 'watchersPerPersonInNeed',
    )!;
    expect(formatChange(ratio.change, ratio.format, 'ja')).toBe('±0');
    expect(changeDirection(ratio)).toBe('');
    const worse = keyFigures(report({ isolationRate: rate(0.07) }), report()).find((f) => f.key === 'isolationRate')!;
    expect(changeDirection(worse)).toBe('worse');
  });

  it('gives unmet needs by field in the language, a masked count masked', () => {
    expect(unmetNeedsByFieldRows(report(), 'ja')).toEqual([
      { field: 'ELDERLY', label: '高齢', people: 9 },
      { field: 'CHILD', label: '子ども・子育て', people: 'masked' },
    ]);
    expect(reportFigures(report())).toContain('masked');
  });

  it('labels fields in the language and keeps unknown codes', () => {
    expect(organizationsByFieldSeries(report(), 'ja').map((b) => b.label)).toEqual(['高齢', 'NEW_FIELD']);
  });

  it('compares areas on one metric with the current one highlighted', () => {
    const series = compareSeries(
      [report({ areaId: 'x', name: 'X' }), report({ areaId: 'y', name: 'Y', isolated: count(9) })],
      'isolated',
      'y',
    );
    expect(series).toEqual([
      { key: 'x', label: 'X', value: 5, highlight: false },
      { key: 'y', label: 'Y', value: 9, highlight: true },
    ]);
  });

  it('keeps a masked count masked, and masks its change since the year before whichever year it is masked in', () => {
    const now = report({ isolated: under5, isolationRate: hidden });
    const by = new Map(keyFigures(now, report()).map((f) => [f.key, f]));
    expect(by.get('isolated')).toMatchObject({ value: 'masked', change: 'masked' });
    expect(by.get('isolationRate')).toMatchObject({ value: 'masked', change: 'masked' });
    expect(changeDirection(by.get('isolated')!)).toBe('');
    const before = new Map(keyFigures(report(), now).map((f) => [f.key, f]));
    expect(before.get('isolated')).toMatchObject({ value: 5, change: 'masked' });
    expect(before.get('hubs')).toMatchObject({ value: 4, change: 0 });
  });

  it('writes a masked count as 5未満 and a masked rate or change as hidden, in either language', () => {
    expect(formatFigure('masked', 'count', 'ja')).toBe('5未満');
    expect(formatFigure('masked', 'count', 'en')).toBe('under 5');
    expect(formatFigure('masked', 'percent', 'ja')).toBe('非表示');
    expect(formatFigure('masked', 'ratio', 'en')).toBe('hidden');
    expect(formatChange('masked', 'count', 'ja')).toBe('差は非表示');
  });

  it('draws a masked area as masked, not as 0, when comparing areas', () => {
    const series = compareSeries(
      [report({ areaId: 'x', name: 'X', isolationRate: hidden }), report({ areaId: 'y', name: 'Y' })],
      'isolationRate',
    );
    expect(series).toEqual([
      { key: 'x', label: 'X', value: 0, masked: true, highlight: false },
      { key: 'y', label: 'Y', value: 0.05, highlight: false },
    ]);
  });

  it('tells whether anything of a report, its councils or its children is masked', () => {
    const council = { id: 'k', organizationMembers: 6, personMembers: under5 };
    const unmetNeedsByField = [{ field: 'ELDERLY', people: count(9) }];
    expect(reportFigures(report({ unmetNeedsByField })).includes('masked')).toBe(false);
    expect(reportFigures(report({ unmetNeedsByField, councils: [council] })).includes('masked')).toBe(true);
    const child = report({ unmetNeedsByField, residentsKnown: under5 });
    expect(reportFigures(report({ unmetNeedsByField, children: [child] })).includes('masked')).toBe(true);
    const { children: _none, ...alone } = report({ unmetNeedsByField, isolated: under5 });
    expect(reportFigures(alone as AreaReport)).toContain('masked');
  });

  it('finds the date a year before', () => {
    expect(yearBefore('2026-04-01')).toBe('2025-04-01');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('resources opened and closed in the year', () => {
  it('are two key figures, hubs, organizations and councils together, with their change since a year before', () => {
    const figures = keyFigures(report(), report({ resourceChanges: { ...report().resourceChanges, hubsOpened: 0 } }));
    const opened = figures.find((f) => f.key === 'resourcesOpened')!;
    const closed = figures.find((f) => f.key === 'resourcesClosed')!;
    expect([opened.value, opened.change, opened.label.ja]).toEqual([2, 1, 'この1年に開設した資源']);
    expect([closed.value, closed.change, closed.better]).toEqual([1, 0, 'down']);
  });
});
