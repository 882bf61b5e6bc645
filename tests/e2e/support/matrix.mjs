// Runs the rows of the accessibility matrix (core/src/accessibility/matrix.json) that name one
// test file: one test per language × screen × theme, each with one page that moves through the
// file's states in the matrix's order (a state that needs a fresh browser opens one), auditing
// each with every check of support/audits.mjs. axe's "incomplete" results are printed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './suite.mjs';
import { openPage } from './browser.mjs';
import { MATRIX, auditRow } from './audits.mjs';

/** The app's words in the test's language. */
export const say = (lang, sv, en) => (lang === 'en' ? en : sv);

/**
 * Registers the matrix tests of `file` (without `.test.mjs`). `reach` maps "view/state" to an
 * async function that brings the page to that state: it gets the context `ctx` with `page`,
 * `lang`, `theme`, `screen`, `app`, `url(extra)`, `open({ hash, query, init, arg })` (a fresh
 * browser context on the app with the language and theme in the address) and `frame` (what is
 * audited: the page, or the app's frame when embedded). `prepare(app)` runs once before.
 */
export function matrixFile(file, reach, { prepare } = {}) {
  const views = MATRIX.views.filter((v) => v.file === file);
  const keys = views.flatMap((v) => v.states.map((s) => `${v.id}/${s.id}`));
  describe(`accessibility matrix: ${file}`, () => {
    const app = withApp();
    const shared = {};

    test('every row of the matrix for this file can be reached, and nothing else', () => {
      assert.ok(views.length > 0, `matrix.json names no view for ${file}`);
      assert.deepEqual(keys.filter((k) => typeof reach[k] !== 'function'), [], 'rows without a way to reach them');
      assert.deepEqual(Object.keys(reach).filter((k) => !keys.includes(k)), [], 'ways to reach states the matrix does not list');
    });

    const screens = [...new Set(views.flatMap((v) => v.screens))];
    for (const lang of MATRIX.languages) {
      for (const screen of screens) {
        for (const theme of MATRIX.themes) {
          test(`${lang}, ${screen}, ${theme}: zero violations in every state`, async (t) => {
            if (prepare && !shared.done) {
              Object.assign(shared, await prepare(app), { done: true });
            }
            const [width, height] = MATRIX.screens[screen];
            const ctx = {
              app, lang, theme, screen, shared, page: null, context: null, frame: null, seen: [],
              url(extra = '') {
                return `${app.server.url}?lang=${lang}&tema=${theme}${extra}`;
              },
              async open({ query = '', hash = '', init, arg, url } = {}) {
                await ctx.close();
                const opened = await openPage(app.browser, url ?? `${ctx.url(query)}${hash}`, { viewport: { width, height }, init, arg });
                opened.page.setDefaultTimeout(10_000);
                Object.assign(ctx, { page: opened.page, context: opened.context, frame: opened.page });
                ctx.seen = opened.problems;
                return opened.page;
              },
              async close() {
                if (ctx.context) {
                  assert.deepEqual(ctx.seen, [], 'page errors');
                  await ctx.context.close();
                }
                ctx.context = null;
              },
            };
            const problems = [];
            const incomplete = [];
            for (const view of views.filter((v) => v.screens.includes(screen))) {
              for (const state of view.states) {
                const where = `${view.id}/${state.id} (${lang}, ${width}×${height}, ${theme})`;
                try {
                  await reach[`${view.id}/${state.id}`](ctx);
                } catch (err) {
                  problems.push(`${where}: could not reach the state: ${err.message.split('\n')[0]}`);
                  break;
                }
                const found = await auditRow(ctx.frame, where);
                problems.push(...found.problems);
                incomplete.push(...found.incomplete);
              }
            }
            await ctx.close();
            for (const line of incomplete) t.diagnostic(`axe incomplete (to check by hand): ${line}`);
            assert.deepEqual(problems, []);
          });
        }
      }
    }
  });
}
