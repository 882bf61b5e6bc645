// Two tabs of one browser share one saved workspace: each takes over what the other saves, so
// neither overwrites the other's work, and an erase in one is not undone by the other.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';

const KEY = 'nara-vard-kompassen';

describe('two tabs', () => {
  const app = withApp();

  test('work in either tab is kept; an erase in one stays erased', async () => {
    const { context, page: a, problems } = await openPage(app.browser, app.server.url);
    const b = await context.newPage();
    b.on('pageerror', (err) => problems.push(`tab b: ${err.message}`));
    await b.goto(app.server.url);
    await b.waitForSelector('main#main h1');
    const saved = () => a.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"workspace":{"assessments":[]}}').workspace, KEY);
    const views = (page) => page.getByRole('navigation', { name: 'Vyer' });

    // Tab A starts an assessment; tab B, open all along, learns of it.
    await a.fill('#unit-name', 'Hemtjänsten Väst');
    await a.click('form.start-form button[type=submit]');
    await a.check('#now-3');
    await views(b).getByRole('button', { name: 'Sparade bedömningar' }).waitFor();

    // Tab B starts another unit's assessment. Tab A stays on its own step, and its next change
    // is saved on top of B's work instead of over it.
    // (The test's own listener in tab A runs after the app's, which was added at start-up.)
    await a.evaluate(() => {
      window.__fromB = new Promise((resolve) => addEventListener('storage', (e) => {
        if (e.newValue?.includes('"level":5')) requestAnimationFrame(() => resolve());
      }));
    });
    await b.fill('#unit-name', 'Vårdcentralen Flen');
    await b.click('form.start-form button[type=submit]');
    await b.check('#now-5');
    await a.evaluate(() => window.__fromB);
    assert.equal(await a.isChecked('#now-3'), true, 'tab A is still on its own assessment');
    await a.check('#now-4');
    const both = await saved();
    assert.deepEqual(
      both.assessments.map((x) => [x.unit, x.items.person?.now]),
      [['Hemtjänsten Väst', { level: 4 }], ['Vårdcentralen Flen', { level: 5 }]],
    );

    // "Radera mina uppgifter" in tab B: tab A goes back to an empty start, and its next change
    // does not bring the erased assessments back.
    await b.click('footer .link-button');
    await b.click('button.erase');
    await b.click('text=Ja, radera allt');
    await views(a).getByRole('button', { name: 'Sparade bedömningar' }).waitFor({ state: 'detached' });
    await a.fill('#unit-name', 'Ny enhet');
    await a.click('form.start-form button[type=submit]');
    await a.check('#now-2');
    assert.deepEqual((await saved()).assessments.map((x) => x.unit), ['Ny enhet']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('what a newer version saved in another tab is never overwritten', async () => {
    const { context, page: a, problems } = await openPage(app.browser, app.server.url);
    await a.fill('#unit-name', 'Hemtjänsten Väst');
    await a.click('form.start-form button[type=submit]');
    await a.check('#now-3');
    // Another tab runs a newer version of the app and saves in a form this one cannot read.
    const newer = '{"schema": 99, "app": "9.0.0", "workspace": {"framework_id": "sormland-2035"}}';
    const b = await context.newPage();
    await b.goto(`${app.server.url}missing-page-so-no-app-runs`).catch(() => {});
    await b.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
    const banner = a.locator('.storage-problem');
    await banner.waitFor();
    assert.match(await banner.textContent(), /En nyare version av appen har sparat i en annan flik/);
    assert.equal((await a.textContent('.save-status')).trim(), 'Inte sparat');
    // This tab keeps working in memory, offers its work as a file, and leaves the newer data be.
    await a.check('#now-4');
    assert.equal(await a.isChecked('#now-4'), true);
    assert.equal(await a.evaluate((k) => localStorage.getItem(k), KEY), newer);
    const [download] = await Promise.all([a.waitForEvent('download'), banner.locator('button').click()]);
    const file = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
    assert.deepEqual(file.workspace.assessments[0].items.person.now, { level: 4 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
