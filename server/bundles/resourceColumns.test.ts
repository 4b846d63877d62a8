/**
 * The bundle's columns for resources with a history and a shape: hubs', organizations' and councils' since/until,
 * a hub's operator, open_days, open_hours, functions, consultation_point and help_wanted, a person's can_offer and
 * offer_time — read as codes or Japanese labels, bad cells located, a closing before an opening refused, a bundle
 * without the columns still loaded, and the values given back the same after export → import → export.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import type { BundleKey } from './bundle.types.js';
import { exportBundle } from './export.js';
import { importBundle } from './import.js';
import { parseBundle } from './parse.js';
import { parseTable } from './read.js';
import { csv, readBundleFolderTexts, smallTown, writeBundleFolder } from './testBundles.js';
import { checkBundle } from './validate.js';

function parse(key: BundleKey, text: string) {
  return parseBundle({ tables: [parseTable(key, text).table], problems: [] });
}

const hubHeader = 'id,name,area_id,since,until,operator,open_days,open_hours,functions,consultation_point,help_wanted';

describe('reading the new columns', () => {
  it('reads a hub’s dates and shape as codes or Japanese labels', () => {
    const { bundle, problems } = parse(
      'hubs',
      csv(
        hubHeader,
        'h1,まちの保健室,n1,2019-04-01,,委託,月;水曜日;FRI,10:00〜15:00,相談;居場所,はい,調理;送迎',
        'h2,サロン,n1,,,,,,,,',
      ),
    );
    expect(problems).toEqual([]);
    expect(bundle.hubs?.records).toEqual([
      {
        ...{ line: 2, id: 'h1', name: 'まちの保健室', areaId: 'n1', since: '2019-04-01', until: null },
        ...{ operator: 'CONTRACTED', openDays: ['MON', 'WED', 'FRI'], openHours: '10:00〜15:00' },
        ...{ functions: ['CONSULTATION', 'PLACE'], consultationPoint: true, helpWanted: ['COOKING', 'DRIVING'] },
      },
      {
        ...{ line: 3, id: 'h2', name: 'サロン', areaId: 'n1', since: null, until: null, operator: null },
        ...{ openDays: [], openHours: null, functions: [], consultationPoint: null, helpWanted: [] },
      },
    ]);
  });

  it('names the file, line and column of each bad value', () => {
    const { problems } = parse('hubs', csv(hubHeader, 'h1,サロン,n1,2019-13-01,,町営,月;八,,食事,たぶん,料理;占い'));
    expect(problems.map((p) => [p.line, p.columnName])).toEqual([
      [2, 'since'],
      [2, 'operator'],
      [2, 'open_days'],
      [2, 'functions'],
      [2, 'consultation_point'],
      [2, 'help_wanted'],
    ]);
    expect(problems.find((p) => p.columnName === 'operator')?.message).toBe(
      '"町営" is not a known hub operator (運営形態); expected DIRECT (直営), CONTRACTED (委託), RESIDENT_LED (住民主体), OTHER (その他)',
    );
    const people = parse('people', csv('id,name,area_id,household_id,can_offer', 'p1,ハナ,n1,,手芸;占い'));
    expect(people.problems.map((p) => [p.file, p.line, p.column, p.columnName])).toEqual([
      ['people.csv', 2, 5, 'can_offer'],
    ]);
  });

  it('refuses a hub, organization or council that closes before it opens', () => {
    const town = smallTown('x-');
    const files = {
      ...town,
      'hubs.csv': csv('id,name,kind,area_id,since,until', 'x-hub1,北サロン,サロン,x-n1,2020-04-01,2020-03-31'),
      'councils.csv': csv(
        'id,name,kind,tier,covers,since,until',
        'x-c1,北第2層協議体,協議体,2,x-north,2021-04-01,2018-04-01',
      ),
    };
    const tables = Object.entries(files).map(
      ([name, text]) => parseTable(name.replace('.csv', '') as never, text).table,
    );
    const { bundle } = parseBundle({ tables, problems: [] });
    const problems = checkBundle(bundle, new Map());
    expect(problems.map((p) => [p.file, p.line, p.columnName, p.message])).toEqual([
      ['hubs.csv', 2, 'until', 'the hub closes (2020-03-31) before it begins (2020-04-01)'],
      ['councils.csv', 2, 'until', 'the council closes (2018-04-01) before it begins (2021-04-01)'],
    ]);
  });
});

describe('importing and exporting the new columns', () => {
  const prefixes: string[] = [];
  afterEach(async () => {
    const graph = await testGraph();
    for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
  });

  it('loads a bundle without the new columns, and gives the new values back the same after a round trip', async () => {
    const graph = await testGraph();
    const p = uniquePrefix();
    prefixes.push(p);
    // the old columns only: it loads as before
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const shaped = {
      'hubs.csv': csv(
        hubHeader,
        `${p}hub1,北サロン,${p}n1,2018-04-01,2025-03-31,住民主体,火;木,13時〜16時,居場所;見守り,true,調理`,
      ),
      'people.csv': csv(
        'id,name,area_id,household_id,can_offer,offer_time',
        `${p}p2,佐藤一郎,${p}n1,,送迎;話し相手,平日の午前`,
      ),
      'organizations.csv': csv(
        'id,name,area_id,serves,since',
        `${p}o1,北地域包括支援センター,${p}north,${p}north,2006-04-01`,
      ),
      'councils.csv': csv('id,name,tier,covers,until', `${p}c1,北第2層協議体,2,${p}north,2026-03-31`),
    };
    await importBundle(graph, writeBundleFolder(shaped));
    const first = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-shape-'));
    await exportBundle(graph, first, { rootAreaId: `${p}city` });
    const files = readBundleFolderTexts(first);
    const row = (file: string, id: string) => {
      const [header, ...lines] = files[file].trim().split('\n');
      const line = lines.find((l) => l.startsWith(`${p}${id},`))!;
      const names = header.split(',');
      return Object.fromEntries(line.split(',').map((value, i) => [names[i], value]));
    };
    expect(row('hubs.csv', 'hub1')).toMatchObject({
      ...{ since: '2018-04-01', until: '2025-03-31', operator: 'RESIDENT_LED', open_days: 'TUE;THU' },
      ...{ open_hours: '13時〜16時', functions: 'PLACE;WATCH', consultation_point: 'true', help_wanted: 'COOKING' },
      // what the second bundle left out is kept
      tags: '体操;お茶',
    });
    expect(row('people.csv', 'p2')).toMatchObject({
      can_offer: 'DRIVING;VISITING',
      offer_time: '平日の午前',
      roles: 'MINSEI_IIN;VOLUNTEER',
    });
    expect(row('organizations.csv', 'o1')).toMatchObject({ since: '2006-04-01', until: '' });
    expect(row('councils.csv', 'c1')).toMatchObject({ since: '', until: '2026-03-31' });
    await importBundle(graph, first);
    const second = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-shape-'));
    await exportBundle(graph, second, { rootAreaId: `${p}city` });
    expect(readBundleFolderTexts(second)).toEqual(files);
  });
});
