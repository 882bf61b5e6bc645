// Accessibility matrix, the working file (rows with "file": "a11y-working" in
// core/src/accessibility/matrix.json): connected, the reconnect prompt after a reload, the
// question about a file changed elsewhere, each failed write's banner, a file put aside, and a
// browser without the File System Access API. The same OPFS harness as working-file.test.mjs.
import { FILE, connected, fakePickers, fileText, writeFile } from './support/working-file.mjs';
import { matrixFile } from './support/matrix.mjs';

const openPickers = (ctx, arg = {}) => ctx.open({ init: fakePickers, arg: { name: FILE, ...arg } });

/** Opens the "Filer" menu, where the working file's status and buttons are. */
const menu = async (ctx) => {
  if ((await ctx.page.locator('.file-menu[open]').count()) === 0) await ctx.page.click('.file-menu summary');
};

/** A fresh browser connected to the working file, whose next write fails by `breakIt`. */
const failed = (breakIt) => async (ctx) => {
  await openPickers(ctx);
  await connected(ctx.page);
  await ctx.page.evaluate(breakIt, FILE);
  await ctx.page.check('#now-3');
  await ctx.page.waitForSelector('.working-problem');
};

matrixFile('a11y-working', {
  'working-file/connected': async (ctx) => {
    await openPickers(ctx);
    await connected(ctx.page);
    await menu(ctx);
    await ctx.page.waitForSelector('.working-status');
  },
  'working-file/question': async (ctx) => {
    // A colleague's browser changes the file; a change here then asks instead of writing.
    const doc = JSON.parse(await fileText(ctx.page));
    doc.workspace.assessments[0].items.person = { now: { level: 5 } };
    await writeFile(ctx.page, JSON.stringify(doc, null, 2));
    // The open menu may cover the scale (large type in the projector theme): close it first.
    if ((await ctx.page.locator('.file-menu[open]').count()) > 0) await ctx.page.click('.file-menu summary');
    await ctx.page.check('#now-2');
    await ctx.page.waitForSelector('.working-question');
  },
  'working-file/reconnect': async (ctx) => {
    await openPickers(ctx);
    await connected(ctx.page);
    await ctx.page.reload();
    await ctx.page.waitForSelector('.working-reconnect', { state: 'attached' });
    await menu(ctx);
    await ctx.page.waitForSelector('.working-reconnect');
  },
  'working-file/permission': failed(() => { window.__granted = false; }),
  'working-file/missing': failed(async (name) => (await navigator.storage.getDirectory()).removeEntry(name)),
  'working-file/disk-full': failed(() => { window.__fail = 'QuotaExceededError'; }),
  'working-file/locked': failed(() => { window.__fail = 'NoModificationAllowedError'; }),
  'working-file/other': failed(() => { window.__fail = 'AbortError'; }),
  'working-file/put-aside': async (ctx) => {
    await openPickers(ctx);
    await connected(ctx.page);
    await writeFile(ctx.page, 'inte json');
    await ctx.page.check('#now-4');
    await ctx.page.waitForSelector('.working-problem');
  },
  'working-file/unsupported': async (ctx) => {
    await openPickers(ctx, { noApi: true });
    await ctx.page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await ctx.page.click('form.start-form button[type=submit]');
    await ctx.page.waitForSelector('#now-3');
    await menu(ctx);
    await ctx.page.waitForSelector('.working-unsupported');
  },
});
