/**
 * The map in Chromium (docs/DESIGN.md bars: 5k elements, first paint ≤ 3 s, pan and zoom ≥ 30 fps): the built web app
 * served by the real server over the bench database, Debian's Chromium driven by playwright-core. First paint is
 * the time from navigation to the first frame that shows the map (the app marks it); frames per second count
 * Cytoscape's renders while the mouse drags the view and the wheel zooms it for a few seconds. Both renderers are
 * measured: the canvas one (dashed suggestions) and the WebGL preview the app picks above 3,000 elements.
 * Uses the 100k town of the import section when it is there, else generates and imports a small one.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateTown } from '../../seed/generator/town.js';
import { createApp } from '../../server/app.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import type { Graph } from '../../server/graph/graph.js';
import { chromiumPath, launchChromium, waitForMap } from '../../test/browser/browser.js';
import { buildWebOnce } from '../../test/browser/buildWeb.js';
import type { BenchContext, BenchSection } from '../bench.types.js';
import { median } from '../stats.js';

/** Elements the map should hold (nodes + edges), as the bar says. */
const targetElements = Number(process.env.BENCH_MAP_ELEMENTS ?? 5000);
/** Map elements per person known, as the generated towns give (areas, households and ties included). */
const elementsPerPerson = 5;
const paintRuns = 3;
const fpsSeconds = 4;
const username = 'bench-map';
const password = 'bench-map-password';

/** The area (tier 2 first, else 3) whose people make a map closest to the target size. */
async function areaOfSize(graph: Graph): Promise<{ id: string; people: number } | undefined> {
  const rows = await graph.read<{ id: string; tier: number; people: number }>(
    `MATCH (a:Area) WHERE a.tier IN [2, 3]
     RETURN a.id AS id, a.tier AS tier, COUNT { (:Person)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(a) } AS people`,
  );
  const wanted = targetElements / elementsPerPerson;
  rows.sort((a, b) => Math.abs(Math.log(a.people / wanted)) - Math.abs(Math.log(b.people / wanted)) || a.tier - b.tier);
  return rows.find((row) => row.people > 0);
}

async function ensureTown(context: BenchContext): Promise<void> {
  const [row] = await context.graph.read<{ any: boolean }>('RETURN EXISTS { MATCH (:Area {tier: 2}) } AS any');
  if (row.any) return;
  // three districts of about a thousand people: each district's map is about 5k elements
  const folder = path.join(context.workDir, 'map-town');
  generateTown({ people: Math.round((3 * targetElements) / elementsPerPerson), out: folder, seed: 'bench-map' });
  await importBundle(context.graph, folder);
  context.log(`imported a generated town for the map (${folder})`);
}

/**
 * Pans by dragging the mouse and zooms with the wheel, as a person does (Cytoscape draws a snapshot only during
 * such gestures), for `fpsSeconds`; counts the frames painted meanwhile.
 */
async function panAndZoom(page: Page): Promise<{ frames: number; seconds: number }> {
  const box = await page.getByTestId('map-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not on the page');
  // frames the page paints meanwhile (both renderers draw once per animation frame when the view moved)
  await page.evaluate(`(() => {
    window.__benchFrames = 0;
    window.__benchCounting = true;
    const tick = () => { window.__benchFrames += 1; if (window.__benchCounting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  // the fit leaves a margin around the map: a drag that starts there pans instead of moving a box
  const x = box.x + 8;
  const y = box.y + 8;
  const started = performance.now();
  const half = (fpsSeconds * 1000) / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; performance.now() - started < half; i++) {
    await page.mouse.move(x + 200 + 180 * Math.sin(i / 12), y + 150 + 120 * Math.cos(i / 12));
    await page.waitForTimeout(12);
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; performance.now() - started < 2 * half; i++) {
    await page.mouse.wheel(0, i % 24 < 12 ? -40 : 40);
    await page.waitForTimeout(12);
  }
  const seconds = (performance.now() - started) / 1000;
  const frames = (await page.evaluate(
    '(() => { window.__benchCounting = false; return window.__benchFrames; })()',
  )) as number;
  return { frames, seconds };
}

interface PageFigures {
  firstPaintMs: number;
  elements: number;
  webgl: boolean;
  fps: number;
  frames: number;
}

async function measure(
  browser: Browser,
  url: string,
  token: string,
  areaId: string,
  renderer: 'canvas' | 'webgl',
): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript((value) => window.sessionStorage.setItem('tsunagari.token', value), token);
    await page.goto(`${url}/map/${encodeURIComponent(areaId)}?renderer=${renderer}`);
    await waitForMap(page, 120_000);
    const painted = (await page.evaluate('window.__tsunagariMap')) as {
      firstPaintMs: number;
      elements: number;
      webgl: boolean;
    };
    // let the findings arrive and the page settle before moving the view
    await page.waitForTimeout(1500);
    const moved = await panAndZoom(page);
    return { ...painted, fps: moved.frames / moved.seconds, frames: moved.frames };
  } finally {
    await page.close();
  }
}

export const mapSection: BenchSection = {
  name: 'map',
  async run(context) {
    const { graph, report, log } = context;
    if (!fs.existsSync(chromiumPath)) return log(`skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`);
    await ensureTown(context);
    const area = await areaOfSize(graph);
    if (!area) return log('skipped: no area with people in the database');
    await buildWebOnce();
    const [existing] = await graph.read('MATCH (u:User {username: $username}) RETURN u.username AS username', {
      username,
    });
    if (!existing) await addUser(graph, { username, password, role: UserRole.ADMIN, areaIds: [] });
    const app = await createApp(graph, { secret: randomBytes(48) });
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }',
          variables: { u: username, p: password },
        }),
      });
      const token = ((await response.json()) as { data: { login: string } }).data.login;
      log(`map of ${area.id} (${area.people} people)`);
      // one warm-up load: query plans, the browser's caches
      await measure(browser, url, token, area.id, 'canvas');
      for (const renderer of ['canvas', 'webgl'] as const) {
        const runs: PageFigures[] = [];
        for (let i = 0; i < paintRuns; i++) runs.push(await measure(browser, url, token, area.id, renderer));
        log(
          `${renderer}: first paint ${runs.map((r) => r.firstPaintMs.toFixed(0)).join(', ')} ms; fps ${runs.map((r) => r.fps.toFixed(1)).join(', ')}`,
        );
        if (renderer === 'canvas') report({ name: 'map.elements', value: runs[0].elements, unit: 'nodes+edges' });
        const paint = median(runs.map((r) => r.firstPaintMs));
        const fps = median(runs.map((r) => r.fps));
        report({
          name: `map.${renderer}.firstPaint`,
          value: Math.round(paint),
          unit: 'ms',
          bar: { text: '≤ 3000 ms', met: paint <= 3000 },
        });
        report({
          name: `map.${renderer}.panZoomFps`,
          value: Math.round(fps * 10) / 10,
          unit: 'fps',
          bar: { text: '≥ 30 fps', met: fps >= 30 },
        });
      }
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
      await app.stop();
    }
  },
};
