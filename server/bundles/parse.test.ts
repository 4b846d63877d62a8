import { describe, expect, it } from 'vitest';
import type { BundleKey } from './bundle.types.js';
import { parseBundle, splitList } from './parse.js';
import { parseTable } from './read.js';

function parse(key: BundleKey, text: string) {
  return parseBundle({ tables: [parseTable(key, text).table], problems: [] });
}

describe('splitList', () => {
  it('splits on ; and ；, trims, drops empty and repeated items', () => {
    expect(splitList(' a ; b;;a；c ; ')).toEqual(['a', 'b', 'c']);
  });
});

describe('parseBundle', () => {
  it('reads people with codes or Japanese labels, defaults for empty cells', () => {
    const { bundle, problems } = parse(
      'people',
      'name,id,area_id,household_id,roles,needs,consent,interests\n' +
        'ハナ,p1,n1,h1,民生委員;ボランティア,高齢;子育て,地域で共有,園芸; 体操\n' +
        'タロウ,p2,n1,,,,,\n',
    );
    expect(problems).toEqual([]);
    expect(bundle.people?.records).toEqual([
      {
        ...{ line: 2, id: 'p1', name: 'ハナ', areaId: 'n1', householdId: 'h1' },
        ...{
          roles: ['MINSEI_IIN', 'VOLUNTEER'],
          needs: ['ELDERLY', 'CHILD'],
          consent: 'COMMUNITY',
          interests: ['園芸', '体操'],
        },
      },
      {
        ...{ line: 3, id: 'p2', name: 'タロウ', areaId: 'n1', householdId: null },
        ...{ roles: ['RESIDENT'], needs: [], consent: 'NONE', interests: [] },
      },
    ]);
  });

  it('reads whom a hub is for (audience, 対象) as codes or Japanese labels, and names an unknown one', () => {
    const good = parse('hubs', 'id,name,area_id,audience\nh1,ひろば,n1,子育て世帯;CHILDREN\nh2,サロン,n1,\n');
    expect(good.problems).toEqual([]);
    expect(good.bundle.hubs?.records.map((r) => r.audience)).toEqual([['PARENTING', 'CHILDREN'], []]);
    const bad = parse('hubs', 'id,name,area_id,audience\nh1,ひろば,n1,高齢者;ペット\n');
    expect(bad.problems.map((p) => [p.file, p.line, p.column, p.columnName])).toEqual([['hubs.csv', 2, 4, 'audience']]);
    expect(bad.problems[0].message).toMatch(/^"ペット" is not a known audience \(対象\); expected ELDERLY \(高齢者\)/);
  });

  it('leaves out what the file leaves out', () => {
    const { bundle } = parse('areas', 'id,name,tier,parent_id\na1,市,第1層,\n');
    expect(bundle.areas?.records).toEqual([{ line: 2, id: 'a1', name: '市', tier: 1, parentId: null }]);
  });

  it('reads counts and dates, full-width too', () => {
    const areas = parse('areas', 'id,name,tier,parent_id,population,elderly\na1,市,１,,"52,000",１２０\n');
    expect(areas.problems).toEqual([]);
    expect(areas.bundle.areas?.records[0]).toMatchObject({ population: 52000, elderly: 120 });
    const ties = parse('ties', 'from_id,to_id,type,since,until\na,b,見守り,２０２４－０４－０１,\n');
    expect(ties.problems).toEqual([]);
    expect(ties.bundle.ties?.records[0]).toMatchObject({ type: 'WATCHES_OVER', since: '2024-04-01', until: null });
  });

  it('locates every bad cell at its file, line and column', () => {
    const { problems } = parse(
      'people',
      'id,name,area_id,household_id,age_band,roles,needs,consent\n' +
        'p1,,n1,,80代,RESIDENT,ELDERLY,NONE\n' +
        'p2,タロウ,n1,,70代,VOLUNTER,高齢;ペット,everyone\n',
    );
    expect(problems.map((p) => [p.file, p.line, p.column, p.columnName, p.value])).toEqual([
      ['people.csv', 2, 2, 'name', ''],
      ['people.csv', 3, 6, 'roles', 'VOLUNTER'],
      ['people.csv', 3, 7, 'needs', '高齢;ペット'],
      ['people.csv', 3, 8, 'consent', 'everyone'],
    ]);
    expect(problems[1].message).toMatch(/^"VOLUNTER" is not a known role; expected RESIDENT \(住民\)/);
    expect(problems[2].message).toMatch(/^"ペット" is not a known field/);
  });

  it('reports bad numbers, dates, tiers and tie types', () => {
    const areas = parse('areas', 'id,name,tier,parent_id,population\na1,市,4,,-3\n');
    expect(areas.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 3, '"4" is not a tier; expected 1 (第1層), 2 (第2層), 3 (第3層)'],
      [2, 5, '"-3" is not a count; expected a whole number, 0 or more'],
    ]);
    const ties = parse('ties', 'from_id,to_id,type,since\na,b,LOVES,2024-02-30\n');
    expect(ties.problems.map((p) => [p.column, p.columnName])).toEqual([
      [3, 'type'],
      [4, 'since'],
    ]);
    expect(ties.problems[1].message).toBe('"2024-02-30" is not a date; expected YYYY-MM-DD, e.g. 2024-04-01');
  });

  it('reports unknown, repeated and missing columns on the header line', () => {
    const { problems } = parse('households', 'id,name,nmae,name\nh1,山田家,x,y\n');
    expect(problems.map((p) => [p.line, p.column, p.columnName, p.message])).toEqual([
      [1, 3, 'nmae', 'unknown column "nmae"; households.csv has the columns id, name, area_id, name_kana'],
      [1, 4, 'name', 'the column "name" appears twice'],
      [1, 0, 'area_id', 'the header lacks the required column "area_id"'],
    ]);
  });

  it('reports rows with too few or too many values', () => {
    const { problems } = parse('households', 'id,name,area_id\nh1,山田家\nh2,佐藤家,a1,extra\nh3,鈴木家,a1,,\n');
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 3, 'the row has 2 values; the header has 3 columns'],
      [2, 3, 'area_id may not be empty'],
      [3, 4, 'a value beyond the last column; the header has 3 columns'],
    ]);
  });
});
