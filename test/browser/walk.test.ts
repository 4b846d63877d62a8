/**
 * A coordinator's walk through the app in Chromium, over the sample town: log in, see the three tiers, find a
 * person, find the isolated 8050 household and the uncoordinated household, open an ecomap, accept a suggestion,
 * open the 地域カルテ and print it. Then a planner and a council member of the east: small counts as 「5未満」, and no
 * control their role would be refused. Screenshots of each step go to .tmp/screenshots/browser.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import {
  chromiumPath,
  cyExpression,
  emitOn,
  launchChromium,
  logIn,
  screenshot,
  screenshotDir,
  waitForMap,
} from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('a coordinator in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', acceptDownloads: true });
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Figures of the map read from Cytoscape in the page. */
  function mapFacts() {
    return page.evaluate(`(() => {
      const cy = ${cyExpression};
      if (!cy) return undefined;
      const tiers = [1, 2, 3].map((tier) => cy.nodes('.kind-area.tier-' + tier).length);
      const closed = cy.nodes('.kind-area.closed').length;
      const nested = cy.nodes('.kind-area.tier-3').every((n) => n.parent().hasClass('tier-2')) && cy.nodes('.kind-area.tier-2').every((n) => n.parent().hasClass('tier-1'));
      const selected = cy.$(':selected').map((n) => n.id());
      const extent = cy.extent();
      return { tiers, closed, nested, selected, nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length, zoom: cy.zoom(), extent,
        suggested: cy.edges('.cat-suggested').length, isolated: cy.nodes('.isolated').map((n) => n.id()) };
    })()`) as Promise<
      | {
          tiers: number[];
          closed: number;
          nested: boolean;
          selected: string[];
          nodes: number;
          edges: number;
          zoom: number;
          suggested: number;
          isolated: string[];
        }
      | undefined
    >;
  }

  it('tells a wrong password in words, then logs the coordinator in', async () => {
    await page.goto(`${app.url}/`);
    await page.waitForSelector('form[aria-labelledby=login-title]');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.fill('input[name=username]', app.username);
    await page.fill('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    const alert = page.locator('[role=alert][data-error-code=LOGIN_FAILED]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('ユーザー名またはパスワードが違います');
    await screenshot(page, '01-login-failed');
    await page.fill('input[name=password]', app.password);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: '地域を選ぶ' }).waitFor();
    expect(await page.locator('.area-tree__row').first().innerText()).toContain('さくら台市');
    await screenshot(page, '02-areas');
  });

  it('opens the map of the town with its tier-2 areas as closed boxes, and a box to its tier-3 boxes', async () => {
    await page.getByRole('link', { name: 'さくら台市の地図を開く' }).click();
    await waitForMap(page);
    let facts = await mapFacts();
    expect(facts?.tiers).toEqual([1, 3, 0]);
    expect(facts?.closed).toBe(3);
    expect(facts?.nested).toBe(true);
    // the town's own organizations and councils, no resident of a closed box
    expect(facts?.nodes).toBeLessThan(100);
    await emitOn(page, app.id('a2-higashi'), 'dbltap');
    await expect.poll(async () => (await mapFacts())?.tiers[2], { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    facts = await mapFacts();
    expect(facts?.nested).toBe(true);
    expect(facts?.closed).toBe(2 + (facts?.tiers[2] ?? 0));
    await page.getByTestId('findings-panel').getByText('社会的孤立', { exact: false }).first().waitFor();
    await screenshot(page, '03-map-town');
  });

  it('tidies the layout (配置を整える) with no box over another and no node inside a box not its own', async () => {
    // a tier-3 box open beside closed ones, as a coordinator works
    await emitOn(page, app.id('a3-ookubo'), 'dbltap');
    await expect
      .poll(() => page.evaluate(`(${cyExpression}).getElementById('${app.id('a3-ookubo')}').children().length`), {
        timeout: 60_000,
      })
      .toBeGreaterThan(5);
    const tidy = page.getByRole('button', { name: '配置を整える' });
    await tidy.click();
    await expect.poll(async () => (await tidy.getAttribute('aria-busy')) === 'false', { timeout: 60_000 }).toBe(true);
    // the animation ends after the positions are kept
    await page.waitForTimeout(1500);
    const problems = (await page.evaluate(`(() => {
      const cy = ${cyExpression};
      const out = [];
      const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const boxOf = (n) => n.boundingBox({ includeLabels: false, includeOverlays: false });
      const boxes = cy.nodes('.kind-area');
      boxes.forEach((a) => boxes.forEach((b) => {
        const related = a === b || a.ancestors().contains(b) || b.ancestors().contains(a);
        if (!related && a.id() < b.id() && meets(boxOf(a), boxOf(b))) out.push(a.id() + ' over ' + b.id());
      }));
      cy.nodes().filter((n) => !n.hasClass('kind-area')).forEach((n) => {
        const at = n.position();
        boxes.forEach((box) => {
          const b = boxOf(box);
          const inside = at.x > b.x1 && at.x < b.x2 && at.y > b.y1 && at.y < b.y2;
          if (inside && !n.ancestors().contains(box)) out.push(n.id() + ' in ' + box.id());
        });
      });
      return out;
    })()`)) as string[];
    expect(problems).toEqual([]);
    await screenshot(page, '03b-map-tidied');
  });

  it('finds a person by name and centres the map on them', async () => {
    await page.getByTestId('map-search').fill('石黒 聡');
    await page
      .getByRole('option', { name: /石黒 聡/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').getByRole('heading', { name: '石黒 聡' }).waitFor();
    await page.waitForTimeout(600);
    const facts = await mapFacts();
    expect(facts?.selected).toEqual([app.id('p-8050-son')]);
    expect(facts?.isolated).toContain(app.id('p-8050-son'));
    const centred = (await page.evaluate(
      `(() => { const cy = ${cyExpression}; const p = cy.getElementById('${app.id('p-8050-son')}').renderedPosition(); return { x: p.x / cy.width(), y: p.y / cy.height() }; })()`,
    )) as { x: number; y: number };
    expect(Math.abs(centred.x - 0.5)).toBeLessThan(0.1);
    expect(Math.abs(centred.y - 0.5)).toBeLessThan(0.1);
    await screenshot(page, '04-search-centred');
  });

  it('lists the isolated 8050 son and the uncoordinated household among the findings', async () => {
    await page.getByTestId('tab-findings').click();
    const panel = page.getByTestId('findings-panel');
    await panel.getByRole('button', { name: /社会的孤立 \d+/ }).click();
    await expect.poll(() => panel.locator('[data-finding-kind=ISOLATED]').count()).toBeGreaterThan(3);
    expect(await panel.locator('[data-finding-kind=ISOLATED]', { hasText: '石黒 聡' }).count()).toBe(1);
    await panel.getByRole('button', { name: /連携のない世帯支援 \d+/ }).click();
    // the DV household (h-dv) is restricted (支援措置): not this coordinator's finding, so another household's
    expect(await panel.locator('[data-finding-kind=UNCOORDINATED_HOUSEHOLD]', { hasText: '野口' }).count()).toBe(0);
    const household = panel.locator('[data-finding-kind=UNCOORDINATED_HOUSEHOLD]', { hasText: '柴田 静江' });
    await household.click();
    // the finding's people are drawn inside their closed boxes, with its suggestions between them
    await expect.poll(async () => (await mapFacts())?.suggested, { timeout: 15_000 }).toBeGreaterThan(0);
    await screenshot(page, '05-uncoordinated-household');
  });

  it('opens the ecomap of the 8050 household from the map', async () => {
    await page.getByTestId('map-search').fill('石黒 聡');
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').getByRole('link', { name: 'エコマップを開く' }).click();
    await page.getByTestId('ecomap-svg').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('エコマップ：石黒 聡');
    expect(await page.getByText('世帯の外とのつながりが記録されていません').count()).toBe(1);
    await screenshot(page, '06-ecomap-8050');
    await page.goto(`${app.url}/ecomap/household/${app.id('h-017')}`);
    await page.getByTestId('ecomap-svg').waitFor();
    expect(await page.locator('.ecomap-legend').innerText()).toContain('ストレス');
    await screenshot(page, '07-ecomap-household', true);
    // the restricted household answers as if it did not exist, and shows nothing of its members
    await page.goto(`${app.url}/ecomap/household/${app.id('h-dv')}`);
    await page.locator('.notice--error').first().waitFor();
    expect(await page.getByTestId('ecomap-svg').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('野口');
  });

  it('accepts a suggestion and draws the new tie on the map', async () => {
    await page.goto(`${app.url}/map/${app.id('a3-ookubo')}`);
    await waitForMap(page);
    await page.getByTestId('tab-findings').click();
    const panel = page.getByTestId('findings-panel');
    await panel.getByRole('button', { name: /参加支援の候補 \d+/ }).click();
    const finding = panel.locator('[data-finding-kind=HUB_MATCH]', { hasText: '石黒 聡' });
    await finding.click();
    await panel.getByRole('button', { name: '提案を実施済みにする' }).click();
    const form = page.getByTestId('accept-form');
    await form.getByLabel('メモ（任意）').fill('ブラウザテストで記録');
    await screenshot(page, '08-accept-dialog');
    await form.getByRole('button', { name: '記録する' }).click();
    await panel.getByText('記録しました').waitFor();
    const tie = `(() => { const cy = ${cyExpression}; return cy.edges().filter((e) => e.data('type') === 'PARTICIPATES_IN' && e.source().id() === '${app.id('p-8050-son')}' && e.target().id() === '${app.id('hub-ookubo-igo')}').length; })()`;
    await expect.poll(() => page.evaluate(tie), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => panel.locator('[data-finding-kind=HUB_MATCH]', { hasText: '石黒 聡' }).count(), { timeout: 15_000 })
      .toBe(0);
    await screenshot(page, '09-accepted');
  });

  it('exports the map as SVG and PNG with neutral names, and the findings as CSV with a BOM', async () => {
    await page.getByText('書き出し', { exact: true }).click();
    await page.getByTestId('export-neutral').check();
    await screenshot(page, '10-export-menu');
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '図（SVG）' }).click(),
    ]);
    const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('大久保地区');
    expect(svg).toContain('住民 ');
    expect(svg).not.toContain('石黒 聡');
    // framed: the title, the day shown, that names are replaced, and a legend of what the map holds
    expect(svg).toMatch(/>大久保地区の地図<\/text>/);
    expect(svg).toMatch(/>\d{4}年\d{1,2}月\d{1,2}日時点の地図です<\/text>/);
    expect(svg).toContain('>住民と世帯の名前は伏せています</text>');
    expect(svg).toMatch(/>住民 \d+<\/text>/);
    expect(svg).toMatch(/>家族 \d+<\/text>/);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '画像（PNG）' }).click(),
    ]);
    const png = fs.readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // the frame makes the image taller than the map the canvas draws (its header and legend), at twice the scale
    const framed = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    const drawnMap = (await page.evaluate(
      `(() => { const b = (${cyExpression}).elements(':visible').boundingBox(); return { w: b.w, h: b.h }; })()`,
    )) as { w: number; h: number };
    expect(framed.height).toBeGreaterThan(2 * drawnMap.h + 100);
    fs.writeFileSync(path.join(screenshotDir, '10-export-neutral.png'), png);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '発見事項（CSV）' }).click(),
    ]);
    const csv = fs.readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('種類,対象,対象ID');
    expect(csv.toString('utf8')).not.toContain('石黒 聡');
  });

  it('opens the 地域カルテ and prints it on A4', async () => {
    await page.goto(`${app.url}/report/${app.id('a2-higashi')}`);
    await page.getByRole('heading', { name: /地域カルテ：東中学校区/ }).waitFor();
    await page.getByText('孤立率').first().waitFor();
    expect(await page.locator('.compare__table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, '11-report', true);
    await page.getByRole('link', { name: '印刷プレビュー（A4）' }).click();
    await page.locator('.report--print .sheet').waitFor();
    await screenshot(page, '12-report-print-preview', true);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(screenshotDir, '13-report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
    try {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        path.join(screenshotDir, '13-report-pdf'),
      ]);
    } catch {
      // poppler-utils absent: the PDF itself stays for a person to look at
    }
  });

  it('switches to English and reads well on a tablet', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${app.url}/map/${app.id('a2-higashi')}`);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: /Map of 東中学校区/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, '14-tablet-english');
    await page.getByRole('button', { name: /Settings/ }).click();
    await screenshot(page, '15-tablet-settings');
    expect(errors).toEqual([]);
  });

  /** A fresh tab logged in as another user of the town's east (東中学校区). */
  function logInAs(username: string): Promise<Page> {
    return logIn(browser, app, username, errors, { width: 1280, height: 800 });
  }

  /** The controls that change data or show a person in detail, anywhere on the page. */
  async function refusedControls(tab: Page): Promise<number> {
    const counts = await Promise.all([
      tab.getByRole('button', { name: /つながりを追加/ }).count(),
      tab.getByRole('button', { name: '編集', exact: true }).count(),
      tab.getByRole('button', { name: '削除', exact: true }).count(),
      tab.getByLabel('＋ 追加').count(),
      tab.getByRole('link', { name: 'データ取込' }).count(),
      tab.getByRole('button', { name: '提案を実施済みにする' }).count(),
      tab.getByRole('link', { name: /エコマップ/ }).count(),
    ]);
    return counts.reduce((sum, n) => sum + n, 0);
  }

  /** Opens the findings and each of the first few, so that any control inside them would show. */
  async function openFindings(tab: Page): Promise<void> {
    await tab.getByTestId('tab-findings').click();
    const picks = tab.getByTestId('findings-panel').locator('.finding__pick');
    await expect.poll(() => picks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(3, await picks.count()); i += 1) {
      await picks.nth(i).click();
      expect(await refusedControls(tab)).toBe(0);
    }
  }

  /** Counts of people in the report's key figures and compare table: a number, then never under 5. */
  async function smallestCountShown(tab: Page): Promise<number> {
    const cells = await tab
      .locator(
        '.key-figure--residentsKnown .key-figure__value, .key-figure--isolated .key-figure__value, .key-figure--peopleWithUnmetNeeds .key-figure__value, .compare__table td:nth-child(4), .compare__table td:nth-child(6)',
      )
      .allInnerTexts();
    const numbers = cells.filter((text) => /^[\d,]+$/.test(text)).map((text) => Number(text.replace(/,/g, '')));
    return Math.min(...numbers);
  }

  it('shows a planner the report with small counts as 5未満, and the map with nothing to change or open', async () => {
    const tab = await logInAs(app.planner);
    await tab.goto(`${app.url}/report/${app.id('a2-higashi')}`);
    await tab.getByRole('heading', { name: /地域カルテ：東中学校区/ }).waitFor();
    await tab.locator('.compare__table tbody tr').first().waitFor();
    expect(await smallestCountShown(tab)).toBeGreaterThanOrEqual(5);
    expect(await tab.getByText('5未満', { exact: true }).count()).toBeGreaterThan(0);
    await tab.getByTestId('masked-note').waitFor();
    await screenshot(tab, '16-planner-report', true);
    await tab.goto(`${app.url}/map/${app.id('a2-higashi')}`);
    await waitForMap(tab);
    await tab.getByTestId('map-search').fill('さくら台市東部地域包括支援センター');
    await tab
      .getByRole('option', { name: /さくら台市東部地域包括支援センター/ })
      .first()
      .waitFor();
    await tab.keyboard.press('Enter');
    await tab
      .getByTestId('detail-panel')
      .getByRole('heading', { name: 'さくら台市東部地域包括支援センター' })
      .waitFor();
    expect(await refusedControls(tab)).toBe(0);
    await screenshot(tab, '17-planner-map');
    await openFindings(tab);
    await tab.goto(`${app.url}/ecomap/person/${app.id('p-coord-higashi')}`);
    await tab.getByTestId('ecomap-not-for-role').waitFor();
    await tab.close();
  });

  it('shows the east coordinator and a council member of the east the same picture of it, as in a meeting', async () => {
    // what both see alike: boxes, organizations, councils and hubs by id, and people by their place and label (the
    // council member sees them under stand-in ids of their own)
    const picture = async (username: string) => {
      const tab = await logInAs(username);
      await tab.goto(`${app.url}/map/${app.id('a2-higashi')}`);
      await waitForMap(tab);
      await tab.waitForTimeout(500);
      const drawn = (await tab.evaluate(`(() => (${cyExpression}).nodes().map((n) => {
        const at = n.isParent() ? 'box' : Math.round(n.position().x) + ',' + Math.round(n.position().y);
        return (n.hasClass('kind-person') ? n.data('label') : n.id()) + ' @ ' + at;
      }).sort())()`)) as string[];
      await tab.close();
      return drawn;
    };
    const coordinator = await picture(app.areaCoordinator);
    const council = await picture(app.councilMember);
    expect(coordinator.length).toBeGreaterThan(5);
    expect(council).toEqual(coordinator);
  });

  it('shows a council member a COMMUNITY-consent person by name, with no ecomap, tie editor or accept button', async () => {
    const tab = await logInAs(app.councilMember);
    await tab.goto(`${app.url}/map/${app.id('a2-higashi')}`);
    await waitForMap(tab);
    await tab.getByTestId('map-search').fill('瀬川 亮');
    await tab
      .getByRole('option', { name: /瀬川 亮/ })
      .first()
      .waitFor();
    await tab.keyboard.press('Enter');
    await tab.getByTestId('detail-panel').getByRole('heading', { name: '瀬川 亮' }).waitFor();
    expect(await refusedControls(tab)).toBe(0);
    // a name is all a council member sees of a person: the panel asks for nothing the server would refuse
    await tab.waitForTimeout(500);
    expect(await tab.getByTestId('detail-panel').locator('[role=alert]').count()).toBe(0);
    await screenshot(tab, '18-council-member-person');
    await openFindings(tab);
    await screenshot(tab, '19-council-member-findings');
    await tab.goto(`${app.url}/report/${app.id('a2-higashi')}`);
    await tab.locator('.compare__table tbody tr').first().waitFor();
    expect(await smallestCountShown(tab)).toBeGreaterThanOrEqual(5);
    await screenshot(tab, '20-council-member-report', true);
    await tab.close();
    expect(errors).toEqual([]);
  });
});
