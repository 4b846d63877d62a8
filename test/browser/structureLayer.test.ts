/**
 * The 構造 layer in Chromium, over the sample town: asked for only when switched on; cut points and bridges marked,
 * brokers sized, communities tinted; the selected cut point's sentence in the detail panel — exact for a
 * coordinator, counts masked under 5 for a council member. Screenshots go to .tmp/screenshots/browser.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, cyExpression, launchChromium, logIn, screenshot, waitForMap } from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('the 構造 layer in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A tab logged in as the user, on the map of the area, with the names of the GraphQL operations it sent. */
  async function mapAs(username: string, areaId: string): Promise<{ tab: Page; operations: string[] }> {
    const tab = await logIn(browser, app, username, errors, { width: 1400, height: 900 });
    const operations: string[] = [];
    tab.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(request.postDataJSON()?.operationName ?? '');
    });
    await tab.goto(`${app.url}/map/${areaId}`);
    await waitForMap(tab);
    return { tab, operations };
  }

  async function switchOn(tab: Page) {
    await tab.getByRole('checkbox', { name: /^構造/ }).check();
    // polled from outside: the app's Content-Security-Policy forbids the page to evaluate strings
    await expect
      .poll(() => tab.evaluate(`(${cyExpression})?.nodes('.structure-cut').length ?? 0`), { timeout: 60_000 })
      .toBeGreaterThan(0);
    return tab.evaluate(`(() => {
      const cy = ${cyExpression};
      return { cut: cy.nodes('.structure-cut').map((n) => n.id()), bridges: cy.edges('.structure-bridge').length,
        brokers: cy.nodes('.structure-broker').length, tinted: cy.nodes('.structure-tinted').length };
    })()`) as Promise<{ cut: string[]; bridges: number; brokers: number; tinted: number }>;
  }

  async function pick(tab: Page, id: string): Promise<string> {
    await tab.evaluate(
      `(() => { const n = (${cyExpression}).getElementById(${JSON.stringify(id)}); n.emit('tap'); })()`,
    );
    return tab.getByTestId('structure-sentence').innerText();
  }

  it('is asked for only once switched on, and tells a coordinator what losing a council would do', async () => {
    // its three neighbourhoods open: the layer marks what the map draws
    const open = ['a3-hinode', 'a3-kashiwagi', 'a3-midorigaoka'].map(app.id).join(',');
    const { tab, operations } = await mapAs(app.username, `${app.id('a2-kita')}?open=${open}`);
    await tab.waitForTimeout(1500);
    expect(operations).not.toContain('Structure');
    const drawn = await switchOn(tab);
    expect(operations).toContain('Structure');
    expect(drawn.cut).toContain(app.id('c-t2-kita'));
    expect(drawn.brokers).toBeGreaterThan(0);
    expect(drawn.tinted).toBeGreaterThan(10);
    // the legend counts what is drawn
    await tab.getByText('要（なくなると切り離される）').first().waitFor();
    expect(await pick(tab, app.id('c-t2-kita'))).toBe(
      '北部第2層協議体が開かれなくなると、1人が他の誰ともつながらなくなります。',
    );
    await screenshot(tab, 'structure-01-coordinator');
    await tab.getByRole('checkbox', { name: /^構造/ }).uncheck();
    await expect.poll(() => tab.evaluate(`(${cyExpression}).nodes('.structure-cut').length`)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a council member the counts of people under 5 as 5未満', async () => {
    const { tab } = await mapAs(app.councilMember, app.id('a2-higashi'));
    const drawn = await switchOn(tab);
    expect(drawn.cut).toContain(app.id('c-t2-higashi'));
    expect(await pick(tab, app.id('c-t2-higashi'))).toBe(
      '東部第2層協議体が開かれなくなると、他の誰ともつながらなくなる人は5未満、この地域のほかのつながりから切り離される人は5未満です。',
    );
    await screenshot(tab, 'structure-02-council-member');
    expect(errors).toEqual([]);
  });
});
