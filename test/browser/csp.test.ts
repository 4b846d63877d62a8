/**
 * The built web app under the server's Content-Security-Policy, in Chromium: logging in, opening a map (Cytoscape
 * draws on a canvas), changing the password, logging out and an administrator's screen break no rule of the
 * policy and throw nothing.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { testGraph } from '../helpers/graph.js';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, launchChromium, screenshot, waitForMap } from './browser.js';

describe.skipIf(!fs.existsSync(chromiumPath))('the web app under the Content-Security-Policy', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in and draws a map with no violation', async () => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.fill('input[name=username]', app.username);
    await page.fill('input[name=password]', app.password);
    await page.click('button[type=submit]');
    await page.getByRole('link', { name: 'さくら台市の地図を開く' }).click();
    await waitForMap(page);
    await page.locator('[data-testid=map-canvas] canvas').first().waitFor();
    await screenshot(page, 'csp-map');
    expect(problems).toEqual([]);
  });

  it('changes the password, then logs out, and the old session is over on the server', async () => {
    const token = await page.evaluate(() => window.sessionStorage.getItem('tsunagari.token'));
    await page.getByRole('link', { name: 'パスワード変更' }).click();
    await page.getByLabel('いまのパスワード').fill(app.password);
    await page.getByLabel('新しいパスワード（10文字以上）').fill('a brand new password');
    await page.getByLabel('新しいパスワード（確認）').fill('a brand new password');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByText('パスワードを変更しました。').waitFor();
    const fresh = await page.evaluate(() => window.sessionStorage.getItem('tsunagari.token'));
    expect(fresh).not.toBe(token);
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByText('ログアウトしました。').waitFor();
    const me = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fresh}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(me.status).toBe(401);
    expect(problems).toEqual([]);
  });

  it("lets an administrator reset the coordinator's password and disable them from the admin screen", async () => {
    const admin = `${app.prefix}admin`;
    await addUser(await testGraph(), {
      username: admin,
      password: 'admin password 1',
      role: UserRole.ADMIN,
      areaIds: [],
    });
    await page.fill('input[name=username]', admin);
    await page.fill('input[name=password]', 'admin password 1');
    await page.click('button[type=submit]');
    await page.getByRole('link', { name: '管理' }).click();
    // the row of this user, not those of the planner and council member whose names begin the same
    const row = page.getByRole('row', { name: new RegExp(`^${app.username} `) });
    await row.getByRole('button', { name: '変更' }).click();
    const editor = page.getByTestId(`user-editor-${app.username}`);
    await editor.getByLabel('新しいパスワード（10文字以上）').fill('reset by the admin');
    await editor.getByRole('button', { name: '再設定する' }).click();
    await editor.getByText('パスワードを再設定しました', { exact: false }).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await editor.getByRole('button', { name: '利用を停止する' }).click();
    await row.getByText('停止中').waitFor();
    await screenshot(page, 'csp-admin');
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!) { login(username: $u, password: "reset by the admin") }',
        variables: { u: app.username },
      }),
    });
    expect((await login.json()).errors[0].extensions.code).toBe('ACCOUNT_DISABLED');
    await (await testGraph()).write('MATCH (u:User {username: $admin}) DELETE u', { admin });
    expect(problems).toEqual([]);
  });
});
