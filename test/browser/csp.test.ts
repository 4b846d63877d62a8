/**
 * The built web app under the server's Content-Security-Policy, in Chromium: logging in, opening a map (Cytoscape
 * draws on a canvas), changing the password and logging out break no rule of the policy and throw nothing.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
