/**
 * Support cases in Chromium over the sample town: a coordinator opens a case from a finding on the map, writes its
 * plan on the case page, sees it due on 今日の仕事, and prints; a planner and a council member are refused the
 * case and the work list in words, not errors. Screenshots go to .tmp/screenshots/browser.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../server/shared/dates.js';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, launchChromium, logIn, screenshot, waitForMap } from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('support cases in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let caseUrl = '';
  const errors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    page = await logIn(browser, app, app.username, errors);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens a case from an uncoordinated household’s finding', async () => {
    await page.goto(`${app.url}/map/${app.id('a1-sakuradai')}`);
    await waitForMap(page, 90_000);
    await page.getByTestId('tab-findings').click();
    const panel = page.getByTestId('findings-panel');
    await panel.getByRole('button', { name: /連携のない世帯支援 \d+/ }).click();
    await panel.locator('[data-finding-kind=UNCOORDINATED_HOUSEHOLD]', { hasText: '柴田 静江' }).click();
    await panel.getByTestId('case-open').click();
    const form = page.getByTestId('open-case-form');
    await form.locator('textarea').fill('世帯全体の支援を一つのプランにまとめる');
    await screenshot(page, 'cases-01-open-from-finding');
    await form.getByRole('button', { name: '支援ケースを開く' }).click();
    await page.getByTestId('case-page').waitFor();
    caseUrl = page.url();
    expect(caseUrl).toMatch(/\/cases\/case-/);
    expect(await page.getByTestId('case-status').textContent()).toBe('受付');
    expect(await page.getByTestId('case-direction').textContent()).toContain('世帯全体の支援');
    await page.getByTestId('ecomap-svg').waitFor();
    // the first map of the town is the slow part on a busy machine
  }, 150_000);

  it('writes the first plan: the case is プラン実施中 and the plan is on the page', async () => {
    await page.getByRole('button', { name: 'プランを作る' }).click();
    const editor = page.getByTestId('plan-editor');
    await editor.getByTestId('plan-who').selectOption({ label: '本人・世帯' });
    await editor.getByTestId('plan-what').fill('家族会議で役割分担を話し合う');
    await editor.getByTestId('plan-review').fill(today());
    await editor.getByRole('button', { name: 'この内容で新しい版を保存' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent(), { timeout: 15_000 }).toBe('プラン実施中');
    expect(await page.getByTestId('case-plan').textContent()).toContain('家族会議で役割分担を話し合う');
    await screenshot(page, 'cases-02-case-page', true);
  });

  it('shows the case’s review on 今日の仕事', async () => {
    await page.getByRole('link', { name: '今日の仕事' }).click();
    const due = page.getByTestId('work-due');
    await due.waitFor();
    expect(await due.textContent()).toContain('柴田');
    await screenshot(page, 'cases-03-work-list', true);
    await due.getByRole('link').first().click();
    await page.getByTestId('case-page').waitFor();
  });

  it('records a 支援会議 with the case on its agenda and opens the case there', async () => {
    await page.goto(`${app.url}/councils/${app.id('c-juso')}/meetings`);
    await page.getByTestId('meetings-page').waitFor();
    await page.getByRole('button', { name: '会議を記録' }).click();
    const form = page.getByTestId('meeting-form');
    await form.getByLabel(/柴田/).check();
    await form.getByLabel('決定事項').fill('地域包括をキーパーソンにする');
    await form.locator('textarea').fill('世帯の状況を共有し、役割分担を決めた');
    await form.getByRole('button', { name: '記録する' }).click();
    // the sample town's council has a meeting of its own already (the DV household's 支援会議)
    const meeting = page.getByTestId('meeting').filter({ hasText: '地域包括をキーパーソンにする' });
    await meeting.waitFor();
    await meeting.getByTestId('meeting-open-case').first().click();
    await meeting.getByTestId('meeting-case').waitFor();
    expect(await meeting.getByTestId('meeting-case').textContent()).toContain('柴田');
    // the plan's items, in the page's language (the server sends them as data, not sentences)
    expect(await meeting.getByTestId('meeting-case').textContent()).toContain(
      '本人・世帯 — 家族会議で役割分担を話し合う（',
    );
    await screenshot(page, 'cases-07-meeting', true);
  });

  it('revises the plan as decided at that meeting: the version names it, the case lists the meeting and what it changed', async () => {
    await page.goto(caseUrl);
    await page.getByTestId('case-page').waitFor();
    await page.getByRole('button', { name: 'プランを改訂' }).click();
    const editor = page.getByTestId('plan-editor');
    // the one meeting that discussed this case, the one just recorded
    expect(await editor.getByTestId('deciding-meeting').locator('option').count()).toBe(2);
    await editor.getByTestId('deciding-meeting').selectOption({ index: 1 });
    await editor.getByRole('button', { name: 'この内容で新しい版を保存' }).click();
    await editor.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('#case-plan').textContent()).toMatch(/第2版.*で決定/);
    const meetings = page.getByTestId('case-meetings');
    expect(await meetings.textContent()).toContain('地域包括をキーパーソンにする');
    expect(await meetings.textContent()).toContain('プランを改訂（第2版）');
    await screenshot(page, 'cases-07b-decided-at-meeting', true);
  });

  it('prints the case page without its buttons', async () => {
    await page.goto(caseUrl);
    await page.getByTestId('case-page').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'プランを改訂' }).isVisible()).toBe(false);
    await screenshot(page, 'cases-04-print', true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('sets a finding aside: it leaves the list and is shown under 保留中', async () => {
    await page.goto(`${app.url}/map/${app.id('a1-sakuradai')}`);
    await waitForMap(page, 90_000);
    await page.getByTestId('tab-findings').click();
    const panel = page.getByTestId('findings-panel');
    await panel.getByRole('button', { name: /制度の狭間 \d+/ }).click();
    const finding = panel.locator('[data-finding-kind=UNMET_NEED]').first();
    const sentence = (await finding.textContent()) ?? '';
    await finding.click();
    await panel.getByRole('button', { name: '保留にする' }).click();
    await page.getByTestId('dismiss-form').getByRole('button', { name: '保留にする' }).click();
    const dismissed = panel.getByTestId('dismissed-findings');
    await dismissed.waitFor();
    await dismissed.locator('summary').click();
    await screenshot(page, 'cases-06-set-aside');
    const shownSentence = sentence.replace('制度の狭間', '');
    expect(await dismissed.textContent()).toContain(shownSentence.slice(0, 12));
    await expect
      .poll(() => panel.locator('[data-finding-kind=UNMET_NEED]', { hasText: shownSentence }).count(), {
        timeout: 15_000,
      })
      .toBe(0);
  }, 150_000);

  it.each(['planner', 'councilMember'] as const)(
    'tells the %s that cases and the work list are not theirs',
    async (who) => {
      const tab = await logIn(browser, app, app[who], errors);
      expect(await tab.getByRole('link', { name: '今日の仕事' }).count()).toBe(0);
      await tab.goto(caseUrl);
      await tab.getByTestId('case-refused').waitFor();
      expect(await tab.content()).not.toContain('柴田');
      await screenshot(tab, `cases-05-${who}-case`);
      await tab.goto(`${app.url}/today`);
      await tab.getByTestId('work-refused').waitFor();
      await tab.close();
    },
  );

  it('shows a council member the case at the 支援会議, which shares it without consent', async () => {
    const tab = await logIn(browser, app, app.councilMember, errors);
    await tab.goto(`${app.url}/councils/${app.id('c-juso')}/meetings`);
    const meeting = tab.getByTestId('meeting').filter({ hasText: '地域包括をキーパーソンにする' });
    await meeting.getByTestId('meeting-open-case').first().click();
    await tab.getByTestId('meeting-case').waitFor();
    expect(await tab.getByTestId('meeting-case').textContent()).toContain('柴田');
    expect(await tab.getByRole('button', { name: '会議を記録' }).count()).toBe(0);
    await screenshot(tab, 'cases-08-council-member-meeting');
    await tab.close();
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
