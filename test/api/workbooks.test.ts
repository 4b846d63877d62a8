/**
 * Workbooks over HTTP, against the real Express app and database: the browser import of an .xlsx (problems named
 * by sheet and cell, nothing written), the bundle export as a workbook (ADMIN only, as the zip), and the 地域カルテ
 * workbook as each role may see it (small counts 「5未満」 for PLANNER), refusals audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import { smallTown, writeBundleFolder } from '../../server/bundles/testBundles.js';
import { countUnder } from '../../server/bundles/testGraphState.js';
import { workbookType } from '../../server/shared/workbookType.js';
import { testApp } from '../helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';
import { loginOver, type Served, serve } from '../helpers/http.js';

const users = uniquePrefix();
const password = 'correct horse battery';
const town = uniquePrefix();
const other = uniquePrefix();
let served: Served;
const tokens: Record<string, string> = {};

const roles = {
  admin: [UserRole.ADMIN, []],
  coordinator: [UserRole.COORDINATOR, [`${town}city`]],
  planner: [UserRole.PLANNER, [`${town}city`]],
  council: [UserRole.COUNCIL_MEMBER, [`${town}north`]],
  elsewhere: [UserRole.PLANNER, [`${other}city`]],
  coordinatorElsewhere: [UserRole.COORDINATOR, [`${other}city`]],
} as const;

beforeAll(async () => {
  const graph = await testGraph();
  await importBundle(graph, writeBundleFolder(smallTown(town)));
  await graph.write("CREATE (:Area {id: $id, name: '別の市', tier: 1})", { id: `${other}city` });
  for (const [name, [role, areaIds]] of Object.entries(roles)) {
    await addUser(graph, { username: `${users}${name}`, password, role, areaIds: [...areaIds] });
  }
  served = await serve(await testApp());
  for (const name of Object.keys(roles)) tokens[name] = await loginOver(served, `${users}${name}`, password);
});

afterAll(async () => {
  const graph = await testGraph();
  for (const p of [town, other]) await removeByPrefix(graph, p);
  await graph.write('MATCH (u:User) WHERE u.username STARTS WITH $users DELETE u', { users });
});

async function auditOf(action: string, username: string) {
  return (await testGraph()).read<{ kind: string; personIds: string[] }>(
    `MATCH (e:AuditEvent {action: $action, username: $username})
     RETURN e.kind AS kind, e.personIds AS personIds ORDER BY e.seq`,
    { action, username },
  );
}

async function workbookOf(rows: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, sheet] of Object.entries(rows)) workbook.addWorksheet(name).addRows(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function readWorkbook(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as never);
  return workbook;
}

async function upload(mode: string, body: Uint8Array, token: string) {
  const response = await fetch(`${served.base}/api/bundle/import?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': workbookType, authorization: `Bearer ${token}` },
    body: new Blob([body as Uint8Array<ArrayBuffer>]),
  });
  return { status: response.status, body: await response.json() };
}

describe('POST /api/bundle/import with a workbook', () => {
  it('names each problem by sheet and cell and writes nothing; the good workbook commits', async () => {
    const p = uniquePrefix();
    const sheets = {
      地域: [
        ['id', 'name', 'tier', 'parent_id'],
        [`${p}city`, '西市', '第1層', null],
      ],
      住民: [
        ['id', 'name', 'area_id', 'household_id', 'consent'],
        [`${p}p1`, '西ハナ', `${p}city`, null, '地域で共有'],
        [`${p}p2`, '西一郎', `${p}city`, null, 'みんな'],
      ],
    };
    const bad = await upload('dry-run', await workbookOf(sheets), tokens.admin);
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([
      expect.objectContaining({ file: '住民', line: 3, column: 5, columnName: 'consent', cell: '住民!E3' }),
    ]);
    expect(await countUnder(await testGraph(), p)).toEqual({ nodes: 0, edges: 0 });
    sheets.住民[2][4] = '専門職間で共有';
    const good = await upload('commit', await workbookOf(sheets), tokens.admin);
    try {
      expect(good.status).toBe(200);
      expect(good.body.files).toEqual([
        { file: 'areas.csv', rows: 1, created: 1, updated: 0 },
        { file: 'people.csv', rows: 2, created: 2, updated: 0 },
      ]);
    } finally {
      await removeByPrefix(await testGraph(), p);
    }
  });

  it('refuses every role but ADMIN, audited, as the zip import does', async () => {
    const body = await workbookOf({
      拠点: [
        ['id', 'name', 'area_id'],
        [`${town}hubX`, 'X', `${town}n1`],
      ],
    });
    for (const name of ['coordinator', 'planner', 'council'] as const) {
      const answer = await upload('commit', body, tokens[name]);
      expect(answer.status, name).toBe(403);
      expect(await auditOf('importBundle', `${users}${name}`)).toEqual([expect.objectContaining({ kind: 'REFUSAL' })]);
    }
    expect((await countUnder(await testGraph(), `${town}hubX`)).nodes).toBe(0);
  });
});

describe('GET /api/bundle/export?format=xlsx', () => {
  const download = (token: string) =>
    fetch(`${served.base}/api/bundle/export?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });

  it('gives ADMIN the town as one workbook, audited as a disclosure of its people', async () => {
    const response = await download(tokens.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(workbookType);
    expect(response.headers.get('content-disposition')).toMatch(/filename="tsunagari-bundle-.*\.xlsx"/);
    const workbook = await readWorkbook(response);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('住民');
    const [event] = await auditOf('exportBundle', `${users}admin`);
    expect(event.kind).toBe('DISCLOSURE');
    expect(event.personIds).toEqual(expect.arrayContaining([`${town}p1`, `${town}p2`]));
  });

  it('refuses every other role (the zip export’s rule), audited', async () => {
    for (const name of ['coordinator', 'planner', 'council'] as const) {
      const response = await download(tokens[name]);
      expect(response.status, name).toBe(403);
      expect(await auditOf('exportBundle', `${users}${name}`)).toEqual([expect.objectContaining({ kind: 'REFUSAL' })]);
    }
  });
});

describe('GET /api/report/workbook', () => {
  const download = (areaId: string, token?: string) =>
    fetch(`${served.base}/api/report/workbook?areaId=${encodeURIComponent(areaId)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  /** A sheet's rows as the values of their cells. */
  const rowsOf = (workbook: ExcelJS.Workbook, name: string) => {
    const rows: unknown[][] = [];
    workbook.getWorksheet(name)?.eachRow((row) => {
      rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value));
    });
    return rows;
  };

  it('masks small counts of people as 「5未満」 for PLANNER, as the CSV does; ADMIN sees the numbers', async () => {
    const planner = await download(`${town}city`, tokens.planner);
    expect(planner.status).toBe(200);
    expect(planner.headers.get('content-type')).toBe(workbookType);
    expect(planner.headers.get('content-disposition')).toContain(encodeURIComponent('みどり市'));
    const masked = rowsOf(await readWorkbook(planner), '主な数値');
    expect(masked[0][0]).toBe('項目');
    const figure = (rows: unknown[][], label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(figure(masked, '把握している住民')).toBe('5未満');
    expect(figure(masked, '孤立率')).toBe('非表示');
    expect(figure(masked, '人口')).toBe(52000);
    expect(figure(masked, '支援関係機関')).toBe(2);
    // the change in a year: hidden where either year is masked, a number where neither is
    const change = (rows: unknown[][], label: string) => rows.find((row) => row[0] === label)?.[2];
    expect(masked[0][2]).toMatch(/^1年前（\d{4}-\d{2}-\d{2}）との差$/);
    expect(change(masked, '把握している住民')).toBe('差は非表示');
    expect(change(masked, '人口')).toBe(0);
    const admin = rowsOf(await readWorkbook(await download(`${town}city`, tokens.admin)), '主な数値');
    expect(figure(admin, '把握している住民')).toBe(3);
    expect(change(admin, '把握している住民')).toBe(0);
    const unmet = rowsOf(await readWorkbook(await download(`${town}city`, tokens.planner)), '制度の狭間（分野別）');
    expect(unmet.slice(1).every((row) => row[1] === '5未満')).toBe(true);
    // the case figures too: cases are about people
    const cases = rowsOf(await readWorkbook(await download(`${town}city`, tokens.planner)), '支援ケースの数値');
    expect(cases[0][1]).toMatch(/^\d{4}年度（\d{4}-\d{2}-\d{2}〜\d{4}-\d{2}-\d{2}）$/);
    expect(figure(cases, '新規ケース')).toBe('5未満');
    expect(figure(cases, '地域からの割合')).toBe('非表示');
    const exact = rowsOf(await readWorkbook(await download(`${town}city`, tokens.admin)), '支援ケースの数値');
    expect(figure(exact, '新規ケース')).toBe(0);
  });

  it('refuses an area outside the viewer’s areas, for each role (audited), and a request without a token', async () => {
    for (const name of ['elsewhere', 'coordinatorElsewhere', 'council'] as const) {
      const refused = await download(`${town}city`, tokens[name]);
      expect(refused.status, name).toBe(403);
      expect((await refused.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      expect(await auditOf('areaReportWorkbook', `${users}${name}`)).toEqual([
        expect.objectContaining({ kind: 'REFUSAL' }),
      ]);
    }
    expect((await download(`${town}north`, tokens.council)).status).toBe(200);
    expect((await download(`${town}city`)).status).toBe(401);
  });
});
