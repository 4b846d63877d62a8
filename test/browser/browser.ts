/** Debian's Chromium driven by playwright-core, and screenshots into .tmp/screenshots/browser (ignored by git). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(root, '.tmp/screenshots/browser');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a screenshot of the page as `<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Cytoscape's instance behind the map canvas, read in the page (it registers itself on its container). */
export const cyExpression = `document.querySelector('[data-testid=map-canvas]')?._cyreg?.cy`;

/**
 * Waits until the map page has drawn its map (it sets `window.__tsunagariMap`). Polled with `page.evaluate`:
 * `page.waitForFunction` runs its predicate through eval, which the app's Content-Security-Policy refuses.
 */
export async function waitForMap(page: Page, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await page.evaluate('window.__tsunagariMap !== undefined'))) {
    if (Date.now() > until) throw new Error(`the map did not appear within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}
