// Debian's Chromium driven by playwright-core (no browser download), and axe-core audits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** `extra`: more Chromium switches (the benchmark's diagnosis runs use V8 flags). */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      ...extra,
    ],
  });
}

/**
 * A new page in a fresh context (empty storage, downloads allowed) that records every page error
 * and console error. `init` runs in the page before the app (with `arg`), e.g. to seed or break
 * storage. Returns the context, the page and the list of problems seen so far.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 }, init, arg } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.goto(url);
  // The app is interactive once the wasm has rendered the main landmark.
  await page.waitForSelector('main#main h1');
  await page.evaluate(() => document.fonts.ready);
  return { context, page, problems };
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (the matrix's tags); returns the violations, readable. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * False when the page fits its viewport; otherwise the elements sticking out on the right
 * (those inside a sideways-scrolling box of their own do not count).
 */
export function scrollsSideways(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return false;
    const inScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !inScroller(el),
    );
    return wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}#${el.id}`).join(', ') || `scrollWidth ${root.scrollWidth}`;
  });
}

/**
 * Zero axe violations at the page's size, then at 320 × 640, where nothing may scroll sideways
 * either. Fails the calling test with the violations found.
 */
export async function assertAccessibleAlsoOnPhone(page) {
  const { deepEqual, equal } = await import('node:assert/strict');
  deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 320, height: 640 });
  equal(await scrollsSideways(page), false);
  deepEqual(await axeViolations(page), []);
}
