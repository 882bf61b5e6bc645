// Accessibility matrix, the states a user meets around the views (rows with "file":
// "a11y-states" in core/src/accessibility/matrix.json): every storage banner, the update
// prompt, the embedded mode, every bad-file message and the import's question and undo.
import { readFileSync } from 'node:fs';
import { KEY, seedDocument, seedOnce } from './support/seed.mjs';
import { matrixFile } from './support/matrix.mjs';

const V1 = readFileSync(new URL('../../core/tests/fixtures/saved-v1.json', import.meta.url), 'utf8');
const NEWER = '{"schema": 99, "app": "9.0.0", "workspace": {"framework_id": "sormland-2035"}}';

const banner = async (ctx, init, arg) => {
  await ctx.open({ init, arg });
  await ctx.page.waitForSelector('.banners .banner, .storage-problem');
};

/** Chooses a file in the "Filer" menu and waits for the app's answer. */
const choose = (name, text, answer = '.file-error') => async (ctx) => {
  if ((await ctx.page.locator('.file-menu[open]').count()) === 0) await ctx.page.click('.file-menu summary');
  await ctx.page.evaluate(() => document.querySelector('.file-error')?.remove());
  await ctx.page.setInputFiles('.file-open input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await ctx.page.waitForSelector(answer);
};

matrixFile('a11y-states', {
  'banners/storage-blocked': (ctx) => banner(ctx, () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }),
  'banners/storage-full': (ctx) => banner(ctx, () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  }),
  'banners/unreadable': (ctx) => banner(ctx, seedOnce, [KEY, '{"schema":1,"workspace":{"framework_id": oops']),
  'banners/newer': (ctx) => banner(ctx, seedOnce, [KEY, NEWER]),
  'banners/newer-other-tab': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    const other = await ctx.context.newPage();
    await other.goto(`${ctx.app.server.url}missing-page-so-no-app-runs`).catch(() => {});
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, NEWER]);
    await other.close();
    await ctx.page.waitForSelector('.storage-problem');
  },
  'banners/update': async (ctx) => {
    await ctx.open();
    await ctx.page.evaluate(() => {
      // What www/sw-register.js does when a new build has installed (offline.test.mjs runs the real one).
      document.documentElement.setAttribute('data-update', 'ready');
      window.dispatchEvent(new Event('nvk-update'));
    });
    await ctx.page.waitForSelector('.update-ready');
  },
  'banners/embedded': async (ctx) => {
    await ctx.open();
    await ctx.page.setContent(`<!doctype html><html lang="sv"><head><title>Intranät</title></head><body><main><h1>Intranät</h1><iframe title="Nära vård-kompassen" src="${ctx.url()}" style="width:100%;height:3000px;border:0"></iframe></main></body></html>`);
    const frame = ctx.page.frames().find((f) => f !== ctx.page.mainFrame());
    await frame.waitForSelector('main#main h1');
    await frame.click('.file-menu summary');
    await frame.waitForSelector('.embedded-note');
    ctx.frame = frame;
  },
  'bad-files/too-large': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    await choose('stor.json', ' '.repeat(8 * 1024 * 1024 + 1))(ctx);
  },
  'bad-files/not-json': choose('bild.png', '\u0089PNG\r\n\u001a\n\u0000\u0000binary'),
  'bad-files/no-schema': choose('annan.json', '{"name": "en annan app"}'),
  'bad-files/newer-schema': choose('ny.json', '{"schema": 5, "workspace": {}}'),
  'bad-files/not-object': choose('lista.json', '[1, 2, 3]'),
  'bad-files/level': choose('nivå.json', V1.replace('{ "level": 2 }', '{ "level": 9 }')),
  'bad-files/date': choose('datum.json', V1.replace('2025-03-01', '2025-02-30')),
  'bad-files/missing-field': choose('fält.json', V1.replace('"framework_id"', '"ramverk"')),
  'bad-files/unknown-value': choose('status.json', V1.replace('"status": "done"', '"status": "klar"')),
  'bad-files/wrong-type': choose('typ.json', V1.replace('{ "level": 2 }', '{ "level": "två" }')),
  'bad-files/empty': choose('tom.json', '{"schema":1,"workspace":{"framework_id":"sormland-2035"}}'),
  'bad-files/unknown-framework': choose('ramverk.json', V1.replaceAll('"sormland-2035"', '"okant-ramverk"')),
  'bad-files/unknown-item': choose('okänd.json', V1.replace('"tillit"', '"tilit"')),
  'bad-files/duplicate': choose('kopia.json', seedDocument(), '#duplicate-heading'),
  'bad-files/imported': async (ctx) => {
    await ctx.page.click('.duplicate-prompt button >> nth=1');
    await ctx.page.waitForSelector('.file-status button');
  },
});
