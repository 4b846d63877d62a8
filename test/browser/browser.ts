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

/**
 * Logs in on a fresh tab of the browser as the user (the app's password), its page errors collected in `errors`,
 * and waits for the first screen.
 */
export async function logIn(
  browser: Browser,
  app: { url: string; password: string },
  username: string,
  errors: string[],
  viewport = { width: 1400, height: 860 },
  options: { acceptDownloads?: boolean; refused?: string[] } = {},
): Promise<Page> {
  const tab = await browser.newPage({ viewport, locale: 'ja-JP', acceptDownloads: options.acceptDownloads });
  tab.on('pageerror', (error) => errors.push(error.message));
  if (options.refused) recordRefusals(tab, options.refused);
  await tab.goto(`${app.url}/`);
  await tab.fill('input[name=username]', username);
  await tab.fill('input[name=password]', app.password);
  await tab.click('button[type=submit]');
  await tab.getByRole('heading', { name: '地域を選ぶ' }).waitFor();
  return tab;
}

/** Keeps every error the API answers the page with (`CODE: message`) and every HTTP status from 400 up. */
export function recordRefusals(page: Page, refused: string[]): void {
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const body = await response.json().catch(() => undefined);
    for (const error of body?.errors ?? []) refused.push(`${error.extensions?.code}: ${error.message}`);
    if (response.status() >= 400) refused.push(`HTTP ${response.status()}`);
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
 * Emits a Cytoscape event (`tap`, `dbltap`) on a map element, as a click would. Returns nothing on purpose: `emit`
 * returns the element, and Playwright serialising it walks the whole Cytoscape instance — gigabytes on a map of a
 * few thousand elements, until Chromium's renderer runs out of memory ("Target crashed").
 */
export async function emitOn(page: Page, id: string, event: 'tap' | 'dbltap'): Promise<void> {
  await page.evaluate(
    `(() => { (${cyExpression}).getElementById(${JSON.stringify(id)}).emit(${JSON.stringify(event)}); })()`,
  );
}

/**
 * Waits until the map page has drawn its map (it sets `window.__tsunagariMap`), up to a wait that a loaded 2-core
 * machine running the suite in parallel needs (no speed is measured here: that is the bench's). Polled with `page.evaluate`:
 * `page.waitForFunction` runs its predicate through eval, which the app's Content-Security-Policy refuses.
 */
export async function waitForMap(page: Page, timeout = 90_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await page.evaluate('window.__tsunagariMap !== undefined'))) {
    if (Date.now() > until) throw new Error(`the map did not appear within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}
