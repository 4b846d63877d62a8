/**
 * Data work without a terminal, in Chromium over the sample town: a coordinator edits a person from the map's
 * detail panel (the server's refusal shown next to its field, in Japanese, then a good save reaching the map), and
 * an administrator's import screen: a dry run of a bad bundle lists its located problems and writes nothing, a good
 * bundle's dry run counts, and the commit imports it (a zip, and a folder in Shift_JIS); the export downloads.
 * A coordinator also adds a hub and deletes it after the confirmation. Screenshots go to .tmp/screenshots/browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { csv } from '../../server/bundles/testBundles.js';
import { countUnder } from '../../server/bundles/testGraphState.js';
import { testGraph } from '../helpers/graph.js';
import { type RunningApp, startAppServer } from './appServer.js';
import { chromiumPath, launchChromium, screenshot, waitForMap } from './browser.js';

const haveChromium = fs.existsSync(chromiumPath);

describe.skipIf(!haveChromium)('editing and importing in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  const errors: string[] = [];
  let admin: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startAppServer(), launchChromium()]);
    admin = `${app.username}-admin`;
    await addUser(await testGraph(), { username: admin, password: app.password, role: UserRole.ADMIN, areaIds: [] });
  });

  afterAll(async () => {
    await browser?.close();
    await (await testGraph()).write('MATCH (u:User {username: $admin}) DELETE u', { admin });
    await app?.close();
  });

  async function loggedIn(username: string, path: string): Promise<Page> {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 860 },
      locale: 'ja-JP',
      acceptDownloads: true,
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${app.url}/login?next=${encodeURIComponent(path)}`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', app.password);
    await page.click('button[type=submit]');
    return page;
  }

  it('a coordinator edits a person: an empty name is refused next to the name field, then the new name is saved', async () => {
    const person = app.id('p-8050-son');
    const page = await loggedIn(app.username, `/map/${app.id('a1-sakuradai')}?node=${person}`);
    await waitForMap(page);
    const panel = page.getByTestId('detail-panel');
    await screenshot(page, 'edit-00-map');
    await panel.getByRole('heading', { name: '石黒 聡' }).waitFor();
    await panel.getByRole('button', { name: '編集', exact: true }).click();
    const form = page.getByTestId('entity-form');
    await form.waitFor();
    const name = form.locator('[data-field=name] input');
    expect(await name.inputValue()).toBe('石黒 聡');
    // the household picker offers the households of the person's area, the codes their Japanese labels
    expect(await form.locator('[data-field=householdId] select option:checked').innerText()).not.toBe('（世帯なし）');
    expect(await form.locator('[data-field=needs]').innerText()).toContain('就労');
    expect(await form.locator('[data-field=consent] option').allInnerTexts()).not.toContain('支援措置（閲覧制限）');
    await name.fill('   ');
    await form.getByRole('button', { name: '保存' }).click();
    const nameError = form.locator('[data-field=name] .field__error');
    await nameError.waitFor();
    expect(await nameError.innerText()).toContain('名前を入力してください。');
    expect(await form.locator('.field__error').count()).toBe(1);
    await screenshot(page, 'edit-01-person-name-refused');

    await name.fill('石黒 聡一');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    await panel.getByRole('heading', { name: '石黒 聡一' }).waitFor();
    const [stored] = await (await testGraph()).read<{ name: string }>(
      'MATCH (p:Person {id: $person}) RETURN p.name AS name',
      {
        person,
      },
    );
    expect(stored.name).toBe('石黒 聡一');
    await screenshot(page, 'edit-02-person-saved');
    // the coordinator is not offered the import screen, and is told plainly whose it is
    expect(await page.getByRole('link', { name: 'データ取込' }).count()).toBe(0);
    await page.close();
  }, 180_000);

  it('a coordinator adds a hub in the area in view, then deletes it after a confirmation saying what goes', async () => {
    const graph = await testGraph();
    const hub = app.id('hub-new-salon');
    const page = await loggedIn(app.username, `/map/${app.id('a3-ookubo')}`);
    await waitForMap(page);
    await page.getByLabel('＋ 追加').selectOption('Hub');
    const form = page.getByTestId('entity-form');
    await form.waitFor();
    expect(await form.locator('[data-field=areaId] select').inputValue()).toBe(app.id('a3-ookubo'));
    await form.locator('[data-field=id] input').fill(hub);
    await form.locator('[data-field=name] input').fill('大久保 新しいサロン');
    await form.locator('[data-field=kind] input').fill('サロン');
    await form.locator('[data-field=tags] input').fill('体操、お茶');
    await screenshot(page, 'edit-03-hub-new');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: '大久保 新しいサロン' }).waitFor();
    const [stored] = await graph.read<{ tags: string[]; area: string }>(
      'MATCH (h:Hub {id: $hub})-[:LOCATED_IN]->(a:Area) RETURN h.tags AS tags, a.id AS area',
      { hub },
    );
    expect(stored).toEqual({ tags: ['体操', 'お茶'], area: app.id('a3-ookubo') });

    await panel.getByRole('button', { name: '削除', exact: true }).click();
    const confirm = page.getByTestId('delete-confirm');
    await confirm.getByText('この拠点のつながり0件（参加・運営）も削除されます。').waitFor();
    await screenshot(page, 'edit-04-hub-delete-confirm');
    await confirm.getByRole('button', { name: '削除する' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await graph.read('MATCH (h:Hub {id: $hub}) RETURN h', { hub })).toEqual([]);

    await page.goto(`${app.url}/admin/import`);
    await page.getByText('データの取り込みと書き出しは管理者だけが行えます').waitFor();
    await page.close();
  }, 180_000);

  it('an administrator: a dry run of a bad bundle lists every located problem and writes nothing; a good one imports', async () => {
    const graph = await testGraph();
    const p = `${app.prefix}imp-`;
    const page = await loggedIn(admin, '/admin/import');
    await page.getByRole('heading', { name: 'データの取り込みと書き出し' }).waitFor();
    const bad = zipSync({
      'hubs.csv': Buffer.from(
        csv(
          'id,name,kind,area_id,tags',
          `${p}hub1,,サロン,${p}nowhere,`,
          `${p}hub2,新しいサロン,サロン,${app.id('a3-ookubo')},`,
        ),
      ),
      'people.csv': Buffer.from(csv('id,name,area_id,consent', `${p}p1,山田,${app.id('a3-ookubo')},MAYBE`)),
    });
    const before = await countUnder(graph, p);
    await page
      .getByTestId('import-zip')
      .setInputFiles({ name: 'bad.zip', mimeType: 'application/zip', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    // the three bad cells, and people.csv's missing household_id column (required, column 0)
    expect(rows.length).toBe(4);
    expect(rows.join('\n')).toMatch(/hubs\.csv\s+2\s+2 \(name\)/);
    expect(rows.join('\n')).toMatch(/hubs\.csv\s+2\s+4 \(area_id\)/);
    expect(rows.join('\n')).toMatch(/people\.csv\s+2\s+4 \(consent\)/);
    expect(await problems.innerText()).toContain('4件の誤りがあります。何も書き込んでいません。');
    expect(await page.getByRole('button', { name: '取り込む' }).isDisabled()).toBe(true);
    expect(await countUnder(graph, p)).toEqual(before);
    expect(before).toEqual({ nodes: 0, edges: 0 });
    await screenshot(page, 'import-01-bad-bundle-dry-run', true);

    const good = zipSync({
      'hubs.csv': Buffer.from(csv('id,name,kind,area_id,tags', `${p}hub2,新しいサロン,サロン,${app.id('a3-ookubo')},`)),
    });
    await page
      .getByTestId('import-zip')
      .setInputFiles({ name: 'good.zip', mimeType: 'application/zip', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    const plan = page.getByTestId('import-plan');
    await plan.waitFor();
    expect(await plan.locator('tbody tr').allInnerTexts()).toEqual(['hubs.csv\t1\t1\t0']);
    expect(await countUnder(graph, p)).toEqual({ nodes: 0, edges: 0 });
    await page.getByRole('button', { name: '取り込む' }).click();
    await plan.getByText('取り込みました。監査ログに記録しました。').waitFor();
    expect((await countUnder(graph, p)).nodes).toBe(1);
    await screenshot(page, 'import-02-committed', true);

    // a folder of CSV files as Excel writes them: Shift_JIS
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-folder-'));
    fs.writeFileSync(
      path.join(folder, 'hubs.csv'),
      iconv.encode(csv('id,name,kind,area_id,tags', `${p}hub3,囲碁サロン,サロン,${app.id('a3-ookubo')},囲碁`), 'cp932'),
    );
    await page.getByTestId('import-folder').setInputFiles(folder);
    await page.getByRole('button', { name: '確認する（書き込みません）' }).click();
    await plan.getByText('誤りはありません。').waitFor();
    expect(await plan.locator('tbody tr').allInnerTexts()).toEqual(['hubs.csv\t1\t1\t0']);
    await page.getByRole('button', { name: '取り込む' }).click();
    await plan.getByText('取り込みました。監査ログに記録しました。').waitFor();
    const [salon] = await graph.read<{ name: string }>('MATCH (h:Hub {id: $id}) RETURN h.name AS name', {
      id: `${p}hub3`,
    });
    expect(salon.name).toBe('囲碁サロン');
    fs.rmSync(folder, { recursive: true, force: true });

    // the whole town's export, downloaded as a zip of the bundle's files
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'ZIPをダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tsunagari-bundle-\d{4}-\d{2}-\d{2}\.zip$/);
    const exported = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    expect(Buffer.from(exported['hubs.csv']).toString('utf8')).toContain(`${p}hub3,囲碁サロン,サロン`);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
