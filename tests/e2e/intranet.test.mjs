// Intranet-ready: served under a sub-path with the strict Content-Security-Policy, no request to
// any other origin, no cookies, and embedded in an iframe on another origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { policyFor } from '../../scripts/csp.mjs';
import { DIST, serveDist } from './support/server.mjs';
import { launch, openPage } from './support/browser.mjs';

const BASE = '/sites/narvard/kompass/';
const POLICY = policyFor(readFileSync(`${DIST}/index.html`, 'utf8'));

/** Records every CSP violation the page reports. */
function watchPolicy() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

describe('intranet-ready', () => {
  let server;
  let host;
  let browser;
  before(async () => {
    server = await serveDist({ base: BASE, headers: { 'Content-Security-Policy': POLICY } });
    browser = await launch();
    // Another origin (another port), as an intranet page that embeds the app.
    host = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="sv"><head><title>Intranät</title></head><body>
        <h1>Vår enhet</h1><iframe title="Nära vård-kompassen" src="${server.url}" style="width:100%;height:600px;border:0"></iframe>
        <script>addEventListener('message', (e) => { if (e.data && e.data.type === 'nara-vard-kompassen:height') {
          document.querySelector('iframe').style.height = e.data.height + 'px'; window.__height = e.data.height; } });</script>
        </body></html>`);
    });
    await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((ok) => host?.close(ok));
  });

  test('under a sub-path with the strict CSP: every view works, no violation, no other origin, no cookie', async () => {
    const requests = [];
    const { page, problems, context } = await openPage(browser, server.url, { init: watchPolicy });
    page.on('request', (r) => requests.push(r.url()));
    await page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.check('#target-5');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    await page.click('.step-nav li:last-child button');
    assert.equal(await page.locator('figure.radar svg').count(), 2);
    await page.click('.share-button');
    const downloads = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await Promise.all([page.waitForEvent('download'), page.click('button.save-file')]);
    await Promise.all([page.waitForEvent('download'), page.click('button.save-csv')]);
    for (const name of ['Utveckling över tid', 'Bedömningar', 'Sammanställning']) {
      await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name }).click();
      await page.waitForSelector('#step-heading');
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'no request to another origin');
    assert.ok(server.requests.every((u) => u.startsWith(BASE)), `every request under ${BASE}: ${server.requests}`);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(downloads.length, 2);
    assert.equal(await page.locator('.embedded-note').count(), 0, 'not embedded: no note about it');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('embedded in an iframe on another origin: no page chrome, works, tells the host its height', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchPolicy);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#unit-name').fill('Hemtjänsten Väst');
    await frame.locator('form.start-form button[type=submit]').click();
    await frame.locator('#now-2').check();
    assert.equal(await frame.locator('#now-2').isChecked(), true);
    assert.equal(await frame.locator('html.embedded').count(), 1);
    assert.equal(await frame.locator('.brand').isVisible(), false, 'no own page chrome');
    assert.match(await frame.locator('.embedded-note').textContent(), /håller det du sparar här skilt från appens egen sida/);
    await page.waitForFunction(() => window.__height > 600);
    const iframeHeight = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    assert.ok(iframeHeight > 600, `the host fitted the iframe to ${iframeHeight}px`);
    const violations = await frame.locator('html').evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
