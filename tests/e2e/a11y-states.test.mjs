// Accessibility matrix, the states a user meets around the views (rows with "file":
// "a11y-states" in core/src/accessibility/matrix.json): every storage banner, the update
// prompt, the embedded mode and an invalid site configuration.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist } from './support/server.mjs';
import { KEY, seedDocument, seedOnce } from './support/seed.mjs';
import { BROKEN_SITE } from './support/site.mjs';
import { matrixFile } from './support/matrix.mjs';

const NEWER = '{"schema": 99, "app": "9.0.0", "workspace": {"framework_id": "sormland-2035"}}';

const banner = async (ctx, init, arg) => {
  await ctx.open({ init, arg });
  await ctx.page.waitForSelector('.banners .banner, .storage-problem');
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
  'banners/site-invalid': async (ctx) => {
    // The release bundle with that site.json beside index.html, from a server of its own (what
    // the service worker keeps is what that server gives).
    await ctx.open({ url: `${ctx.shared.site.url}?lang=${ctx.lang}&tema=${ctx.theme}` });
    await ctx.page.waitForSelector('.site-problems');
  },
}, {
  prepare: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nvk-a11y-site-'));
    cpSync(DIST, dir, { recursive: true });
    writeFileSync(join(dir, 'site.json'), JSON.stringify(BROKEN_SITE));
    const site = await serveDist({ root: dir });
    return { site, close: async () => { await site.close(); rmSync(dir, { recursive: true, force: true }); } };
  },
});
