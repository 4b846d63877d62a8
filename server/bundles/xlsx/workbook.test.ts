import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../../test/helpers/graph.js';
import { loadSampleTown } from '../../analysis/testing/sampleTown.js';
import { BundleInvalidError, formatBundleProblem } from '../../shared/errors.js';
import { exportBundle } from '../export.js';
import { importBundle } from '../import.js';
import { countUnder, nodesUnder } from '../testGraphState.js';

const prefixes: string[] = [];
function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

const tempFile = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-xlsx-')), name);

type Cell = ExcelJS.CellValue;

/** Writes a workbook of the given sheets (rows of cell values) and returns its path. */
async function workbookFile(sheets: Record<string, Cell[][]>, edit?: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  edit?.(workbook);
  const file = tempFile('town.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A small town as sheets, with Japanese sheet names and codes written as their labels. */
function townSheets(p: string): Record<string, Cell[][]> {
  return {
    地域: [
      ['id', 'name', 'tier', 'parent_id', 'population'],
      [`${p}city`, 'みどり市', '第1層', null, 52000],
      [`${p}north`, '北中学校区', '2', `${p}city`, null],
      [`${p}n1`, '北小学校区', 3, `${p}north`, null],
    ],
    households: [
      ['id', 'name', 'area_id'],
      [`${p}h1`, '山田家', `${p}n1`],
    ],
    住民: [
      ['id', 'name', 'area_id', 'household_id', 'age_band', 'roles', 'needs', 'consent'],
      [`${p}p1`, '山田ハナ', `${p}n1`, `${p}h1`, '80代', null, '高齢;保健医療', '地域で共有'],
      [`${p}p2`, '佐藤一郎', `${p}n1`, null, '70代', '民生委員・児童委員', null, '専門職間で共有'],
    ],
    つながり: [
      ['from_id', 'to_id', 'type', 'since', 'until', 'strength'],
      [`${p}p2`, `${p}p1`, '見守り', new Date(Date.UTC(2023, 3, 1)), null, '強い'],
      [`${p}p1`, `${p}p2`, '近所', '2022-05-01', null, null],
    ],
  };
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BundleInvalidError);
  return (error as BundleInvalidError).problems.map(formatBundleProblem);
}

/** Every sheet's cells as exceljs reads them back: the workbook's contents, without styles or timestamps. */
async function cellsOf(file: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value));
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe('bundle workbooks', () => {
  it('imports a workbook with Japanese sheet names, codes as labels and dates as Excel dates or ISO text', async () => {
    const graph = await testGraph();
    const p = prefix();
    // an empty Sheet1, as a new workbook has, is no bundle sheet and no problem either
    const counts = await importBundle(graph, await workbookFile({ Sheet1: [], ...townSheets(p) }));
    expect(counts).toEqual({ 'areas.csv': 3, 'households.csv': 1, 'people.csv': 2, 'ties.csv': 2 });
    const nodes = await nodesUnder(graph, p);
    expect(nodes.find((n) => n.props.id === `${p}city`)?.props).toMatchObject({ tier: 1, population: 52000 });
    expect(nodes.find((n) => n.props.id === `${p}p1`)?.props).toMatchObject({
      needs: ['ELDERLY', 'HEALTH'],
      consent: 'COMMUNITY',
      roles: ['RESIDENT'],
    });
    expect(nodes.find((n) => n.props.id === `${p}p2`)?.props).toMatchObject({
      roles: ['MINSEI_IIN'],
      consent: 'PROFESSIONALS',
    });
    const ties = await graph.read<{ type: string; since: string; strength: string }>(
      `MATCH (a)-[t:WATCHES_OVER|NEIGHBOR]->(b) WHERE a.id STARTS WITH $p
       RETURN type(t) AS type, toString(t.since) AS since, t.strength AS strength ORDER BY type`,
      { p },
    );
    expect(ties).toEqual([
      { type: 'NEIGHBOR', since: '2022-05-01', strength: 'NORMAL' },
      { type: 'WATCHES_OVER', since: '2023-04-01', strength: 'STRONG' },
    ]);
  });

  it('names every bad cell as sheet!cell and writes nothing, not even the good sheets', async () => {
    const graph = await testGraph();
    const p = prefix();
    const sheets = townSheets(p);
    sheets.住民[2][7] = '誰にでも';
    sheets.住民[1][2] = `${p}nowhere`;
    sheets.つながり[2][3] = 45383; // a serial number without a date format
    const problems = await problemsOf(importBundle(graph, await workbookFile(sheets)));
    expect(problems).toEqual([
      `住民!C2 (area_id) "${p}nowhere" names no Area in the bundle or the database`,
      expect.stringMatching(/^住民!H3 \(consent\) "誰にでも" is not a known consent/),
      'つながり!D3 (since) "45383" is not a date; expected YYYY-MM-DD, e.g. 2024-04-01',
    ]);
    expect((await countUnder(graph, p)).nodes).toBe(0);
  });

  it('refuses formulas, error values, merged cells and unknown sheets at their cells', async () => {
    const graph = await testGraph();
    const p = prefix();
    const sheets = { ...townSheets(p), メモ: [['note']] };
    const file = await workbookFile(sheets, (workbook) => {
      const people = workbook.getWorksheet('住民')!;
      people.getCell('E2').value = { formula: '"8"&"0代"', result: '80代' };
      people.getCell('E3').value = { error: '#N/A' };
      people.mergeCells('B3:C3');
    });
    const problems = await problemsOf(importBundle(graph, file));
    expect(problems).toEqual(
      expect.arrayContaining([
        '住民!E2 (age_band) a formula (="8"&"0代"): write the value itself, not a formula',
        '住民!E3 (age_band) an error value (#N/A): write the value',
        '住民!B3 (name) merged cells: unmerge them, so that each value has its own cell',
        expect.stringMatching(/^メモ!1:1 "メモ" is not a bundle sheet; expected 地域 \(areas\), 世帯 \(households\)/),
      ]),
    );
    expect((await countUnder(graph, p)).nodes).toBe(0);
  });

  it('writes formula-like text as text cells, never formulas, and reads it back as written', async () => {
    const graph = await testGraph();
    const p = prefix();
    const sheets = townSheets(p);
    sheets.住民[1][1] = '=1+1';
    sheets.住民[2][4] = '@SUM(A1)';
    await importBundle(graph, await workbookFile(sheets));
    const file = tempFile('out.xlsx');
    await exportBundle(graph, file, { rootAreaId: `${p}city` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const people = workbook.getWorksheet('住民')!;
    const name = people.getCell('B2');
    expect([name.value, name.type, name.formula]).toEqual(['=1+1', ExcelJS.ValueType.String, undefined]);
    expect(people.getCell('E3').value).toBe('@SUM(A1)');
    // in the file itself: the people sheet (the third) holds shared strings and no formula at all
    const xml = strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet3.xml']);
    expect(xml).toMatch(/<c r="B2"[^>]* t="s"/);
    expect(xml).not.toContain('<f>');
    // and once more through the import: the text comes back unchanged
    await importBundle(graph, file);
    const nodes = await nodesUnder(graph, p);
    expect(nodes.find((n) => n.props.id === `${p}p1`)?.props.name).toBe('=1+1');
  });

  it('styles the export: a bold shaded header frozen above the rows, columns sized, codes as Japanese labels', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, await workbookFile(townSheets(p)));
    const file = tempFile('out.xlsx');
    await exportBundle(graph, file, { rootAreaId: `${p}city` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name).slice(0, 7)).toEqual([
      ...['地域', '世帯', '住民', '機関', '協議体', '拠点', 'つながり'],
    ]);
    const people = workbook.getWorksheet('住民')!;
    expect(people.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(people.getCell('A1').font?.bold).toBe(true);
    expect(people.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(people.getColumn(2).width).toBeGreaterThanOrEqual(10);
    expect(people.getRow(2).values).toEqual(expect.arrayContaining(['住民', '高齢;保健医療', '地域で共有']));
    const ties = workbook.getWorksheet('つながり')!;
    expect(ties.getCell('C2').value).toBe('近所');
    expect(ties.getCell('D2').value).toEqual(new Date(Date.UTC(2022, 4, 1)));
    expect(ties.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(workbook.getWorksheet('地域')!.getCell('C2').value).toBe('第1層');
  });

  it('gives the same workbook contents after export → import → export of the sample town', async () => {
    const graph = await testGraph();
    const p = prefix();
    await loadSampleTown(graph, p);
    const first = tempFile('first.xlsx');
    const counts = await exportBundle(graph, first, { rootAreaId: `${p}a1-sakuradai` });
    expect(counts['people.csv']).toBeGreaterThan(50);
    await importBundle(graph, first);
    const second = tempFile('second.xlsx');
    await exportBundle(graph, second, { rootAreaId: `${p}a1-sakuradai` });
    const [before, after] = [await cellsOf(first), await cellsOf(second)];
    expect(Object.keys(before)).toHaveLength(15);
    expect(after).toEqual(before);
  });
});
