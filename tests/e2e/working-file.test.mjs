// The working file ("arbetsfil"): every change written to a file the user chose, reconnected
// after a reload, opened on another computer, never written over when changed elsewhere, and
// failures said plainly with nothing lost. The browser's file pickers are replaced by an init
// script that returns real FileSystemFileHandles from the Origin Private File System (real
// writes, the same interface); the app has no test-only code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

const KEY = 'nara-vard-kompassen';
const FILE = 'arbetsfil.json';
const SHOTS = process.env.SHOTS ?? '/tmp/working-file-shots';
mkdirSync(SHOTS, { recursive: true });

/**
 * The pickers return the OPFS file `arbetsfil.json` (the save picker empties it, as choosing a
 * file to save in does). Permission behaves as in Chromium after a reload: asked again until
 * granted on a click (`window.__granted`); `window.__fail` makes the next writes fail with that
 * browser error, and `__granted = false` withdraws the permission.
 */
function fakePickers({ name, noApi }) {
  if (noApi) {
    delete window.showSaveFilePicker;
    delete window.showOpenFilePicker;
    return;
  }
  const handle = async () => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
  window.__granted = false;
  window.__fail = null;
  window.showSaveFilePicker = async (options) => {
    window.__suggested = options?.suggestedName;
    window.__granted = true;
    const h = await handle();
    const w = await h.createWritable();
    await w.close();
    return h;
  };
  window.showOpenFilePicker = async () => [await handle()];
  const proto = FileSystemHandle.prototype;
  proto.queryPermission = async function () {
    return window.__granted ? 'granted' : 'prompt';
  };
  proto.requestPermission = async function () {
    window.__granted = true;
    return 'granted';
  };
  const createWritable = FileSystemFileHandle.prototype.createWritable;
  FileSystemFileHandle.prototype.createWritable = async function (...args) {
    // A write from outside the app (the test playing a colleague) is not the app's.
    if (window.__outside) return createWritable.apply(this, args);
    if (!window.__granted) throw new DOMException('Permission withdrawn', 'NotAllowedError');
    if (window.__fail) throw new DOMException('Write failed', window.__fail);
    return createWritable.apply(this, args);
  };
}

/** The working file's content in this page's OPFS ('' when it is not there). */
const fileText = (page) =>
  page.evaluate(async (name) => {
    try {
      const root = await navigator.storage.getDirectory();
      return await (await (await root.getFileHandle(name)).getFile()).text();
    } catch {
      return '';
    }
  }, FILE);

/** Writes `text` as the working file, from outside the app. */
const writeFile = (page, text) =>
  page.evaluate(
    async ([name, content]) => {
      const root = await navigator.storage.getDirectory();
      window.__outside = true;
      const w = await (await root.getFileHandle(name, { create: true })).createWritable().finally(() => {
        window.__outside = false;
      });
      await w.write(content);
      await w.close();
    },
    [FILE, text],
  );

/** Waits until the file's content passes `check` (parsed JSON); returns it and how long it took. */
async function fileWhere(page, check, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const text = await fileText(page);
    let doc = null;
    try {
      doc = JSON.parse(text);
    } catch {}
    if (doc && check(doc)) return { doc, text, ms: Date.now() - start };
    if (Date.now() - start > timeout) assert.fail(`the working file never matched: ${text.slice(0, 400)}`);
    await page.waitForTimeout(100);
  }
}

const first = (doc) => doc.workspace.assessments[0];
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);

async function audit(page, label) {
  for (const lang of ['sv', 'en']) {
    await page.click(`.language-switch button[lang=${lang}]`);
    assert.deepEqual(await axeViolations(page), [], `${label} (${lang})`);
  }
  await page.click('.language-switch button[lang=sv]');
}

