// One release-bundle server and one Chromium per test file, started before its tests and
// stopped after them.
import { after, before } from 'node:test';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

/** Registers the hooks; the returned object has `server` and `browser` once tests run. */
export function withApp(serverOptions = {}) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist(serverOptions);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
