// Offline after the first visit, and "Ny version finns" when a new build is on the server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceWorker } from '../../scripts/service-worker.mjs';
import { DIST, serveDist } from './support/server.mjs';
import { axeViolations, launch } from './support/browser.mjs';

/** A copy of the release bundle that a test may rebuild. */
function site() {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-offline-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'sw.js'), serviceWorker(dir));
  return dir;
}

async function firstVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  // The worker has installed this build's files and taken control of the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return { context, page, problems };
}

describe('offline and updates', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('after the first visit the app opens and works with the server gone', async () => {
    const dir = site();
    const server = await serveDist({ root: dir, port: 0 });
    const { context, page, problems } = await firstVisit(browser, `${server.url}?lang=sv`);
    // The worker fills its cache with what the page has just loaded, not downloading it again
    // (this server sends no validators); the participant page's files it fetches once.
    const fetched = (pattern) => server.requests.filter((u) => pattern.test(u)).length;
    assert.equal(fetched(/nara-vard-kompassen-[0-9a-f]+_bg\.wasm$/), 1, server.requests.join(' '));
    assert.equal(fetched(/nara-vard-kompassen-[0-9a-f]+\.js$/), 1, server.requests.join(' '));
    assert.equal(fetched(/participant-[0-9a-f]+_bg\.wasm$/), 1, server.requests.join(' '));
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await server.close();
    await page.reload();
    await page.waitForSelector('.item-step');
    assert.equal(await page.isChecked('#now-3'), true);
    await page.click('.step-nav li:last-child button');
    // One shift rated: its radar (a kind with nothing rated gets none).
    assert.equal(await page.locator('figure.radar svg').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('site.json: an edit after the build counts at the next visit, and the last copy serves offline', async (t) => {
    const dir = site();
    const settings = (name) => JSON.stringify({ format: 'nara-vard-kompassen/site', version: 1, organisation: { sv: name } });
    writeFileSync(join(dir, 'site.json'), settings('Region Före'));
    const server = await serveDist({ root: dir, port: 0 });
    t.after(() => server.close());
    const { context, page, problems } = await firstVisit(browser, `${server.url}?lang=sv`);
    const publisher = async () => {
      await page.waitForSelector('main#main h1');
      await page.click('.site-footer .link-button');
      await page.waitForSelector('.site-contact');
      return page.textContent('.site-contact');
    };
    assert.match(await publisher(), /^Region Före publicerar/);
    // The admin edits the file after the build: the next visit reads the new one.
    writeFileSync(join(dir, 'site.json'), settings('Region Efter'));
    await page.reload();
    assert.match(await publisher(), /^Region Efter publicerar/);
    // Offline, the last copy seen.
    await server.close();
    await page.reload();
    assert.match(await publisher(), /^Region Efter publicerar/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a new build on the server: "Ny version finns", and taking it reloads on the new files only', async (t) => {
    const dir = site();
    const server = await serveDist({ root: dir });
    t.after(() => server.close());
    const { context, page, problems } = await firstVisit(browser, server.url);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    // A new build: another index.html, so another version of the worker and its cache.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<meta name="build" content="2" /></head>'));
    writeFileSync(join(dir, 'sw.js'), serviceWorker(dir));
    await page.reload();
    await page.waitForSelector('.update-ready', { timeout: 20000 });
    assert.equal(await page.textContent('.update-ready p'), 'Ny version finns.');
    assert.deepEqual(await axeViolations(page), []);
    await Promise.all([page.waitForNavigation(), page.click('.update-ready button')]);
    await page.waitForSelector('main#main h1');
    await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old), before[0]);
    assert.equal(await page.getAttribute('meta[name=build]', 'content'), '2');
    assert.equal(await page.locator('.update-ready').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
