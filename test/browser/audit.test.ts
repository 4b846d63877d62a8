/**
 * The audit screens in Chromium: a coordinator opens a person on the map and sees 閲覧履歴 with their own read in
 * it; an administrator opens 監査ログ from the header and finds that read by the coordinator's name.
 * Screenshots go to .tmp/screenshots/browser (audit-*).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { testGraph } from '../helpers/graph.js';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, launchChromium, screenshot } from './browser.js';

describe.skipIf(!fs.existsSync(chromiumPath))('the audit screens in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  const errors: string[] = [];
  const admin = { username: '', password: 'browser-admin-password' };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    admin.username = `${app.prefix}admin`;
    await addUser(await testGraph(), { ...admin, role: UserRole.ADMIN, areaIds: [] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await (await testGraph()).write('MATCH (u:User {username: $username}) DELETE u', { username: admin.username });
  });

  async function loggedIn(username: string, password: string, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}${path}`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    return page;
  }

  it("shows the coordinator who looked at a person, on the person's panel", async () => {
    const page = await loggedIn(
      app.username,
      app.password,
      `/map/${app.id('a1-sakuradai')}?node=${app.id('p-8050-son')}`,
    );
    await page.getByTestId('detail-panel').getByRole('heading', { name: '石黒 聡' }).waitFor({ timeout: 30_000 });
    const trail = page.getByTestId('audit-trail');
    await trail.getByRole('heading', { name: '閲覧履歴' }).waitFor();
    await trail.locator('li').first().waitFor();
    expect(await trail.innerText()).toContain(`${app.username}（コーディネーター） network ・ 詳細`);
    await trail.scrollIntoViewIfNeeded();
    await screenshot(page, 'audit-01-trail');
    await page.close();
  });

  it('lets the administrator find that read in 監査ログ, by the username', async () => {
    const page = await loggedIn(admin.username, admin.password, '/');
    await page.getByRole('link', { name: '監査ログ' }).click();
    await page.getByRole('heading', { name: '監査ログ' }).waitFor();
    await page.fill('input[name=username]', app.username);
    await page.selectOption('select[name=kind]', 'DISCLOSURE');
    await page.getByRole('button', { name: '検索' }).click();
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes(app.username) && row.includes('閲覧'))).toBe(true);
    expect(rows.some((row) => row.includes('network'))).toBe(true);
    expect(await page.getByRole('button', { name: '前へ' }).isDisabled()).toBe(true);
    await screenshot(page, 'audit-02-log');
    await page.close();
    expect(errors).toEqual([]);
  });
});