async function shoot(page, label) {
  for (const [w, h] of [[375, 667], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    assert.equal(await scrollsSideways(page), false, `${label} at ${w}`);
    await page.screenshot({ path: `${SHOTS}/${label}-${w}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('working file', () => {
  const app = withApp();

  const open = (context, opts = {}) => openPage(app.browser, app.server.url, { ...opts, init: fakePickers, arg: { name: FILE, ...opts.arg } });

  async function started(page) {
    await page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await page.click('form.start-form button[type=submit]');
    await page.waitForSelector('#now-3');
  }

  async function connected(page) {
    await started(page);
    await page.click('.working-choose');
    await fileWhere(page, (d) => first(d)?.unit === 'Vårdcentralen Nyköping');
    await page.waitForSelector('.working-status');
  }

  test('choose a working file: every change is in the file within two seconds; reload and reconnect with one click', async () => {
    const { context, page, problems } = await open();
    await started(page);
    assert.match(await page.textContent('.export-note'), /Inte sparat som fil ännu/);
    await page.click('.working-choose');
    assert.equal(await page.evaluate(() => window.__suggested), 'Nära vård-kompassen – Vårdcentralen Nyköping.json');
    const made = await fileWhere(page, (d) => first(d)?.unit === 'Vårdcentralen Nyköping');
    // The same format as "Spara som fil".
    assert.equal(made.doc.schema, 1);
    assert.match(made.doc.exported, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(made.doc.workspace.assessments.length, 1);
    await page.waitForFunction(() => /senast kl\. \d\d:\d\d/.test(document.querySelector('.working-status')?.textContent ?? ''));
    assert.match(await page.textContent('.working-status'), /^Sparas också i ”arbetsfil\.json”, senast kl\. \d\d:\d\d$/);
    // While the file is connected there is no reminder to save a file.
    assert.equal(await page.locator('.export-note').count(), 0);

    await page.check('#now-3');
    const rated = await fileWhere(page, (d) => first(d).items.person?.now?.level === 3);
    assert.ok(rated.ms < 2500, `written ${rated.ms} ms after the change`);
    await page.check('#target-5');
    await fileWhere(page, (d) => first(d).items.person?.target?.level === 5);
    await page.fill('#question-0', 'Kontinuitet för äldre');
    await fileWhere(page, (d) => first(d).items.person?.answers?.[0] === 'Kontinuitet för äldre');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    await fileWhere(page, (d) => first(d).actions?.[0]?.what === 'Fast vårdkontakt');
    await audit(page, 'connected');
    await shoot(page, 'connected');

    // Next visit: the browser asks again; one click reconnects and writing goes on.
    await page.reload();
    await page.waitForSelector('.working-reconnect');
    assert.match(await page.textContent('.working-status'), /Arbetsfilen ”arbetsfil\.json” är inte ansluten/);
    await audit(page, 'remembered');
    await shoot(page, 'remembered');
    await page.click('.working-reconnect');
    await page.waitForFunction(() => /Sparas också i/.test(document.querySelector('.working-status')?.textContent ?? ''));
    await page.check('#now-4');
    await fileWhere(page, (d) => first(d).items.person?.now?.level === 4 && first(d).actions?.length === 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('open the working file in a fresh browser and continue there', async () => {
    const one = await open();
    await connected(one.page);
    await one.page.check('#now-2');
    const { text } = await fileWhere(one.page, (d) => first(d).items.person?.now?.level === 2);
    await one.context.close();

    // Another computer: nothing in this browser; the same file (copied into its OPFS).
    const other = await open();
    await writeFile(other.page, text);
    assert.equal(await other.page.locator('.working-choose').count(), 0);
    await other.page.click('.working-open');
    await other.page.waitForFunction(() => /Sparas också i ”arbetsfil\.json”, senast/.test(document.querySelector('.working-status')?.textContent ?? ''));
    const here = await stored(other.page);
    assert.equal(here.workspace.assessments.length, 1);
    assert.equal(here.workspace.assessments[0].unit, 'Vårdcentralen Nyköping');
    assert.deepEqual(here.workspace.assessments[0].items.person.now, { level: 2 });
    // The list of what came in; then continue: a change made here reaches the file.
    await other.page.waitForSelector('.history-view');
    await other.page.click('.view-nav li:first-child button');
    await other.page.click('.step-nav li:nth-child(2) button');
    await other.page.waitForSelector('#now-5');
    await other.page.check('#now-5');
    await fileWhere(other.page, (d) => first(d).items.person?.now?.level === 5);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  test('a file changed elsewhere is never overwritten: the question, then the choice per assessment', async () => {
    const { context, page, problems } = await open();
    await connected(page);
    await page.check('#now-2');
    const { doc } = await fileWhere(page, (d) => first(d).items.person?.now?.level === 2);
    // A colleague's browser writes the file: the level 5, and another unit's assessment.
    const theirs = structuredClone(doc);
    first(theirs).items.person.now = { level: 5 };
    theirs.workspace.assessments.push({ ...structuredClone(first(doc)), id: 'x9', unit: 'Hemtjänsten Väst', actions: [] });
    const outside = JSON.stringify(theirs, null, 2);
    await writeFile(page, outside);
    // A change here: the app reads the file first and asks instead of writing.
    await page.check('#now-3');
    await page.waitForSelector('.working-question');
    assert.equal(await fileText(page), outside);
    const rows = page.locator('.working-difference legend');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /^Vårdcentralen Nyköping, \d{4}-\d{2}-\d{2} – Ändrad både här och i filen$/);
    assert.match(await rows.nth(1).textContent(), /^Hemtjänsten Väst, \d{4}-\d{2}-\d{2} – Finns bara i filen$/);
    // What differs, in short: the two sides of each.
    assert.deepEqual(await page.locator('.working-sides').nth(1).locator('li').allTextContents(), ['Här: finns inte', 'I filen: 1 område besvarat, 0 åtgärder']);
    // Nothing made here is lost by default: keep both for the one changed on both sides.
    assert.equal(await page.isChecked('#working-choice-0-0'), true);
    assert.equal(await page.isChecked('#working-choice-1-1'), true);
    assert.match(await page.textContent('.working-status'), /uppdateras inte just nu/);
    await audit(page, 'question');
    await shoot(page, 'question');
    // Another change while asking is not written either.
    await page.check('#target-4');
    await page.waitForTimeout(1500);
    assert.equal(await fileText(page), outside);
    // Take the file's version of the first; add the second.
    await page.check('#working-choice-0-1');
    await page.click('.working-apply');
    const merged = await fileWhere(page, (d) => d.workspace.assessments.length === 2 && first(d).items.person?.now?.level === 5);
    assert.deepEqual(merged.doc.workspace.assessments.map((a) => a.unit), ['Vårdcentralen Nyköping', 'Hemtjänsten Väst']);
    const here = await stored(page);
    assert.deepEqual(here.workspace.assessments.map((a) => a.items.person?.now?.level), [5, 2]);
    assert.equal(await page.locator('.working-question').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a file from a newer version or unreadable is put aside, not written over', async () => {
    for (const [content, pattern] of [
      ['{"schema": 9, "workspace": {}}', /”arbetsfil\.json” är sparad av en nyare version av appen\. Den lämnas orörd/],
      ['inte json', /”arbetsfil\.json” går inte att läsa som en fil från Nära vård-kompassen\. Den lämnas orörd/],
    ]) {
      const { context, page, problems } = await open();
      await connected(page);
      await writeFile(page, content);
      await page.check('#now-4');
      await page.waitForSelector('.working-problem');
      assert.match(await page.textContent('.working-problem'), pattern);
      assert.equal(await fileText(page), content);
      assert.deepEqual((await stored(page)).workspace.assessments[0].items.person.now, { level: 4 });
      await audit(page, 'put-aside');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

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
    const { context, page, problems } = await openPage(app.browser, app.server.url, { init: fakePickers, arg: { noApi: true } });
    await started(page);
    assert.equal(await page.locator('.working-choose, .working-open').count(), 0);
    assert.match(await page.textContent('.working-unsupported'), /Den här webbläsaren kan inte uppdatera en fil automatiskt\. Det kan Edge och Chrome\./);
    assert.match(await page.textContent('.export-note'), /Inte sparat som fil ännu/);
    await page.check('#now-3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.save-file')]);
    assert.match(download.suggestedFilename(), /^Nära vård-kompassen – Vårdcentralen Nyköping – \d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(await page.locator('.file-open input').count(), 1);
    await audit(page, 'unsupported');
    await shoot(page, 'unsupported');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the about page shows what is stored and whether the browser promised to keep it', async () => {
    const { context, page, problems } = await open();
    await started(page);
    await page.check('#now-3');
    await page.click('.site-footer .link-button');
    await page.waitForSelector('.storage-used');
    assert.match(await page.textContent('.storage-used'), /^Appen använder \d+ (kB|MB) av de \d+ (kB|MB|GB) som webbläsaren ger den\.$/);
    const kept = await page.evaluate(() => navigator.storage.persisted());
    assert.match(await page.textContent('.storage-persisted'), kept ? /har lovat att behålla/ : /har inte lovat att behålla/);
    await audit(page, 'about');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
