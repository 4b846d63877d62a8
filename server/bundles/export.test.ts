import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { NotFoundError } from '../shared/errors.js';
import { bundleKeys, caseKeys, fileOf } from './bundle.types.js';
import { exportBundle } from './export.js';
import { importBundle } from './import.js';
import { csv, readBundleFolderTexts, smallTown, writeBundleFolder } from './testBundles.js';

const prefixes: string[] = [];
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-export-'));
}

async function importedTown(): Promise<string> {
  const p = uniquePrefix();
  prefixes.push(p);
  await importBundle(await testGraph(), writeBundleFolder(smallTown(p)));
  return p;
}

describe('exportBundle', () => {
  it('writes every file with every column, sorted, lists joined with ; and codes as codes', async () => {
    const graph = await testGraph();
    const p = await importedTown();
    const folder = tempFolder();
    const counts = await exportBundle(graph, folder, { rootAreaId: `${p}city` });
    expect(counts).toEqual({
      ...{ 'areas.csv': 5, 'households.csv': 1, 'people.csv': 3, 'organizations.csv': 2 },
      ...{ 'councils.csv': 1, 'hubs.csv': 1, 'ties.csv': 7 },
      // the town has no case: the support files have their headers only
      ...Object.fromEntries(caseKeys.map((key) => [fileOf(key), 0])),
    });
    const files = readBundleFolderTexts(folder);
    const unprefixed = (text: string) => text.replaceAll(p, '');
    expect(Object.keys(files)).toEqual([
      ...['agenda.csv', 'areas.csv', 'cases.csv', 'councils.csv', 'households.csv', 'hubs.csv', 'key_persons.csv'],
      ...['meetings.csv', 'monitoring.csv', 'monitoring_outcomes.csv', 'organizations.csv', 'people.csv'],
      ...['plan_items.csv', 'plans.csv', 'ties.csv'],
    ]);
    expect(unprefixed(files['areas.csv'])).toBe(
      csv(
        'id,name,tier,parent_id,population,households,elderly,sort_order,code,machiaza_ids',
        'city,みどり市,1,,52000,23000,16000,1,,',
        'n1,北小学校区,3,north,9000,4000,3000,4,,',
        'north,北中学校区,2,city,26000,,,2,,',
        's1,南小学校区,3,south,,,,5,,',
        'south,南中学校区,2,city,,,,3,,',
      ),
    );
    expect(unprefixed(files['people.csv'])).toBe(
      csv(
        'id,name,area_id,household_id,age_band,roles,needs,interests,consent,restricted_for,name_kana,can_offer,offer_time',
        'p1,山田ハナ,n1,h1,80代,RESIDENT,ELDERLY;HEALTH,園芸;体操,COMMUNITY,,,,',
        'p2,佐藤一郎,n1,,70代,MINSEI_IIN;VOLUNTEER,,,PROFESSIONALS,,,,',
        'p3,山田太郎,s1,h1,50代,RESIDENT,EMPLOYMENT,,NONE,,,,',
      ),
    );
    expect(unprefixed(files['organizations.csv'])).toBe(
      csv(
        'id,name,kind,fields,area_id,serves,name_kana,since,until',
        'o1,北地域包括支援センター,地域包括支援センター,ELDERLY;HEALTH,north,north,,,',
        'o2,みどり市社会福祉協議会,社会福祉協議会,COMMUNITY;POVERTY,city,north;south,,,',
      ),
    );
    expect(unprefixed(files['ties.csv'])).toBe(
      csv(
        'from_id,to_id,type,since,until,strength,note',
        'o1,o2,COLLABORATES,,,NORMAL,',
        'o1,c1,MEMBER_OF,,,NORMAL,',
        'o1,h1,SUPPORTS,2024-01-10,,NORMAL,',
        'o2,hub1,RUNS,,,NORMAL,',
        'p1,p3,FAMILY,,,NORMAL,',
        'p1,hub1,PARTICIPATES_IN,2022-05-01,2023-03-31,WEAK,',
        'p2,p1,WATCHES_OVER,2023-04-01,,STRONG,週1回訪問',
      ),
    );
    expect(fs.readFileSync(path.join(folder, 'areas.csv'))[0]).toBe('i'.charCodeAt(0)); // no BOM
  });

  it('gives the same bytes after export → import → export', async () => {
    const graph = await testGraph();
    const p = await importedTown();
    const first = tempFolder();
    await exportBundle(graph, first, { rootAreaId: `${p}city` });
    await importBundle(graph, first);
    const second = tempFolder();
    await exportBundle(graph, second, { rootAreaId: `${p}city` });
    expect(readBundleFolderTexts(second)).toEqual(readBundleFolderTexts(first));
  });

  it('exports one subtree: its areas, what is located in them, the councils covering them and the ties among those', async () => {
    const graph = await testGraph();
    const p = await importedTown();
    const folder = tempFolder();
    await exportBundle(graph, folder, { rootAreaId: `${p}north` });
    const files = readBundleFolderTexts(folder);
    const ids = (name: string) =>
      files[name]
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',').slice(0, 3).join(' ').replaceAll(p, ''));
    expect(ids('areas.csv')).toEqual(['n1 北小学校区 3', 'north 北中学校区 2']);
    expect(ids('people.csv')).toEqual(['p1 山田ハナ n1', 'p2 佐藤一郎 n1']);
    expect(ids('organizations.csv')).toEqual(['o1 北地域包括支援センター 地域包括支援センター']);
    expect(ids('councils.csv')).toEqual(['c1 北第2層協議体 協議体']);
    expect(ids('ties.csv')).toEqual([
      'o1 c1 MEMBER_OF',
      'o1 h1 SUPPORTS',
      'p1 hub1 PARTICIPATES_IN',
      'p2 p1 WATCHES_OVER',
    ]);
    // the subtree's root keeps its parent, which a re-import finds in the database
    expect(files['areas.csv']).toContain(`${p}north,北中学校区,2,${p}city,`);
    await importBundle(graph, folder);
  });

  it('refuses a root area that does not exist', async () => {
    const graph = await testGraph();
    await expect(exportBundle(graph, tempFolder(), { rootAreaId: `${uniquePrefix()}none` })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('quotes values holding commas, quotes or line breaks, and reads them back', async () => {
    const graph = await testGraph();
    const p = await importedTown();
    await importBundle(
      graph,
      writeBundleFolder({
        'ties.csv': csv(
          'from_id,to_id,type,since,note',
          `${p}p2,${p}p1,WATCHES_OVER,2023-04-01,"火, 金に訪問 ""要注意""\n夜間も"`,
        ),
      }),
    );
    const folder = tempFolder();
    await exportBundle(graph, folder, { rootAreaId: `${p}north` });
    expect(readBundleFolderTexts(folder)['ties.csv']).toContain(
      `WATCHES_OVER,2023-04-01,,STRONG,"火, 金に訪問 ""要注意""\n夜間も"\n`,
    );
  });

  it("puts a ' before cells a spreadsheet would run as formulas, and reads them back unchanged", async () => {
    const graph = await testGraph();
    const p = await importedTown();
    const formulas = { p1: '=HYPERLINK("http://evil.example","開く")', p2: '+81-3-1234', p3: '@SUM(A1)', h1: '-1+2' };
    await graph.write('UNWIND $rows AS row MATCH (n {id: row.id}) SET n.name = row.name', {
      rows: Object.entries(formulas).map(([id, name]) => ({ id: p + id, name })),
    });
    const folder = tempFolder();
    await exportBundle(graph, folder, { rootAreaId: `${p}city` });
    const files = readBundleFolderTexts(folder);
    expect(files['people.csv']).toContain(`${p}p1,"'=HYPERLINK(""http://evil.example"",""開く"")",`);
    expect(files['people.csv']).toContain(`${p}p2,'+81-3-1234,`);
    expect(files['people.csv']).toContain(`${p}p3,'@SUM(A1),`);
    expect(files['households.csv']).toContain(`${p}h1,'-1+2,`);
    await importBundle(graph, folder);
    const names = await graph.read<{ id: string; name: string }>(
      'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name ORDER BY id',
      {
        ids: Object.keys(formulas).map((id) => p + id),
      },
    );
    expect(Object.fromEntries(names.map((row) => [row.id.slice(p.length), row.name]))).toEqual(formulas);
  });

  it('writes files only their owner may read, over older ones too', async () => {
    const graph = await testGraph();
    const p = await importedTown();
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, 'people.csv'), 'old', { mode: 0o644 });
    await exportBundle(graph, folder, { rootAreaId: `${p}city` });
    const modes = fs
      .readdirSync(folder)
      .map((file) => [file, (fs.statSync(path.join(folder, file)).mode & 0o777).toString(8)]);
    expect(modes).toHaveLength(bundleKeys.length);
    expect(modes.filter(([, mode]) => mode !== '600')).toEqual([]);
  });
});
