/**
 * The municipality's order of areas (sort_order, else the rows' order) and the readings of names (name_kana) through
 * a bundle: validated, stored, listed in that order, exported and imported again unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { areaReport } from '../analysis/area-report/areaReport.service.js';
import { listAreas } from '../areas/area.service.js';
import { BundleInvalidError } from '../shared/errors.js';
import { exportBundle } from './export.js';
import { importBundle } from './import.js';
import { csv, readBundleFolderTexts, smallTown, writeBundleFolder } from './testBundles.js';

const prefixes: string[] = [];
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}

/** The small town with its districts in the municipality's order, which is not the order of their ids. */
function orderedTown(p: string, areas: string): Record<string, string> {
  return { ...smallTown(p), 'areas.csv': areas };
}

const byRows = (p: string) =>
  csv(
    'id,name,tier,parent_id,population,households,elderly',
    `${p}city,みどり市,1,,52000,23000,16000`,
    `${p}south,南中学校区,2,${p}city,,,`,
    `${p}north,北中学校区,2,${p}city,26000,,`,
    `${p}s1,南小学校区,3,${p}south,,,`,
    `${p}n1,北小学校区,3,${p}north,9000,4000,3000`,
  );

describe('the order of areas', () => {
  it("lists areas in the bundle's row order when it has no sort_order, not by id", async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(orderedTown(p, byRows(p))));
    const mine = (await listAreas(graph, adminViewer, null)).filter((a) => a.id.startsWith(p));
    expect(mine.map((a) => a.id.slice(p.length))).toEqual(['city', 'south', 'north', 's1', 'n1']);
    const report = await areaReport(graph, { areaId: `${p}city`, asOf: '2026-01-01' });
    expect(report.children.map((c) => c.areaId.slice(p.length))).toEqual(['south', 'north']);
  });

  it('follows sort_order where given, keeps it through export and import, and refuses one that is not a count', async () => {
    const graph = await testGraph();
    const p = prefix();
    const areas = csv(
      'id,name,tier,parent_id,population,households,elderly,sort_order',
      `${p}city,みどり市,1,,52000,23000,16000,1`,
      `${p}north,北中学校区,2,${p}city,26000,,,30`,
      `${p}south,南中学校区,2,${p}city,,,,20`,
      `${p}n1,北小学校区,3,${p}north,9000,4000,3000,`,
      `${p}s1,南小学校区,3,${p}south,,,,5`,
    );
    await importBundle(graph, writeBundleFolder(orderedTown(p, areas)));
    const mine = (await listAreas(graph, adminViewer, null)).filter((a) => a.id.startsWith(p));
    // n1 has none: its row (the fifth line, 4) stands for it
    expect(mine.map((a) => [a.id.slice(p.length), a.sortOrder])).toEqual([
      ['city', 1],
      ['south', 20],
      ['north', 30],
      ['n1', 4],
      ['s1', 5],
    ]);
    const first = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-order-'));
    await exportBundle(graph, first, { rootAreaId: `${p}city` });
    const exported = readBundleFolderTexts(first)['areas.csv'].replaceAll(p, '');
    expect(exported.split('\n')[0]).toBe(
      'id,name,tier,parent_id,population,households,elderly,sort_order,code,machiaza_ids',
    );
    expect(exported).toContain('south,南中学校区,2,city,,,,20');
    // imported again, the same order and the same bytes
    await importBundle(graph, first);
    const second = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-order-'));
    await exportBundle(graph, second, { rootAreaId: `${p}city` });
    expect(readBundleFolderTexts(second)).toEqual(readBundleFolderTexts(first));

    const bad = prefix();
    const wrong = csv('id,name,tier,parent_id,sort_order', `${bad}city,みどり市,1,,first`);
    const error = await importBundle(graph, writeBundleFolder({ 'areas.csv': wrong })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems).toMatchObject([
      { file: 'areas.csv', line: 2, column: 5, columnName: 'sort_order', value: 'first' },
    ]);
  });
});

describe('readings (name_kana)', () => {
  it('stores readings in kana (half-width read as full-width), exports them, and refuses kanji or romaji', async () => {
    const graph = await testGraph();
    const p = prefix();
    const town = smallTown(p);
    const [header, ...rows] = town['people.csv'].trim().split('\n');
    const readings = ['やまだ はなこ', 'ﾔﾏﾀﾞ ﾀﾛｳ', ''];
    town['people.csv'] = csv(`${header},name_kana`, ...rows.map((row, i) => `${row},${readings[i] ?? ''}`));
    await importBundle(graph, writeBundleFolder(town));
    const stored = await graph.read<{ id: string; kana: string | null }>(
      'MATCH (p:Person) WHERE p.id STARTS WITH $p RETURN p.id AS id, p.nameKana AS kana ORDER BY id',
      { p },
    );
    expect(stored.map((row) => row.kana)).toEqual(['やまだ はなこ', 'ヤマダ タロウ', null]);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-kana-'));
    await exportBundle(graph, folder, { rootAreaId: `${p}city` });
    const people = readBundleFolderTexts(folder)['people.csv'];
    expect(people.split('\n')[0].split(',')).toContain('name_kana');
    expect(people).toContain('ヤマダ タロウ');

    const bad = prefix();
    const wrong = smallTown(bad);
    const [h2, first, ...others] = wrong['people.csv'].trim().split('\n');
    wrong['people.csv'] = csv(`${h2},name_kana`, `${first},山田 花子`, ...others.map((row) => `${row},yamada`));
    const error = await importBundle(graph, writeBundleFolder(wrong)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleInvalidError);
    const problems = (error as BundleInvalidError).problems.filter((problem) => problem.columnName === 'name_kana');
    expect(problems.map((problem) => [problem.line, problem.value])).toEqual([
      [2, '山田 花子'],
      [3, 'yamada'],
      [4, 'yamada'],
    ]);
    expect(problems[0].message).toContain('kana only');
  });
});
