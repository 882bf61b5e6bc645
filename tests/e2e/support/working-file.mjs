// The working file's end-to-end harness: the browser's file pickers replaced by real handles
// from the Origin Private File System, the file read and written from outside the app, and the
// checks every working-file test uses.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { axeViolations, openPage, scrollsSideways } from './browser.mjs';

export const KEY = 'nara-vard-kompassen';
export const FILE = 'arbetsfil.json';
export const SHOTS = process.env.SHOTS ?? '/tmp/working-file-shots';
mkdirSync(SHOTS, { recursive: true });

/**
 * The pickers return the OPFS file `arbetsfil.json` (the save picker empties it, as choosing a
 * file to save in does). Permission behaves as in Chromium after a reload: asked again until
 * granted on a click (`window.__granted`); `window.__fail` makes the next writes fail with that
 * browser error, and `__granted = false` withdraws the permission.
 */
export function fakePickers({ name, noApi }) {
  // Counts the app's requests for persistent storage (the browser's own answer is kept).
  const persist = StorageManager.prototype.persist;
  StorageManager.prototype.persist = function () {
    window.__persistAsked = (window.__persistAsked ?? 0) + 1;
    return persist.call(this);
  };
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
export const fileText = (page) =>
  page.evaluate(async (name) => {
    try {
      const root = await navigator.storage.getDirectory();
      return await (await (await root.getFileHandle(name)).getFile()).text();
    } catch {
      return '';
    }
  }, FILE);

/** Writes `text` as the working file, from outside the app. */
export const writeFile = (page, text) =>
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
export async function fileWhere(page, check, timeout = 5000) {
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

export const first = (doc) => doc.workspace.assessments[0];
export const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);

export async function audit(page, label) {
  for (const lang of ['sv', 'en']) {
    await page.click(`.language-switch button[lang=${lang}]`);
    assert.deepEqual(await axeViolations(page), [], `${label} (${lang})`);
  }
  await page.click('.language-switch button[lang=sv]');
}

/** Screenshots at phone and laptop size (with `focus` scrolled into view), nothing sideways. */
export async function shoot(page, label, focus) {
  for (const [w, h] of [[375, 667], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    assert.equal(await scrollsSideways(page), false, `${label} at ${w}`);
    if (focus) await page.locator(focus).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${label}-${w}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A fresh browser context with the pickers replaced (`arg.noApi`: with no pickers at all). */
export const openWith = (app, arg = {}) =>
  openPage(app.browser, app.server.url, { init: fakePickers, arg: { name: FILE, ...arg } });

export async function started(page) {
  await page.fill('#unit-name', 'Vårdcentralen Nyköping');
  await page.click('form.start-form button[type=submit]');
  await page.waitForSelector('#now-3');
}

/** Clicks `selector` in the "Filer" menu, opening the menu first (as a user does). */
export async function inMenu(page, selector) {
  if ((await page.locator('.file-menu[open]').count()) === 0) await page.click('.file-menu summary');
  await page.click(selector);
}

export async function connected(page) {
  await started(page);
  await inMenu(page, '.working-choose');
  await fileWhere(page, (d) => first(d)?.unit === 'Vårdcentralen Nyköping');
  await page.waitForSelector('.working-status');
}
