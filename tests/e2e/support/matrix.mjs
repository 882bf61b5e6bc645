// Runs the rows of the accessibility matrix (core/src/accessibility/matrix.json) that name one
// test file: one test per language, with one page that moves through the file's states in the
// matrix's order (a state that needs a fresh browser opens one). Each state is reached once, at
// the narrowest screen in the standard theme, and then audited in place at every screen of its row
// and in every theme, with every check of support/audits.mjs; axe's "incomplete" results are
// printed, and the contrast of each incomplete node is judged (support/contrast.mjs). The app has no script that reads the window's size, and its theme is only the
// `data-theme` attribute it puts on <html> (src/hooks/use_page.rs), so a state resized and
// re-themed in place is the state a fresh load at that size and theme reaches: `A11Y_FRESH=1`
// runs the matrix the slow way (a fresh run per language × screen × theme) to compare.
import { after, describe, test } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { withApp } from './suite.mjs';
import { openPage } from './browser.mjs';
import { MATRIX, SPENT, auditRow } from './audits.mjs';

/** The app's words in the test's language. */
export const say = (lang, sv, en) => (lang === 'en' ? en : sv);

const FRESH = process.env.A11Y_FRESH === '1';
// `DOM_OUT=folder` writes each state's page (its outerHTML) to that folder instead of auditing
// it, so two builds can be compared state by state (scripts/dom-compare.mjs).
const DOM_OUT = process.env.DOM_OUT;

/** Shows `frame`'s page at `screen` in `theme`, as the app does for `?tema=`. */
async function show(ctx, screen, theme) {
  const [width, height] = MATRIX.screens[screen];
  const size = ctx.page.viewportSize();
  if (size.width !== width || size.height !== height) await ctx.page.setViewportSize({ width, height });
  await ctx.frame.evaluate((projector) => {
    const root = document.documentElement;
    if (projector) root.setAttribute('data-theme', 'projector');
    else root.removeAttribute('data-theme');
    return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  }, theme === 'projector');
}

/**
 * The runs of a file: each reaches every state once (at `screen` in `theme`) and audits it at
 * each of `shows` (screen × theme) in place.
 */
function runs(screens) {
  // States are reached at the narrowest screen: there a click scrolls what it clicks into view in
  // a sideways-scrolling list (the step list), as a tap does; wider, those lists lie flat.
  const narrowFirst = [...screens].sort((a, b) => MATRIX.screens[a][0] - MATRIX.screens[b][0]);
  const all = narrowFirst.flatMap((screen) => MATRIX.themes.map((theme) => ({ screen, theme })));
  return MATRIX.languages.flatMap((lang) => (FRESH
    ? all.map((one) => ({ lang, ...one, shows: [one], title: `${lang}, ${one.screen}, ${one.theme}` }))
    : [{ lang, ...all[0], shows: all, title: `${lang}, every screen and theme` }]));
}

/**
 * Registers the matrix tests of `file` (without `.test.mjs`). `reach` maps "view/state" to an
 * async function that brings the page to that state: it gets the context `ctx` with `page`,
 * `lang`, `theme`, `screen`, `app`, `url(extra)`, `open({ hash, query, init, arg })` (a fresh
 * browser context on the app with the language and theme in the address) and `frame` (what is
 * audited: the page, or the app's frame when embedded). `prepare(app)` runs once before; what it
 * returns is `ctx.shared`, and its `close()`, if any, runs after the file's tests.
 */
export function matrixFile(file, reach, { prepare } = {}) {
  const views = MATRIX.views.filter((v) => v.file === file);
  const keys = views.flatMap((v) => v.states.map((s) => `${v.id}/${s.id}`));
  describe(`accessibility matrix: ${file}`, () => {
    const app = withApp();
    const shared = {};
    // What `prepare` started (a server of its own) is stopped by the `close` it returns.
    after(async () => { await shared.close?.(); });

    test('every row of the matrix for this file can be reached, and nothing else', () => {
      assert.ok(views.length > 0, `matrix.json names no view for ${file}`);
      assert.deepEqual(keys.filter((k) => typeof reach[k] !== 'function'), [], 'rows without a way to reach them');
      assert.deepEqual(Object.keys(reach).filter((k) => !keys.includes(k)), [], 'ways to reach states the matrix does not list');
    });

    for (const run of runs([...new Set(views.flatMap((v) => v.screens))])) {
      const { lang, screen, theme } = run;
      test(`${run.title}: zero violations in every state`, async (t) => {
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
        let reached = 0;
        let judged = 0;
        const unjudged = [];
        for (const view of views) {
          const shows = run.shows.filter((s) => view.screens.includes(s.screen));
          if (shows.length === 0) continue;
          for (const state of view.states) {
            const started = performance.now();
            try {
              await reach[`${view.id}/${state.id}`](ctx);
            } catch (err) {
              problems.push(`${view.id}/${state.id} (${lang}, ${width}×${height}, ${theme}): could not reach the state: ${err.message.split('\n')[0]}`);
              break;
            }
            reached += (performance.now() - started) / 1000;
            if (DOM_OUT) {
              mkdirSync(DOM_OUT, { recursive: true });
              const html = await ctx.frame.evaluate(() => document.documentElement.outerHTML);
              writeFileSync(join(DOM_OUT, `${file}--${view.id}--${state.id}--${lang}.html`), html);
              continue;
            }
            for (const s of shows) {
              const [w, h] = MATRIX.screens[s.screen];
              await show(ctx, s.screen, s.theme);
              const found = await auditRow(ctx.frame, `${view.id}/${state.id} (${lang}, ${w}×${h}, ${s.theme})`);
              problems.push(...found.problems);
              incomplete.push(...found.incomplete);
              unjudged.push(...found.unjudged);
              judged += found.judged;
            }
            // The next state is reached where this run reaches states.
            if (shows.length > 1) await show(ctx, screen, theme);
          }
        }
        await ctx.close();
        t.diagnostic(`seconds spent: reaching the states ${reached.toFixed(1)}, ${Object.entries(SPENT).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} (checks: the file so far)`);
        for (const line of incomplete) t.diagnostic(`axe incomplete: ${line}`);
        t.diagnostic(`contrast of axe's incomplete nodes: ${judged} judged, ${unjudged.length} could not be`);
        for (const line of unjudged) t.diagnostic(`contrast not judged: ${line}`);
        assert.deepEqual(problems, []);
      });
    }
  });
}
