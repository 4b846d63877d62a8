import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from './filters';
import { legendOf } from './legend';
import { type MapElement, type Network, toElements } from './network';
import {
  countChanges,
  dateProblem,
  formatDay,
  localToday,
  markChanges,
  periodProblem,
  readDates,
  tieChange,
} from './timeline';

const today = '2026-12-02';
const period = { from: '2024-04-01', to: '2025-04-01' };

describe('a day to look at', () => {
  it('is a real date written YYYY-MM-DD, not after today', () => {
    expect(dateProblem('2025-04-01', today)).toBeUndefined();
    expect(dateProblem(today, today)).toBeUndefined();
    expect(dateProblem('2026-12-03', today)).toBe('future');
    expect(dateProblem('2025-02-30', today)).toBe('format');
    expect(dateProblem('2025/04/01', today)).toBe('format');
    expect(dateProblem('', today)).toBe('format');
  });

  it('compares an earlier day with a later one', () => {
    expect(periodProblem(period, today)).toBeUndefined();
    expect(periodProblem({ from: '2025-04-01', to: '2025-04-01' }, today)).toBe('order');
    expect(periodProblem({ from: '2025-05-01', to: '2025-04-01' }, today)).toBe('order');
    expect(periodProblem({ from: '2024-04-01', to: '2027-01-01' }, today)).toBe('future');
  });

  it('is today in the local calendar', () => {
    expect(localToday(new Date(2025, 3, 1, 23, 59))).toBe('2025-04-01');
    expect(localToday(new Date(2025, 3, 1, 0, 1))).toBe('2025-04-01');
  });

  it('is written as people write it', () => {
    expect(formatDay('2025-04-01', 'ja')).toBe('2025年4月1日');
    expect(formatDay('2025-04-01', 'en')).toBe('1 April 2025');
  });

  it('comes from a link only when it is good and the role may look back', () => {
    expect(readDates({}, today, true)).toEqual({});
    expect(readDates({ asOf: '2025-04-01' }, today, true)).toEqual({ asOf: '2025-04-01', from: undefined });
    expect(readDates({ asOf: today }, today, true)).toEqual({ asOf: undefined, from: undefined });
    expect(readDates({ from: '2024-04-01' }, today, true)).toEqual({ asOf: undefined, from: '2024-04-01' });
    expect(readDates({ asOf: '2025-04-01', from: '2024-04-01' }, today, true)).toEqual({
      asOf: '2025-04-01',
      from: '2024-04-01',
    });
    expect(readDates({ asOf: '2027-01-01' }, today, true)).toEqual({ problem: 'future' });
    expect(readDates({ asOf: 'yesterday' }, today, true)).toEqual({ problem: 'format' });
    expect(readDates({ asOf: '2024-01-01', from: '2025-01-01' }, today, true)).toEqual({ problem: 'order' });
    expect(readDates({ asOf: '2025-04-01' }, today, false)).toEqual({ problem: 'role' });
  });
});

describe('ties that changed between two days', () => {
  it('began: not begun on the first day, begun on the second', () => {
    expect(tieChange({ since: '2024-10-01' }, period)).toBe('began');
    expect(tieChange({ since: '2025-04-01' }, period)).toBe('began');
    expect(tieChange({ since: '2024-04-01' }, period)).toBeUndefined();
    expect(tieChange({ since: '2025-04-02' }, period)).toBeUndefined();
    expect(tieChange({ since: null }, period)).toBeUndefined();
  });

  it('ended: not ended on the first day, ended on the second (its last day the day before its until)', () => {
    expect(tieChange({ since: '2020-01-01', until: '2024-10-01' }, period)).toBe('ended');
    expect(tieChange({ until: '2025-04-01' }, period)).toBe('ended');
    expect(tieChange({ until: '2024-04-01' }, period)).toBeUndefined();
    expect(tieChange({ until: '2025-04-02' }, period)).toBeUndefined();
  });

  it('counts a tie that began and ended in between as ended', () => {
    expect(tieChange({ since: '2024-06-01', until: '2024-12-01' }, period)).toBe('ended');
  });

  it('counts no tie without dates (a stand-in tie: its dates are not disclosed)', () => {
    expect(tieChange({ since: null, until: null }, period)).toBeUndefined();
    expect(tieChange({}, period)).toBeUndefined();
  });
});

/** A small map as of 2025-04-01 with its ended ties: one tie begun, two ended in the period, others unchanged. */
const network: Network = {
  nodes: [
    { id: 'a', kind: 'Area', label: '北', tier: 3 },
    { id: 'p1', kind: 'Person', label: '一', parentId: 'a' },
    { id: 'p2', kind: 'Person', label: '二', parentId: 'a' },
    { id: 'p3', kind: 'Person', label: '三', parentId: 'a' },
    { id: 's', kind: 'Person', label: '住民', parentId: 'a', anonymous: true },
  ],
  edges: [
    { id: 'new', source: 'p1', target: 'p2', type: 'FRIEND', since: '2024-09-01', active: true },
    { id: 'old', source: 'p2', target: 'p3', type: 'FRIEND', since: '2010-01-01', active: true },
    { id: 'gone', source: 'p1', target: 'p3', type: 'NEIGHBOR', until: '2025-01-01', active: false },
    {
      id: 'brief',
      source: 'p2',
      target: 'p3',
      type: 'SUPPORTS',
      since: '2024-05-01',
      until: '2024-08-01',
      active: false,
    },
    { id: 'long-gone', source: 'p1', target: 'p2', type: 'NEIGHBOR', until: '2020-01-01', active: false },
    { id: 'standin', source: 'p1', target: 's', type: 'TIE', since: null, until: null, active: true },
  ],
};

function classesOf(elements: readonly MapElement[], id: string): string[] {
  return elements.find((element) => element.data.id === id)!.classes;
}

describe('the map compared with an earlier day', () => {
  const marked = markChanges(toElements(network), period);

  it('marks the ties that began and ended, and nothing else', () => {
    expect(classesOf(marked, 'new')).toContain('began-between');
    expect(classesOf(marked, 'gone')).toContain('ended-between');
    expect(classesOf(marked, 'brief')).toContain('ended-between');
    for (const id of ['old', 'long-gone', 'standin']) {
      expect(classesOf(marked, id).some((c) => c.endsWith('-between'))).toBe(false);
    }
    expect(countChanges(marked)).toEqual({ began: 1, ended: 2 });
  });

  it('marks nothing without a period', () => {
    expect(markChanges(toElements(network), undefined).some((e) => e.classes.some((c) => c.endsWith('-between')))).toBe(
      false,
    );
  });

  it('draws the ties that ended in the period even when ended ties are not shown, and the older ones not', () => {
    const filtered = applyFilters(marked, defaultFilters);
    expect(classesOf(filtered, 'gone')).not.toContain('hidden');
    expect(classesOf(filtered, 'long-gone')).toContain('hidden');
    expect(countChanges(filtered)).toEqual({ began: 1, ended: 2 });
  });

  it('leaves hidden ties out of the counts and gives the legend both entries', () => {
    const onlyFamily = applyFilters(marked, { ...defaultFilters, categories: ['family'] });
    expect(countChanges(onlyFamily)).toEqual({ began: 0, ended: 0 });
    expect(legendOf(applyFilters(marked, defaultFilters)).changes).toEqual([
      { change: 'began', count: 1 },
      { change: 'ended', count: 2 },
    ]);
    expect(legendOf(toElements(network)).changes).toEqual([]);
  });
});
