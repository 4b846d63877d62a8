/**
 * The map at the server's level of detail in Chromium, over a generated town of a few thousand people: the town's
 * name in the area list opens its map of closed boxes with their counts; a coordinator opens a tier-2 box, then a
 * tier-3 box inside it, down to a person, then closes them again; the open boxes live in the URL, so a reload
 * reopens the same view; a planner opens a tier-3 box and sees no person in it. Screenshots go to
 * .tmp/screenshots/browser (lod-*).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTown } from '../../seed/generator/town.js';
import { prefixedTownCopy } from '../../server/analysis/testing/sampleTown.js';
import { createApp } from '../../server/app.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import type { Graph } from '../../server/graph/graph.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';
import { chromiumPath, cyExpression, emitOn, launchChromium, screenshot, waitForMap } from './browser.js';
import { buildWebOnce } from './buildWeb.js';

const haveChromium = fs.existsSync(chromiumPath);
const password = 'lod-browser-password-1';
/** Each step waits on the server and a layout; the machine running the tests may be busy. */
const stepTimeout = 180_000;

interface BoxFacts {
  id: string;
  label: string;
  tier: number;
  open: boolean;
  holds: number;
}

describe.skipIf(!haveChromium)('the level-of-detail map in the browser', () => {
  let graph: Graph;
  let prefix: string;
  let browser: Browser;
  let page: Page;
  let url: string;
  let stop: () => Promise<void>;
  const users: string[] = [];
  const errors: string[] = [];
  const id = (generated: string) => prefix + generated;

  beforeAll(async () => {
    await buildWebOnce();
    graph = await testGraph();
    prefix = uniquePrefix();
    const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-lod-town-'));
    generateTown({ people: 2000, out: generated, seed: 'lod-walk' });
    const folder = prefixedTownCopy(generated, prefix);
    await importBundle(graph, folder);
    fs.rmSync(generated, { recursive: true, force: true });
    fs.rmSync(folder, { recursive: true, force: true });
    const base = `lod-${prefix.replace(/-$/, '')}`;
    await addUser(graph, { username: base, password, role: UserRole.COORDINATOR, areaIds: [id('A1')] });
    await addUser(graph, { username: `${base}-planner`, password, role: UserRole.PLANNER, areaIds: [id('A1-01')] });
    users.push(base, `${base}-planner`);
    const app = await createApp(graph, { secret: randomBytes(48) });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    };
    browser = await launchChromium();
    page = await logIn(users[0]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stop?.();
    if (prefix) {
      await removeByPrefix(graph, prefix);
      await graph.write('MATCH (u:User) WHERE u.username IN $users DETACH DELETE u', { users });
    }
  });

  async function logIn(username: string): Promise<Page> {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.setDefaultTimeout(90_000);
    await tab.goto(`${url}/`);
    await tab.fill('input[name=username]', username);
    await tab.fill('input[name=password]', password);
    await tab.click('button[type=submit]');
    await tab.getByRole('heading', { name: '地域を選ぶ' }).waitFor();
    return tab;
  }

  function boxes(tab: Page = page): Promise<BoxFacts[]> {
    return tab.evaluate(`(() => {
      const cy = ${cyExpression};
      return cy.nodes('.kind-area').map((n) => ({ id: n.id(), label: n.data('label'), tier: n.data('tier'),
        open: !n.hasClass('closed'), holds: n.children().length }));
    })()`) as Promise<BoxFacts[]>;
  }

  function kindsOnMap(tab: Page = page): Promise<Record<string, number>> {
    return tab.evaluate(`(() => {
      const counts = {};
      for (const n of ${cyExpression}.nodes()) counts[n.data('kind')] = (counts[n.data('kind')] ?? 0) + 1;
      return counts;
    })()`) as Promise<Record<string, number>>;
  }

  /** Double-clicks a box and waits until the server's answer draws it open. */
  async function openBox(boxId: string, tab: Page = page): Promise<void> {
    await emitOn(tab, boxId, 'dbltap');
    await expect
      .poll(async () => (await boxes(tab)).find((box) => box.id === boxId)?.open, { timeout: 60_000 })
      .toBe(true);
  }

  it(
    "opens the town's map from its name in the area list, as closed boxes showing their counts",
    async () => {
      await page.getByRole('link', { name: 'かすみ台市', exact: true }).click();
      await waitForMap(page, 120_000);
      await expect.poll(async () => (await boxes()).filter((box) => box.tier === 2).length).toBe(3);
      const tier2 = (await boxes()).filter((box) => box.tier === 2);
      expect(tier2.every((box) => !box.open && box.holds === 0)).toBe(true);
      expect((await boxes()).some((box) => box.tier === 3)).toBe(false);
      // the counts on a box are the area list's count of people known there
      const known =
        (await page.evaluate(`fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json',
      authorization: 'Bearer ' + sessionStorage.getItem('tsunagari.token') },
      body: JSON.stringify({ query: '{ areas { id peopleKnown { text } } }' }) }).then((r) => r.json())`)) as {
          data: { areas: { id: string; peopleKnown: { text: string } }[] };
        };
      for (const box of tier2) {
        const people = known.data.areas.find((area) => area.id === box.id)!.peopleKnown.text;
        expect(box.label).toContain(`住民 ${Number(people).toLocaleString('ja-JP')}`);
        expect(box.label).toMatch(/孤立 [\d,]+/);
        expect(box.label).toMatch(/狭間 [\d,]+・拠点 \d+/);
      }
      expect((await kindsOnMap()).Person ?? 0).toBeLessThan(20);
      await screenshot(page, 'lod-01-town-closed');
    },
    stepTimeout,
  );

  it(
    'opens a tier-2 box, then a tier-3 box inside it, down to a person',
    async () => {
      await openBox(id('A1-01'));
      expect((await boxes()).find((box) => box.id === id('A1-01'))?.holds).toBeGreaterThan(1);
      const inside = (await boxes()).filter((box) => box.tier === 3);
      expect(inside.length).toBeGreaterThan(1);
      expect(inside.every((box) => !box.open)).toBe(true);
      expect(page.url()).toContain(`open=${id('A1-01')}`);
      await screenshot(page, 'lod-02-district-open');
      const neighbourhood = inside[0].id;
      await openBox(neighbourhood);
      expect((await kindsOnMap()).Person).toBeGreaterThan(20);
      const person = (await page.evaluate(`(() => {
      const n = ${cyExpression}.getElementById(${JSON.stringify(neighbourhood)}).children('.kind-person').filter((p) => !p.hasClass('anonymous'))[0];
      return { id: n.id(), label: n.data('label') };
    })()`)) as { id: string; label: string };
      await emitOn(page, person.id, 'tap');
      await page.getByTestId('detail-panel').getByRole('heading', { name: person.label }).waitFor();
      await screenshot(page, 'lod-03-person');
    },
    stepTimeout,
  );

  it(
    'opens a tier-3 box by zooming into it, and leaves one the user closed closed while zoomed in',
    async () => {
      const closed = (await boxes()).filter((box) => box.tier === 3 && !box.open);
      expect(closed.length).toBeGreaterThan(0);
      const target = closed[0].id;
      // the user zooms with the keyboard, the box in the middle of the view, until it fills most of it
      const isOpen = async () => (await boxes()).find((box) => box.id === target)?.open;
      const zoomInto = async (presses: number) => {
        await page.evaluate(`(() => { const cy = ${cyExpression};
          cy.center(cy.getElementById(${JSON.stringify(target)})); })()`);
        await page.getByTestId('map-canvas').focus();
        for (let i = 0; i < presses && !(await isOpen()); i += 1) {
          await page.keyboard.press('+');
          await page.waitForTimeout(500);
        }
      };
      await zoomInto(14);
      await expect.poll(isOpen, { timeout: 60_000 }).toBe(true);
      expect(page.url()).toContain(target);
      await screenshot(page, 'lod-03b-zoomed-open');
      // closed by the user, it stays closed while the view zooms on into it
      await emitOn(page, target, 'dbltap');
      await expect.poll(isOpen, { timeout: 60_000 }).toBe(false);
      await zoomInto(2);
      await page.waitForTimeout(1000);
      expect(await isOpen()).toBe(false);
    },
    stepTimeout,
  );

  it(
    'reopens the same view from the URL',
    async () => {
      const link = page.url();
      expect(link).toMatch(/open=[^&]+,[^&]+/);
      // the map opened by its address asks for its network once (the early request and the map's own are one)
      const asked: unknown[] = [];
      const count = (request: Request) => {
        if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'Network')
          asked.push(request.postDataJSON().variables);
      };
      // the page before is left first: a request it still sends while going is not the new page's
      await page.goto('about:blank');
      page.on('request', count);
      // a slow machine: the map's code comes after its early answer, which the map must use, not ask again
      const slowMapCode = async (route: Route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.continue();
      };
      await page.route('**/assets/MapPage-*.js', slowMapCode);
      await page.goto(link);
      await waitForMap(page, 120_000);
      await page.unroute('**/assets/MapPage-*.js', slowMapCode);
      await expect
        .poll(async () => (await boxes()).filter((box) => box.open && box.tier === 3).length, { timeout: 60_000 })
        .toBe(1);
      page.off('request', count);
      expect(asked, JSON.stringify(asked)).toHaveLength(1);
    },
    stepTimeout,
  );

  it(
    'closes the boxes again from the detail panel, back to the closed town',
    async () => {
      await emitOn(page, id('A1-01'), 'tap');
      const toggle = page.getByTestId('detail-toggle-open');
      expect(await toggle.innerText()).toBe('この地域を閉じる');
      await toggle.click();
      await expect
        .poll(async () => (await boxes()).find((box) => box.id === id('A1-01'))?.holds, { timeout: 60_000 })
        .toBe(0);
      expect((await boxes()).some((box) => box.tier === 3)).toBe(false);
      expect(page.url()).not.toContain('open=');
      const closed = (await boxes()).find((box) => box.id === id('A1-01'))!;
      expect(closed.label).toContain('住民 ');
      expect(await toggle.innerText()).toBe('この地域を開く');
      await screenshot(page, 'lod-04-closed-again');
      expect(errors).toEqual([]);
    },
    stepTimeout,
  );

  it(
    'shows a planner closed boxes with masked small counts, and no person in an opened tier-3 box',
    async () => {
      const tab = await logIn(users[1]);
      await tab.goto(`${url}/map/${encodeURIComponent(id('A1-01'))}`);
      await waitForMap(tab, 120_000);
      const tier3 = (await boxes(tab)).filter((box) => box.tier === 3);
      expect(tier3.length).toBeGreaterThan(1);
      for (const box of tier3) expect(box.label).toMatch(/住民 ([\d,]+|5未満)/);
      await openBox(tier3[0].id, tab);
      expect((await kindsOnMap(tab)).Person ?? 0).toBe(0);
      await screenshot(tab, 'lod-05-planner');
      await tab.close();
      expect(errors).toEqual([]);
    },
    stepTimeout,
  );
});
