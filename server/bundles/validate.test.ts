import { describe, expect, it } from 'vitest';
import type { BundleProblem } from './bundle.types.js';
import { parseBundle } from './parse.js';
import { parseTable } from './read.js';
import type { ExistingNode } from './rules/rule.types.js';
import { csv, smallTown } from './testBundles.js';
import { checkBundle, namedIds } from './validate.js';

function check(files: Record<string, string>, existing: Record<string, ExistingNode> = {}) {
  const tables = Object.entries(files).map(([name, text]) => parseTable(name.replace('.csv', '') as never, text).table);
  const { bundle, problems } = parseBundle({ tables, problems: [] });
  expect(problems).toEqual([]);
  return checkBundle(bundle, new Map(Object.entries(existing)));
}

const where = (problems: BundleProblem[]) => problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.value}`);

describe('checkBundle', () => {
  it('passes a consistent town', () => {
    expect(check(smallTown('x-'))).toEqual([]);
  });

  it('names every id the bundle defines or refers to', () => {
    const { bundle } = parseBundle({
      tables: [parseTable('people', smallTown('x-')['people.csv']).table],
      problems: [],
    });
    expect(namedIds(bundle).sort()).toEqual(['x-h1', 'x-n1', 'x-p1', 'x-p2', 'x-p3', 'x-s1']);
  });

  it('refuses an id used twice, within a file or across files', () => {
    const town = smallTown('x-');
    town['hubs.csv'] = csv('id,name,kind,area_id,tags', 'x-hub1,北サロン,サロン,x-n1,', 'x-p1,サロン2,,x-n1,');
    expect(where(check(town))).toEqual(['hubs.csv:3:1 x-p1']);
  });

  it('refuses references to nothing and to the wrong kind, and accepts ones already in the database', () => {
    const problems = check(
      {
        'people.csv': csv(
          'id,name,area_id,household_id',
          'x-p1,ハナ,x-n1,x-h1',
          'x-p2,タロウ,x-nowhere,x-n1',
          'x-p3,ジロウ,x-h1,',
        ),
      },
      { 'x-n1': { kind: 'Area', tier: 3 }, 'x-h1': { kind: 'Household', tier: null } },
    );
    expect(where(problems)).toEqual(['people.csv:3:3 x-nowhere', 'people.csv:3:4 x-n1', 'people.csv:4:3 x-h1']);
    expect(problems.map((p) => p.message)).toEqual([
      '"x-nowhere" names no Area in the bundle or the database',
      '"x-n1" is an Area; household_id must name a Household',
      '"x-h1" is a Household; area_id must name an Area',
    ]);
  });

  it('refuses an id the database holds with another label', () => {
    const problems = check(
      { 'households.csv': csv('id,name,area_id', 'x-o9,山田家,x-n1') },
      {
        'x-o9': { kind: 'Organization', tier: null },
        'x-n1': { kind: 'Area', tier: 3 },
      },
    );
    expect(problems).toMatchObject([
      {
        file: 'households.csv',
        line: 2,
        column: 1,
        message: 'the id "x-o9" is already an Organization in the database, not a Household',
      },
    ]);
  });

  it('refuses areas whose tiers do not nest, against the bundle and the database', () => {
    const problems = check(
      {
        'areas.csv': csv(
          'id,name,tier,parent_id',
          'x-a,市,1,x-old',
          'x-b,中学校区,2,',
          'x-c,小学校区,3,x-a',
          'x-d,小学校区,3,x-db2',
          'x-e,小学校区,3,x-db3',
        ),
      },
      { 'x-old': { kind: 'Area', tier: 1 }, 'x-db2': { kind: 'Area', tier: 2 }, 'x-db3': { kind: 'Area', tier: 3 } },
    );
    expect(where(problems)).toEqual([
      'areas.csv:2:4 x-old',
      'areas.csv:3:4 ',
      'areas.csv:4:4 x-a',
      'areas.csv:6:4 x-db3',
    ]);
    expect(problems[3].message).toBe('the parent "x-db3" is a tier-3 area; a tier-3 area\'s parent is tier 2');
  });

  it('refuses ties whose ends do not fit the type, repeated ties and ties that end before they begin', () => {
    const town = smallTown('x-');
    town['ties.csv'] = csv(
      'from_id,to_id,type,since,until',
      'x-p1,x-o1,FAMILY,,',
      'x-o1,x-p1,WATCHES_OVER,,',
      'x-p1,x-p3,FRIEND,2020-01-01,',
      'x-p1,x-p3,FRIEND,2020-01-01,',
      'x-p1,x-p3,FRIEND,,2019-01-01',
      'x-p2,x-p3,NEIGHBOR,2024-05-01,2024-04-30',
    );
    const problems = check(town);
    expect(where(problems)).toEqual([
      'ties.csv:2:2 x-o1',
      'ties.csv:3:1 x-o1',
      'ties.csv:5:2 x-p3',
      'ties.csv:7:5 2024-04-30',
    ]);
    expect(problems[0].message).toBe(
      '"x-o1" is an Organization: a FAMILY tie goes from Person to Person, not from Person to Organization',
    );
  });

  it('refuses a symmetric tie given both ways round, and keeps a directed one given both ways', () => {
    const town = smallTown('x-');
    town['ties.csv'] = csv(
      'from_id,to_id,type,since,until',
      'x-p1,x-p3,NEIGHBOR,2020-01-01,',
      'x-p3,x-p1,NEIGHBOR,2020-01-01,',
      'x-p1,x-p3,WATCHES_OVER,,',
      'x-p3,x-p1,WATCHES_OVER,,',
    );
    const problems = check(town);
    expect(where(problems)).toEqual(['ties.csv:3:2 x-p1']);
    expect(problems[0].message).toBe('the tie x-p3 -NEIGHBOR-> x-p1 since 2020-01-01 is already at ties.csv:2');
  });
});
