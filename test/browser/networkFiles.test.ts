/**
 * The map's export menu offers the area's network as GraphML and GEXF, as its viewer may see it: a council member
 * of a 中学校区 is told the file is of today, and the GEXF they download (opened with networkx) holds residents only
 * as stand-ins (住民) or, with COMMUNITY consent, by name — never a real id — and no ended tie.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startAppServer } from './appServer.js';
import { launchChromium, logIn, screenshot, waitForMap } from './browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const reader = path.resolve(here, '../formats/readGraphFile.py');
/** The sample town's people: id, name and consent (columns 1, 2 and 9 of people.csv). */
const residents = fs
  .readFileSync(path.resolve(here, '../../seed/sample-town/people.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map((cells) => ({ id: cells[0], name: cells[1], consent: cells[8] }));

describe('graph files from the map of a council member', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    page = await logIn(browser, app, app.councilMember, errors);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('downloads a GEXF of today with residents as the map shows them', async () => {
    await page.goto(`${app.url}/map/${app.id('a2-higashi')}`);
    await waitForMap(page);
    await page.getByText('書き出し', { exact: true }).first().click();
    await page.getByText('今日の時点で書き出します').waitFor();
    await screenshot(page, 'export-menu-council-member');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ネットワーク（GEXF・Gephi）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const file = (await download.path())!;
    const text = fs.readFileSync(file, 'utf8');
    const read = JSON.parse(execFileSync('python3', [reader, 'gexf', file], { encoding: 'utf8' }));
    const persons = Object.entries(read.nodes as Record<string, Record<string, unknown>>).filter(
      ([, data]) => data.kind === 'Person',
    );
    expect(persons.length).toBeGreaterThan(10);
    const named = new Set(residents.filter((r) => r.consent === 'COMMUNITY').map((r) => r.name));
    const realIds = new Set(residents.map((r) => app.id(r.id)));
    for (const [id, data] of persons) {
      expect(realIds.has(id), `${id} is a real id`).toBe(false);
      expect(data.label === '住民' || named.has(String(data.label)), String(data.label)).toBe(true);
    }
    expect(persons.some(([, data]) => data.label === '住民')).toBe(true);
    // no names of residents without COMMUNITY consent anywhere (藤井 恵 is part of 藤井 恵子, who consented), and
    // nothing that ended
    const unnamed = residents.filter((r) => r.consent !== 'COMMUNITY' && ![...named].some((n) => n.includes(r.name)));
    expect(unnamed.length).toBeGreaterThan(200);
    for (const resident of unnamed) expect(text.includes(resident.name), resident.name).toBe(false);
    expect(read.edges.every((edge: { data: { active: boolean } }) => edge.data.active === true)).toBe(true);
    expect(errors).toEqual([]);
  });
});
