// Intranet-ready: served under a sub-path with the strict Content-Security-Policy, no request to
// any other origin, no cookies, and embedded in an iframe on another origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { sitePolicy } from '../../scripts/csp.mjs';
import { DIST, serveDist } from './support/server.mjs';
import { launch, openPage } from './support/browser.mjs';

const BASE = '/sites/narvard/kompass/';
const POLICY = sitePolicy(DIST);

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

  /** A page of the app under the strict CSP, with every request it makes recorded. */
  async function strictPage(url, options = {}) {
    const opened = await openPage(browser, url, { ...options, init: watchPolicy });
    const requests = [];
    opened.page.on('request', (r) => requests.push(r.url()));
    return { ...opened, requests };
  }

  /** No CSP violation, no request to another origin or outside the sub-path, no cookie, no error. */
  async function assertStrict({ page, context, problems, requests }) {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const origin = new URL(server.url).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'no request to another origin');
    assert.ok(server.requests.every((u) => u.startsWith(BASE)), `every request under ${BASE}: ${server.requests}`);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
  }

  /** The heading the view shows (its only h1). */
  const heading = async (page) => {
    await page.waitForSelector('main#main h1');
    assert.equal(await page.locator('h1').count(), 1, 'one h1 per view');
    return (await page.textContent('h1')).trim();
  };

  const view = (page, name) => page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name, exact: true }).click();

  test('under a sub-path with the strict CSP: every view works, no violation, no other origin, no cookie', async () => {
    const strict = await strictPage(server.url);
    const { page, context } = strict;
    assert.equal(await heading(page), 'Var står ni i omställningen till nära vård?');
    await page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await page.click('form.start-form button[type=submit]');
    assert.equal(await heading(page), 'Från organisation till person och relation');
    await page.check('#now-3');
    await page.check('#target-5');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    await page.click('.step-nav li:last-child button');
    assert.equal(await heading(page), 'Resultat: Sörmland 2035');
    // Only a shift is rated: the shifts' radar, and none for the factors.
    assert.equal(await page.locator('figure.radar svg').count(), 1);
    await page.click('.share-button');
    const downloads = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.click('.file-menu summary');
    await Promise.all([page.waitForEvent('download'), page.click('button.save-file')]);
    // The menu closes after an action done at once; it opens again for the next.
    await page.click('.file-menu summary');
    await Promise.all([page.waitForEvent('download'), page.click('button.save-csv')]);
    for (const [name, expected] of [
      ['Utveckling över tid', 'Utveckling över tid: Vårdcentralen Nyköping'],
      ['Sparade bedömningar', 'Sparade bedömningar'],
      ['Sammanställning', 'Sammanställning för flera enheter'],
      ['Workshop', 'Workshop'],
    ]) {
      await view(page, name);
      await page.waitForFunction((h) => document.querySelector('h1')?.textContent.trim() === h, expected);
      assert.equal(await heading(page), expected, name);
    }
    await page.click('footer .link-button');
    assert.equal(await heading(page), 'Tillgänglighet och dina uppgifter');
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    assert.equal(await heading(page), 'Accessibility and your data');
    await assertStrict(strict);
    assert.equal(downloads.length, 2);
    assert.equal(await page.locator('.embedded-note').count(), 0, 'not embedded: no note about it');
    await context.close();
  });

  test('under the strict CSP: a workshop with its QR codes, the about page, a file import and a share link', async () => {
    // The facilitator sets up a workshop: the join link and its QR code.
    const lead = await strictPage(server.url);
    await view(lead.page, 'Workshop');
    await lead.page.fill('#ws-unit', 'Vårdcentralen Ekbacken');
    await lead.page.click('text=Starta workshopen');
    await lead.page.waitForSelector('.workshop-join');
    const link = await lead.page.textContent('.join-link code');
    assert.ok(link.startsWith(`${server.url}`) && link.includes('#workshop='), link);
    const id = link.match(/workshop=([0-9A-Z]{3})/)[1];
    assert.equal(await heading(lead.page), `Workshop ${id}`);
    assert.equal(await lead.page.locator('.workshop-join svg.qr-code path').count(), 1, 'the QR code is drawn');

    // A phone joins by the link, rates, and shows its answer code with a QR code.
    const phone = await strictPage(link, { viewport: { width: 375, height: 667 } });
    assert.equal(await heading(phone.page), `Workshop ${id}`);
    await phone.page.check('#delta-0-nu-3');
    // One item per screen: on to the last, then the code.
    while ((await phone.page.locator('text=Klar – visa min svarskod').count()) === 0) await phone.page.click('text=Nästa');
    await phone.page.click('text=Klar – visa min svarskod');
    const code = await phone.page.textContent('.answer-code');
    assert.ok(code.startsWith(id), code);
    assert.equal(await phone.page.locator('.participant svg.qr-code path').count(), 1, 'the code as a QR code');
    await assertStrict(phone);
    await phone.context.close();

    // The facilitator collects the code.
    await lead.page.fill('#paste-codes', code);
    await lead.page.click('text=Lägg till koderna');
    assert.equal(await lead.page.textContent('.collected-count'), '1 svar insamlat');

    // The about page.
    await lead.page.click('footer .link-button');
    assert.equal(await heading(lead.page), 'Tillgänglighet och dina uppgifter');
    assert.ok((await lead.page.locator('.about-view h3').count()) >= 6);
    await assertStrict(lead);
    await lead.context.close();

    // A file import, then a share link opened on another device.
    const V1 = readFileSync(new URL('../../core/tests/fixtures/saved-v1.json', import.meta.url), 'utf8');
    const reader = await strictPage(server.url);
    await reader.page.fill('#unit-name', 'Hemtjänsten Väst');
    await reader.page.click('form.start-form button[type=submit]');
    await reader.page.check('#now-2');
    await reader.page.setInputFiles('.file-open input', { name: 'säkerhetskopia.json', mimeType: 'application/json', buffer: Buffer.from(V1) });
    await reader.page.waitForFunction(() => /lästes in/.test(document.querySelector('.file-status')?.textContent ?? ''));
    assert.match(await reader.page.textContent('.file-status'), /^3 bedömningar lästes in från ”säkerhetskopia\.json”\./);
    const stored = JSON.parse(await reader.page.evaluate(() => localStorage.getItem('nara-vard-kompassen')));
    assert.equal(stored.workspace.assessments.length, 4);
    await view(reader.page, 'Sparade bedömningar');
    assert.equal(await heading(reader.page), 'Sparade bedömningar');
    assert.equal(await reader.page.locator('.history-table tbody tr').count(), 1, 'this unit: its own assessment');
    await view(reader.page, 'Självskattning');
    await reader.page.click('.step-nav li:last-child button');
    assert.equal(await heading(reader.page), 'Resultat: Sörmland 2035');
    await reader.page.click('.share-button');
    const share = await reader.page.inputValue('#share-link');
    assert.ok(share.startsWith(server.url) && share.includes('#dela='), share);
    await assertStrict(reader);
    await reader.context.close();

    const other = await strictPage(share);
    assert.equal(await heading(other.page), 'Delad bedömning (skrivskyddad)');
    assert.match(await other.page.textContent('.unit-line'), /^Hemtjänsten Väst, /);
    assert.equal(await other.page.locator('figure.radar svg').count(), 1);
    await other.page.click('text=Läs in den här bedömningen');
    assert.equal(await other.page.textContent('.shared-view [role=status]'), 'Bedömningen lästes in i den här webbläsaren.');
    await assertStrict(other);
    await other.context.close();
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
    // Chromium refuses file pickers to a frame of another origin: no working file is offered there.
    assert.equal(await frame.locator('.working-choose, .working-open, .working-unsupported').count(), 0);
    await page.waitForFunction(() => window.__height > 600);
    const iframeHeight = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    assert.ok(iframeHeight > 600, `the host fitted the iframe to ${iframeHeight}px`);
    const violations = await frame.locator('html').evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
