/**
 * Time in the browser, over the sample town: a coordinator opens the map of 南中学校区 as of a past day from a link
 * (the banner, the ties of that day), compares it with today (ties begun and ended highlighted and counted), is
 * refused a day after today, and opens 土屋 茂's ecomap of then and now side by side. A council member is offered
 * no date and no ended ties, and a link with a date opens today's map with the reason. Screenshots in
 * .tmp/screenshots/browser (time-*).
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, cyExpression, launchChromium, logIn, screenshot, waitForMap } from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('the map and the ecomap on other days', () => {
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

  /** The classes of the tie between two sample-town ids on the map, or undefined when it is not drawn. */
  function tieClasses(tab: Page, a: string, b: string): Promise<string[] | undefined> {
    return tab.evaluate(`(() => {
      const cy = ${cyExpression};
      const [a, b] = ['${app.id(a)}', '${app.id(b)}'];
      const edge = cy && cy.edges().filter((e) => (e.source().id() === a && e.target().id() === b) || (e.source().id() === b && e.target().id() === a))[0];
      return edge ? edge.classes() : undefined;
    })()`) as Promise<string[] | undefined>;
  }

  let coordinator: Page;

  /** Opens the toolbar's date menu (a <details>) unless it is open. */
  async function openDateMenu(tab: Page): Promise<void> {
    const menu = tab.getByTestId('map-date-menu');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  it('opens the map as of a past day from a link, says so, and draws that day’s ties', async () => {
    coordinator = await logInAs(app.username);
    // its neighbourhoods open: the people and their ties are drawn
    const open = ['a3-minatomachi', 'a3-sakaemachi', 'a3-hasunuma', 'a3-honcho'].map(app.id).join(',');
    await coordinator.goto(`${app.url}/map/${app.id('a2-minami')}?open=${open}&asOf=2022-01-01`);
    await waitForMap(coordinator, 90_000);
    const banner = coordinator.getByTestId('map-date-banner');
    expect(await banner.innerText()).toContain('2022年1月1日時点の地図です');
    // 土屋 茂's friendship ended 2022-09-28, the volunteer's watch began 2023-10-17
    await expect.poll(() => tieClasses(coordinator, 'p-196', 'p-183'), { timeout: 45_000 }).toBeDefined();
    expect(await tieClasses(coordinator, 'p-vol-03', 'p-183')).toBeUndefined();
    await screenshot(coordinator, 'time-01-map-past-day');
  });

  it('compares the day with today: begun and ended ties highlighted, counted, in the URL', async () => {
    await openDateMenu(coordinator);
    await coordinator.getByTestId('date-compare').check();
    await coordinator.getByTestId('date-from').fill('2022-01-01');
    await coordinator.getByTestId('date-asof').fill(await todayInPage(coordinator));
    await coordinator.getByTestId('date-apply').click();
    await expect.poll(() => coordinator.url()).toContain('from=2022-01-01');
    expect(coordinator.url()).not.toContain('asOf=');
    await expect
      .poll(() => tieClasses(coordinator, 'p-vol-03', 'p-183'), { timeout: 45_000 })
      .toContain('began-between');
    expect(await tieClasses(coordinator, 'p-196', 'p-183')).toContain('ended-between');
    const counts = await coordinator.getByTestId('map-date-counts').innerText();
    const [began, ended] = [...counts.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
    expect(counts).toMatch(/この間に始まったつながり \d+・\s*終わったつながり \d+/);
    expect(began).toBeGreaterThan(0);
    expect(ended).toBeGreaterThan(0);
    expect(await coordinator.getByTestId('legend-began').first().innerText()).toContain('この間に始まったつながり');
    expect(await coordinator.getByTestId('legend-ended').first().innerText()).toContain('この間に終わったつながり');
    await coordinator.getByTestId('map-date-menu').locator('summary').click();
    await screenshot(coordinator, 'time-02-map-compared');
  });

  it('refuses a day after today in the form, with the reason', async () => {
    await openDateMenu(coordinator);
    await coordinator.getByTestId('date-compare').uncheck();
    await coordinator.getByTestId('date-asof').fill('2999-01-01');
    await coordinator.getByTestId('date-apply').click();
    await coordinator.getByRole('alert').getByText('今日より後の日は表示できません').waitFor();
    expect(coordinator.url()).toContain('from=2022-01-01');
    await screenshot(coordinator, 'time-03-future-refused');
    await coordinator.getByRole('button', { name: '今日に戻る' }).first().click();
    await expect.poll(() => coordinator.url()).not.toContain('from=');
    expect(await coordinator.getByTestId('map-date-banner').count()).toBe(0);
  });

  it('shows the ecomap of then and now side by side, at the same places, with what changed', async () => {
    await coordinator.goto(`${app.url}/ecomap/person/${app.id('p-183')}?from=2022-01-01`);
    const compare = coordinator.getByTestId('ecomap-compare');
    await compare.waitFor({ timeout: 60_000 });
    const svgs = compare.getByTestId('ecomap-svg');
    expect(await svgs.count()).toBe(2);
    const changes = await coordinator.getByTestId('ecomap-changes').innerText();
    expect(changes).toContain('現れた');
    expect(changes).toContain('なくなった');
    expect(await svgs.nth(1).locator('[data-change=appeared]').count()).toBeGreaterThan(0);
    expect(await svgs.nth(1).locator('[data-change=disappeared]').count()).toBeGreaterThan(0);
    expect(await svgs.nth(0).locator('[data-change]').count()).toBe(0);
    // the person at the centre and the one family tie sit at the same place in both drawings
    const placeOf = (index: number) => svgs.nth(index).locator('.ecomap-svg__node path').first().getAttribute('d');
    expect(await placeOf(0)).toBe(await placeOf(1));
    await screenshot(coordinator, 'time-04-ecomap-side-by-side', true);
    await coordinator.goto(`${app.url}/ecomap/person/${app.id('p-183')}?from=2022-01-01&lang=en`);
    await coordinator.getByTestId('ecomap-compare').waitFor({ timeout: 60_000 });
    expect(await coordinator.getByTestId('ecomap-changes').innerText()).toContain('appeared');
    await screenshot(coordinator, 'time-04-ecomap-side-by-side-english', true);
    await coordinator.close();
  });

  it('offers a council member no other day and no ended ties, and opens a dated link as today', async () => {
    const tab = await logInAs(app.councilMember);
    await tab.goto(`${app.url}/map/${app.id('a2-higashi')}?asOf=2022-01-01`);
    await waitForMap(tab, 90_000);
    await tab.getByText('この役割では今日の時点だけを表示します').waitFor();
    expect(await tab.getByTestId('map-date-menu').count()).toBe(0);
    expect(await tab.getByText('終了したつながりも表示').count()).toBe(0);
    expect(await tab.locator('[data-error-code]').count()).toBe(0);
    await screenshot(tab, 'time-05-council-member-map');
    await tab.close();
    expect(errors).toEqual([]);
  });
});

function todayInPage(tab: Page): Promise<string> {
  return tab.evaluate(
    '(() => { const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); })()',
  ) as Promise<string>;
}
