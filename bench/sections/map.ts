/**
 * The map in Chromium (DESIGN.md bars: 5k elements, first paint ≤ 3 s, pan and zoom ≥ 30 fps): the built web app
 * served by the real server over the bench database, Debian's Chromium driven by playwright-core. First paint is
 * the time from navigation to the first frame that shows the map (the app marks it); frames per second count
 * Cytoscape's renders while the view pans and zooms every animation frame for a few seconds. Both renderers are
 * measured: the canvas one (dashed suggestions) and the WebGL preview the app picks above 3,000 elements.
 * Uses the 100k town of the import section when it is there, else generates and imports a small one.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '../../server/app.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import type { Graph } from '../../server/graph/graph.js';
import { generateTown } from '../../seed/generator/town.js';
import { buildWebOnce } from '../../test/browser/buildWeb.js';
import type { BenchContext, BenchSection } from '../bench.types.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Elements the map should hold (nodes + edges), as the bar says. */
const targetElements = Number(process.env.BENCH_MAP_ELEMENTS ?? 5000);
/** Map elements per person known, as the generated towns give (areas, households and ties included). */
const elementsPerPerson = 5;
const paintRuns = 3;
const fpsSeconds = 4;
const username = 'bench-map';
const password = 'bench-map-password';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

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

interface PageFigures {
  firstPaintMs: number;
  elements: number;
  webgl: boolean;
  fps: number;
  frames: number;
}

async function measure(browser: Browser, url: string, token: string, areaId: string, renderer: 'canvas' | 'webgl'): Promise<PageFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript((value) => window.sessionStorage.setItem('tsunagari.token', value), token);
    await page.goto(`${url}/map/${encodeURIComponent(areaId)}?renderer=${renderer}`);
    await page.waitForFunction('window.__tsunagariMap !== undefined', null, { timeout: 120_000 });
    const painted = (await page.evaluate('window.__tsunagariMap')) as { firstPaintMs: number; elements: number; webgl: boolean };
    // let the findings arrive and the page settle before moving the view
    await page.waitForTimeout(1500);
    const moved = (await page.evaluate(`new Promise((resolve) => {
      const cy = document.querySelector('[data-testid=map-canvas]')._cyreg.cy;
      let renders = 0;
      const count = () => { renders += 1; };
      cy.on('render', count);
      const start = performance.now();
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const base = cy.zoom();
      function step(now) {
        const t = (now - start) / 1000;
        cy.viewport({ zoom: base * (1 + 0.6 * Math.sin(t * 1.3)), pan: cy.pan() });
        cy.panBy({ x: 6 * Math.cos(t * 2), y: 4 * Math.sin(t * 2) });
        if (t < ${fpsSeconds}) requestAnimationFrame(step);
        else {
          cy.removeListener('render', count);
          resolve({ frames: renders, seconds: t });
        }
      }
      requestAnimationFrame(step);
    })`)) as { frames: number; seconds: number };
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
    const [existing] = await graph.read('MATCH (u:User {username: $username}) RETURN u.username AS username', { username });
    if (!existing) await addUser(graph, { username, password, role: UserRole.ADMIN, areaIds: [] });
    const app = await createApp(graph);
    const server = app.express.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }', variables: { u: username, p: password } }),
      });
      const token = ((await response.json()) as { data: { login: string } }).data.login;
      log(`map of ${area.id} (${area.people} people)`);
      // one warm-up load: query plans, the browser's caches
      await measure(browser, url, token, area.id, 'canvas');
      for (const renderer of ['canvas', 'webgl'] as const) {
        const runs: PageFigures[] = [];
        for (let i = 0; i < paintRuns; i++) runs.push(await measure(browser, url, token, area.id, renderer));
        log(`${renderer}: first paint ${runs.map((r) => r.firstPaintMs.toFixed(0)).join(', ')} ms; fps ${runs.map((r) => r.fps.toFixed(1)).join(', ')}`);
        if (renderer === 'canvas') report({ name: 'map.elements', value: runs[0].elements, unit: 'nodes+edges' });
        const paint = median(runs.map((r) => r.firstPaintMs));
        const fps = median(runs.map((r) => r.fps));
        report({ name: `map.${renderer}.firstPaint`, value: Math.round(paint), unit: 'ms', bar: { text: '≤ 3000 ms', met: paint <= 3000 } });
        report({ name: `map.${renderer}.panZoomFps`, value: Math.round(fps * 10) / 10, unit: 'fps', bar: { text: '≥ 30 fps', met: fps >= 30 } });
      }
    } finally {
      await browser.close();
      server.closeAllConnections();
      server.close();
      await app.stop();
    }
  },
};
