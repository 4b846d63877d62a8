/**
 * The 地域カルテ of a 中学校区 as its own coordinator sees it: no request refused (the siblings come from
 * areaSiblings, not the town's report they may not read), the siblings compared as aggregates, a table saved as CSV
 * for Excel, the case figures of this 年度 beside the last with their CSV, and the A4 print on whole pages no wider
 * than the sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { launchChromium, logIn, screenshot, screenshotDir } from './browser.js';

describe('the 地域カルテ of a coordinator of one 中学校区', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const refused: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    page = await logIn(
      browser,
      app,
      app.areaCoordinator,
      errors,
      { width: 1280, height: 900 },
      {
        acceptDownloads: true,
        refused,
      },
    );
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('compares the siblings without a refused request, as aggregates outside their area', async () => {
    await page.goto(`${app.url}/report/${app.id('a2-higashi')}`);
    await page.getByRole('heading', { name: '同じ層の地域との比較' }).waitFor({ timeout: 120_000 });
    const siblings = page.getByTestId('table-siblings').locator('tbody tr');
    expect(await siblings.count()).toBe(3);
    await page.getByText('計画担当者と同じく集計値のみ').waitFor();
    // the town above and the other 中学校区 are named, not linked: they would be refused
    expect(await page.locator('.report__path a').count()).toBe(0);
    expect(await page.getByTestId('table-siblings').locator('tbody a').count()).toBe(1);
    await page.getByRole('heading', { name: 'この数字について' }).waitFor();
    expect(await page.getByTestId('table-unmet-needs-by-field').locator('td').count()).toBe(9);
    await screenshot(page, 'report-area-coordinator', true);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('saves a table as CSV for Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '協議体・会議と構成員数をCSVで保存' }).click(),
    ]);
    const file = await download.path();
    const text = fs.readFileSync(file!, 'utf8');
    expect(text.startsWith('\uFEFF名称,種別,層,この地域の構成員（機関）,この地域の構成員（個人）\r\n')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^chiiki-karte_東中学校区_councils_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('saves every table as one Excel workbook from the server, with the figures the screen shows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '地域カルテの全表をExcelブックで保存' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chiiki-karte_東中学校区_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('主な数値');
    const rows: unknown[][] = [];
    workbook.getWorksheet('主な数値')!.eachRow((row) => {
      rows.push([row.getCell(1).value, row.getCell(2).value]);
    });
    // each key figure as its card writes it: the same number, or the same 「5未満」 / 非表示
    for (const key of ['residentsKnown', 'isolated', 'hubs', 'organizations'] as const) {
      const card = page.locator(`.key-figure--${key}`);
      const label = (await card.locator('dt').innerText()).trim();
      const shown = (await card.locator('.key-figure__value').innerText()).trim();
      const cell = rows.find((row) => row[0] === label)?.[1];
      expect(typeof cell === 'number' ? cell.toLocaleString('ja-JP') : cell, label).toBe(shown);
    }
    expect(refused).toEqual([]);
  });

  it('shows the case figures of this 年度 beside the last, and saves them as CSV', async () => {
    const section = page.getByTestId('case-figures');
    await section.getByText('民生委員・地域のケースです').waitFor();
    expect(await page.getByTestId('table-cases').locator('tbody tr').count()).toBe(10);
    expect(await page.getByTestId('table-new-cases-by-route').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('table-cases').locator('thead th').count()).toBe(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '支援ケースの数値をCSVで保存' }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const [header, first] = text.split('\r\n');
    expect(header).toMatch(/^\uFEFF項目,\d{4}年度（4\/1〜\d+\/\d+）,\d{4}年度（4\/1〜\d+\/\d+）$/);
    expect(first).toMatch(/^新規ケース,\d+,\d+$/);
    expect(download.suggestedFilename()).toMatch(/^chiiki-karte_東中学校区_cases_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('prints on A4 within the sheet: nothing wider than the printable width', async () => {
    await page.goto(`${app.url}/report/${app.id('a2-higashi')}?print=1`);
    await page.getByRole('heading', { name: 'この数字について' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      const found: number[] = [];
      (window as unknown as { printed: number[] }).printed = found;
      window.matchMedia('print').addEventListener('change', (event) => {
        if (!event.matches) return;
        const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
        const widest = Math.max(
          ...[...document.querySelectorAll('.sheet *')].map((el) => el.getBoundingClientRect().right - sheet.left),
        );
        found.push(sheet.width, widest, document.body.clientWidth);
      });
    });
    const pdf = path.join(screenshotDir, 'report-area-coordinator.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const [sheet, widest, printable] = await page.evaluate(() => (window as unknown as { printed: number[] }).printed);
    expect(sheet).toBeLessThan(printable);
    expect(widest).toBeLessThanOrEqual(sheet + 0.5);
    const pages = fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // the case figures take a third sheet
    expect(pages.length).toBeLessThanOrEqual(3);
    expect(refused).toEqual([]);
  });
});
