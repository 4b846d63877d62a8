/**
 * Saved views in the browser, over the sample town: a coordinator opens 大久保地区 inside 東中学校区, hides the
 * names for a meeting, saves the view, finds it in the list and steps into it as a slide (the map alone); a council
 * member of the east opens the same link and gets the view as their role allows (stand-ins, the owner named in the
 * title); a planner gets it with no person at all. Screenshots in .tmp/screenshots/browser (views-*).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, cyExpression, launchChromium, logIn, screenshot, waitForMap } from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('saved views and slides', () => {
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

  function logInAs(username: string): Promise<Page> {
    return logIn(browser, app, username, errors, { width: 1400, height: 860 });
  }

  /** The people drawn on the map: their ids and labels. */
  function peopleOnMap(tab: Page): Promise<{ id: string; label: string }[]> {
    return tab.evaluate(`(() => {
      const cy = ${cyExpression};
      return cy ? cy.nodes().filter((n) => n.data('kind') === 'Person').map((n) => ({ id: n.id(), label: n.data('label') })) : [];
    })()`) as Promise<{ id: string; label: string }[]>;
  }

  let link = '';

  it('saves the map of an opened box with names hidden, from the toolbar', async () => {
    const coordinator = await logInAs(app.username);
    await coordinator.goto(`${app.url}/map/${app.id('a2-higashi')}?open=${app.id('a3-ookubo')}`);
    await waitForMap(coordinator, 90_000);
    await expect.poll(async () => (await peopleOnMap(coordinator)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    await coordinator.getByRole('button', { name: '名前を伏せる' }).click();
    await expect.poll(async () => (await peopleOnMap(coordinator)).every((p) => /^住民 \d+$/.test(p.label))).toBe(true);
    await coordinator.getByRole('button', { name: 'ビューを保存' }).click();
    const dialog = coordinator.getByRole('dialog');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toContain('名前を入れてください');
    await dialog.getByLabel('名前').fill('東部 第2層協議体 12月');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await coordinator.getByText('「東部 第2層協議体 12月」を保存しました。').waitFor();
    await screenshot(coordinator, 'views-01-saved');

    await coordinator.goto(`${app.url}/views`);
    const row = coordinator.getByRole('row', { name: /東部 第2層協議体 12月/ });
    await row.waitFor({ timeout: 60_000 });
    link = `${app.url}${await row.getByRole('link').getAttribute('href')}`;
    expect(link).toMatch(/\/views\/view-/);
    await row.getByRole('checkbox').check();
    await coordinator.getByRole('button', { name: /スライドで映す（1件）/ }).click();
    await coordinator.getByRole('heading', { name: /スライド 1 \/ 1：東部 第2層協議体 12月/ }).waitFor();
    await waitForMap(coordinator, 90_000);
    // the slide is the map alone, with the saved box open and the names hidden
    expect(await coordinator.locator('.map-side--right').isVisible()).toBe(false);
    await expect.poll(async () => (await peopleOnMap(coordinator)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await peopleOnMap(coordinator)).every((p) => /^住民 \d+$/.test(p.label))).toBe(true);
    await screenshot(coordinator, 'views-02-slide');
    await coordinator.close();
  });

  it('opens for a council member of the area as their role allows, naming who saved it', async () => {
    const council = await logInAs(app.councilMember);
    await council.goto(link);
    await waitForMap(council, 90_000);
    await council.getByRole('heading', { name: new RegExp(`${app.username} さんが保存したビュー`) }).waitFor();
    await expect.poll(async () => (await peopleOnMap(council)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    // no person is given to them by their real id unless they may see the name (then still a stand-in id)
    expect((await peopleOnMap(council)).every((p) => p.id.startsWith('anon-'))).toBe(true);
    await screenshot(council, 'views-03-council');
    await council.close();
  });

  it('opens for a planner with no person on it', async () => {
    const planner = await logInAs(app.planner);
    await planner.goto(link);
    await waitForMap(planner, 90_000);
    expect(await peopleOnMap(planner)).toEqual([]);
    await planner.close();
    expect(errors).toEqual([]);
  });
});
