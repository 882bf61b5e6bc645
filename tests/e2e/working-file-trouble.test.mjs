// The working file when things go wrong: writes that fail (permission withdrawn, the file
// deleted, the disk full, the file locked) say so in a banner, lose nothing and resume on
// reconnecting; a browser without the API keeps download and open and is told why; the about
// page shows the browser's storage. The same OPFS harness as working-file.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { FILE, audit, connected, fileText, fileWhere, first, inMenu, openWith, shoot, started, stored, writeFile } from './support/working-file.mjs';

describe('working file trouble', () => {
  const app = withApp();
  const open = () => openWith(app);

  test('failures: a banner says what happened, nothing is lost, writing resumes on reconnecting', async () => {
    const cases = [
      ['permission', (p) => p.evaluate(() => { window.__granted = false; }), /får inte längre spara i arbetsfilen/, 'Anslut arbetsfilen igen'],
      ['deleted', (p) => p.evaluate(async (n) => (await navigator.storage.getDirectory()).removeEntry(n), FILE), /finns inte längre där den var/, 'Välj en annan fil'],
      ['full', (p) => p.evaluate(() => { window.__fail = 'QuotaExceededError'; }), /disken är full/, 'Försök igen'],
      ['locked', (p) => p.evaluate(() => { window.__fail = 'NoModificationAllowedError'; }), /används av ett annat program/, 'Försök igen'],
    ];
    for (const [label, breakIt, pattern, button] of cases) {
      const { context, page, problems } = await open();
      await connected(page);
      await breakIt(page);
      await page.check('#now-3');
      await page.waitForSelector('.working-problem');
      const banner = await page.textContent('.working-problem');
      assert.match(banner, pattern, label);
      assert.match(banner, /Allt finns kvar i webbläsaren/);
      console.log(`${label}: ${banner}`);
      // Nothing lost: the change is in the browser.
      assert.deepEqual((await stored(page)).workspace.assessments[0].items.person.now, { level: 3 }, label);
      assert.equal(await page.getAttribute('.working-problem >> xpath=..', 'role'), 'alert');
      if (label === 'permission') {
        await audit(page, 'failed');
        await shoot(page, 'failed');
      }
      await page.check('#now-4');
      await page.evaluate(() => { window.__fail = null; });
      await page.click(`.working-problem button >> text=${button}`);
      await fileWhere(page, (d) => first(d).items.person?.now?.level === 4, 6000);
      assert.equal(await page.locator('.working-problem').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a browser without the File System Access API keeps download and open, and is told why', async () => {
    const { context, page, problems } = await openWith(app, { noApi: true });
    await started(page);
    assert.equal(await page.locator('.working-choose, .working-open').count(), 0);
    assert.match(await page.textContent('.working-unsupported'), /Den här webbläsaren kan inte uppdatera en fil automatiskt\. Det kan Edge och Chrome\./);
    assert.match(await page.textContent('.export-note'), /Inte sparat som fil ännu/);
    await page.check('#now-3');
    const [download] = await Promise.all([page.waitForEvent('download'), inMenu(page, 'button.save-file')]);
    assert.match(download.suggestedFilename(), /^Nära vård-kompassen – Vårdcentralen Nyköping – \d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(await page.locator('.file-open input').count(), 1);
    await audit(page, 'unsupported');
    await shoot(page, 'unsupported');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the about page shows what is stored and whether the browser promised to keep it', async () => {
    const { context, page, problems } = await open();
    // Persistent storage is asked for once something is saved, and only once.
    assert.equal(await page.evaluate(() => window.__persistAsked ?? 0), 0);
    await started(page);
    await page.check('#now-3');
    await page.waitForFunction(() => window.__persistAsked === 1);
    await page.check('#now-4');
    await page.click('.site-footer .link-button');
    await page.waitForSelector('.storage-used');
    assert.match(await page.textContent('.storage-used'), /^Appen använder \d+ (kB|MB) av de \d+ (kB|MB|GB) som webbläsaren ger den\.$/);
    const kept = await page.evaluate(() => navigator.storage.persisted());
    assert.match(await page.textContent('.storage-persisted'), kept ? /har lovat att behålla/ : /har inte lovat att behålla/);
    await audit(page, 'about');
    await shoot(page, 'about', '.storage-usage');
    assert.equal(await page.evaluate(() => window.__persistAsked), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
