/**
 * The 生活便利帳 of a 中学校区 as its coordinator opens it from the area list: the organizations under each field and
 * the hubs under each kind, no resident's name anywhere on it (a coordinator sees residents elsewhere, not here),
 * the same rows as CSV for Excel and as Open Referral HSDS (zip and JSON), and the A4 print on whole pages no wider than the sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { launchChromium, logIn, screenshot, screenshotDir } from './browser.js';

const seed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/sample-town');
/** Every resident's and household's name of the sample town (the second column of its files). */
const privateNames = ['people.csv', 'households.csv'].flatMap((file) =>
  fs
    .readFileSync(path.join(seed, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[1]),
);

describe('the 生活便利帳 of a coordinator of one 中学校区', () => {
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

  it('lists the organizations by field and the hubs by kind, and names no resident', async () => {
    await page.getByRole('link', { name: '東中学校区の生活便利帳' }).click();
    await page.getByRole('heading', { name: '東中学校区 生活便利帳' }).waitFor({ timeout: 120_000 });
    await page.getByRole('heading', { name: '相談・支援の窓口（分野別）' }).waitFor();
    expect(await page.getByTestId('directory-field').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('directory-kind').count()).toBeGreaterThanOrEqual(1);
    // the town-wide 社会福祉協議会 serves the 中学校区 from above
    await page
      .getByRole('rowheader', { name: /さくら台市社会福祉協議会/ })
      .first()
      .waitFor();
    await expect(page.getByText('さくら台市（市全域）').count()).resolves.toBeGreaterThan(0);
    const text = await page.locator('.sheet').innerText();
    expect(privateNames.length).toBeGreaterThan(300);
    expect(privateNames.filter((name) => text.includes(name))).toEqual([]);
    await screenshot(page, 'directory-area-coordinator', true);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('saves the same rows as CSV for Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSVで保存' }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF区分,分野・種類,名称,よみがな,種別,内容,所在地区,対象地域,運営\r\n')).toBe(true);
    const rows = text.trim().split('\r\n').length - 1;
    const onPage = await page.locator('.directory-table tbody tr').count();
    expect(rows).toBe(onPage);
    expect(privateNames.filter((name) => text.includes(name))).toEqual([]);
    expect(download.suggestedFilename()).toMatch(/^seikatsu-benricho_東中学校区_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('downloads the same organizations and hubs as Open Referral HSDS, a zip and JSON, naming no resident', async () => {
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'オープンデータ（HSDS・CSV一式）' }).click(),
    ]);
    expect(zip.suggestedFilename()).toMatch(/^hsds-.*a2-higashi-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(fs.readFileSync((await zip.path())!)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['datapackage.json', 'organizations.csv', 'services.csv']),
    );
    const packed = Object.values(files)
      .map((bytes) => new TextDecoder().decode(bytes))
      .join('\n');
    expect(packed).toContain('さくら台市社会福祉協議会');
    expect(privateNames.filter((name) => packed.includes(name))).toEqual([]);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'オープンデータ（HSDS・JSON）' }).click(),
    ]);
    const services = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as { name: string }[];
    expect(services.map((s) => s.name)).toContain('さくら台市社会福祉協議会');
    await screenshot(page, 'directory-hsds-buttons');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('prints on A4 within the sheet: nothing wider than the printable width', async () => {
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
    const pdf = path.join(screenshotDir, 'directory-area-coordinator.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const [sheet, widest, printable] = await page.evaluate(() => (window as unknown as { printed: number[] }).printed);
    expect(sheet).toBeLessThan(printable);
    expect(widest).toBeLessThanOrEqual(sheet + 0.5);
    const pages = fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    // the buttons are not printed
    await page.emulateMedia({ media: 'print' });
    const display = await page.evaluate(() => getComputedStyle(document.querySelector('.directory__tools')!).display);
    await page.emulateMedia({ media: 'screen' });
    expect(display).toBe('none');
    expect(refused).toEqual([]);
  });
});
