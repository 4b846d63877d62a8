import { describe, expect, it } from 'vitest';
import type { AreaReport } from './areaReport';
import type { Count } from './counts';
import { compareTable, councilsTable, keyFiguresTable, tableCsv, tableFileName, unmetNeedsTable } from './reportTables';

const count = (value: number): Count => ({ value, masked: false, text: String(value) });
const under5: Count = { value: null, masked: true, text: '5未満' };

function report(over: Partial<AreaReport> = {}): AreaReport {
  return {
    areaId: 'south',
    name: '南中学校区',
    tier: 2,
    asOf: '2026-04-01',
    population: 12000,
    households: 5000,
    elderly: 3500,
    residentsKnown: count(120),
    isolated: count(12),
    isolationRate: { value: 0.1, masked: false },
    peopleInNeed: count(30),
    peopleWithUnmetNeeds: count(7),
    unmetNeedsByField: [
      { field: 'ELDERLY', people: count(6) },
      { field: 'HOUSING', people: under5 },
    ],
    watchersPerPersonInNeed: { value: 0.8, masked: false },
    hubs: 5,
    hubsByKind: [{ kind: 'サロン', count: 5 }],
    hubsPer1000Elderly: 1.43,
    organizations: 16,
    organizationsByField: [{ field: 'ELDERLY', count: 9 }],
    councils: [
      { id: 'k', name: '=HYPERLINK("x")', kind: '協議体', tier: 2, organizationMembers: 8, personMembers: under5 },
    ],
    unaffiliatedResources: 2,
    resourceChanges: {
      ...{ hubsOpened: 1, hubsClosed: 1, organizationsOpened: 0, organizationsClosed: 0 },
      ...{ councilsOpened: 1, councilsClosed: 0 },
    },
    children: [],
    ...over,
  };
}

describe('report tables', () => {
  it('writes each table as the screen does, masked counts included', () => {
    expect(unmetNeedsTable(report(), 'ja').rows).toEqual([
      ['高齢', '6'],
      ['住まい', '5未満'],
    ]);
    expect(councilsTable(report(), 'en').rows).toEqual([['=HYPERLINK("x")', '協議体', 'Tier 2', '8', 'under 5']]);
    const compare = compareTable('siblings', { ja: '比較', en: 'Compared' }, [report()], 'ja');
    expect(compare.rows[0]).toEqual(['南中学校区', '12,000', '3,500', '120', '10.0%', '7', '5', '1.4', '16']);
    expect(compare.areaIds).toEqual(['south']);
  });

  it('gives the key figures with their change, ±0 for none', () => {
    const rows = keyFiguresTable(report(), report({ hubs: 4 }), 'ja').rows;
    expect(rows.find((row) => row[0] === '拠点・居場所')).toEqual(['拠点・居場所', '5', '+1']);
    expect(rows.find((row) => row[0] === '孤立率')).toEqual(['孤立率', '10.0%', '±0']);
  });

  it('makes a CSV for Excel: BOM, CRLF, quoted, formula-like cells neutralised', () => {
    const csv = tableCsv(councilsTable(report(), 'ja'), 'ja');
    expect(csv.startsWith('\uFEFF名称,種別,層,この地域の構成員（機関）,この地域の構成員（個人）\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",協議体,第2層,8,5未満\r\n`);
    expect(tableFileName(councilsTable(report(), 'ja'), report())).toBe(
      'chiiki-karte_南中学校区_councils_2026-04-01.csv',
    );
  });
});
