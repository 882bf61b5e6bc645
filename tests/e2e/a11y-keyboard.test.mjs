// What axe cannot see about focus (checks "focus-visible" and "forced-colors" of
// core/src/accessibility/matrix.json), by Tab alone through the main views at 1280 × 800 and
// 320 × 640, also in Windows high-contrast mode (Chromium's forced colours):
// - check: focus-visible — every focused element draws a focus indicator (an outline or a box
//   shadow) and is never entirely hidden behind a sticky or fixed header or banner (2.4.7, 2.4.11),
//   nor a sort button of the organisation table behind its sticky unit column at 320 px;
// - check: forced-colors — the radar charts' lines keep a colour of their own against the
//   forced background, and focus still shows; the trend charts, the workshop's dot plots and the
//   word cloud (on the facilitator's page and on the projector) draw in system colours too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { KEY, seedDocument, seedOnce, unitFiles } from './support/seed.mjs';
import { opening, reveal, roundDone, roundOpen, rounds, setUp, start } from './support/workshop-flow.mjs';

const SCREENS = [[1280, 800], [320, 640]];

/** Presses Tab up to `max` times; returns what was wrong with each focus stop. */
async function tabThrough(page, max) {
  const problems = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 25)}"`;
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      // A radio or checkbox draws its ring on its label (`:has(input:focus-visible)`).
      const holder = el.closest('label, .scale-option');
      const heldRing = holder && getComputedStyle(holder).outlineStyle !== 'none';
      const out = [];
      if (!ring && !heldRing) out.push(`${name}: no focus indicator (outline ${s.outlineStyle} ${s.outlineWidth}, box shadow ${s.boxShadow})`);
      const r = el.getBoundingClientRect();
      for (const other of document.querySelectorAll('body *')) {
        const os = getComputedStyle(other);
        if (!['sticky', 'fixed'].includes(os.position) || other.contains(el) || os.visibility === 'hidden') continue;
        const o = other.getBoundingClientRect();
        const covered = o.left <= r.left && o.right >= r.right && o.top <= r.top && o.bottom >= r.bottom && o.width > 0;
        if (covered && r.width > 0) out.push(`${name}: hidden behind ${other.tagName.toLowerCase()}.${other.className}`);
      }
      return out;
    });
    if (found) problems.push(...found);
  }
  return problems;
}

const views = [
  ['an item step', (p) => p.click('.step-nav li:nth-child(2) button')],
  ['the results', (p) => p.click('.step-nav li:last-child button')],
  ['saved assessments', (p) => p.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sparade bedömningar' }).click()],
  ['the workshop', (p) => p.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click()],
];

describe('focus visible and never hidden, also in forced colours', () => {
  const app = withApp();

  for (const forced of [false, true]) {
    for (const [width, height] of SCREENS) {
      test(`${forced ? 'forced colours' : 'standard colours'}, ${width} × ${height}: every focus stop has a ring and is in view`, async () => {
        const context = await app.browser.newContext({ viewport: { width, height }, forcedColors: forced ? 'active' : 'none' });
        await context.addInitScript(seedOnce, [KEY, seedDocument('sv')]);
        const page = await context.newPage();
        await page.goto(app.server.url);
        await page.waitForSelector('main#main h1');
        const problems = [];
        for (const [what, go] of views) {
          await go(page);
          await page.waitForTimeout(100);
          for (const p of await tabThrough(page, 40)) problems.push(`${what}: ${p}`);
        }
        if (forced) {
          await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Självskattning' }).click();
          await page.click('.step-nav li:last-child button');
          await page.waitForSelector('figure.radar');
          const radar = await drawnInSystemColours(page, 'figure.radar', {
            'figure.radar line.series-now': ['stroke', 'CanvasText'],
            'figure.radar .dot-now': ['fill', 'CanvasText'],
            'figure.radar line.series-target': ['stroke', 'Highlight'],
            'figure.radar .axis': ['stroke', 'GrayText'],
            'figure.radar .axis-label': ['fill', 'CanvasText'],
          });
          problems.push(...radar.map((p) => `the radar: ${p}`));
        }
        await context.close();
        assert.deepEqual(problems, []);
      });
    }
  }

  // The organisation table scrolls sideways under a sticky unit column: a sort button reached by
  // Tab lands right of that column, not under it (2.4.11), at 320 px in both themes.
  for (const theme of ['standard', 'projector']) {
    test(`the organisation table at 320 × 640 (${theme}): a focused sort button is never under the sticky unit column`, async () => {
      const context = await app.browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${app.server.url}?tema=${theme}`);
      await page.waitForSelector('main#main h1');
      await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sammanställning' }).click();
      await page.waitForSelector('.rollup-view');
      await page.setInputFiles('.rollup-view input[type=file]', unitFiles());
      await page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 3);
      await page.focus('.rollup-scroll');
      const seen = [];
      const problems = [];
      for (let i = 0; i < 30; i += 1) {
        await page.keyboard.press('Tab');
        const found = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.closest('.rollup-table thead') || el.closest('.unit-col')) return null;
          // What is left of the button in view: inside the scrolling box and the window, right
          // of the sticky column. 2.4.11 asks that it is not hidden entirely.
          const r = el.getBoundingClientRect();
          const column = document.querySelector('.rollup-table .unit-col').getBoundingClientRect();
          const box = document.querySelector('.rollup-scroll').getBoundingClientRect();
          const left = Math.max(r.left, column.right, box.left);
          const right = Math.min(r.right, box.right, window.innerWidth);
          return { name: el.textContent.trim().slice(0, 30), shown: Math.round(right - left) };
        });
        if (!found) continue;
        seen.push(found.name);
        if (found.shown < 24) problems.push(`${found.name}: ${found.shown} px in view beside the unit column`);
      }
      assert.ok(seen.length >= 4, `sort buttons reached by Tab: ${seen}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  /**
   * In forced colours, what `paint` names (selector → [property, system colour]) is drawn in that
   * system colour (computed, compared with a probe's), never in the forced background's colour.
   */
  async function drawnInSystemColours(page, ground, paint) {
    const found = await page.evaluate(([groundSel, paint]) => {
      const probe = (colour) => {
        const el = document.createElement('span');
        el.style.color = colour;
        document.body.append(el);
        const c = getComputedStyle(el).color;
        el.remove();
        return c;
      };
      const canvas = getComputedStyle(document.querySelector(groundSel)).backgroundColor;
      const out = [];
      for (const [sel, [prop, system]] of Object.entries(paint)) {
        const want = probe(system);
        const got = [...document.querySelectorAll(sel)].map((el) => getComputedStyle(el)[prop]);
        if (got.length === 0) out.push(`${sel}: nothing drawn`);
        if (want === canvas) out.push(`${system} is the background's colour`);
        for (const c of new Set(got)) if (c !== want) out.push(`${sel} ${prop} ${c}, not ${system} (${want})`);
      }
      return out;
    }, [ground, paint]);
    return found;
  }

  test('forced colours: the trend charts, the dot plots and the word cloud draw in system colours, also on the projector', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
    await context.addInitScript(seedOnce, [KEY, seedDocument('sv')]);
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('main#main h1');
    const problems = [];
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Utveckling över tid' }).click();
    await page.waitForSelector('.trend-chart');
    problems.push(...await drawnInSystemColours(page, 'body', {
      '.trend-view .series-line': ['stroke', 'CanvasText'],
      '.trend-view .trend-line': ['stroke', 'CanvasText'],
      '.trend-view .target-line': ['stroke', 'Highlight'],
      '.trend-view .dot-now': ['fill', 'CanvasText'],
      '.trend-view .tick': ['fill', 'CanvasText'],
      '.trend-view .grid': ['stroke', 'GrayText'],
    }));
    await setUp(page);
    await start(page);
    await opening(page);
    problems.push(...await drawnInSystemColours(page, 'body', { '.word-cloud .cloud-word': ['fill', 'CanvasText'] }));
    await rounds(page, 'sv');
    await roundOpen(page, 'sv');
    await roundDone(page);
    await reveal(page, 'sv');
    const plots = {
      '.dot-plot:not(.target) .dot': ['fill', 'CanvasText'],
      '.dot-plot .plot-count': ['fill', 'CanvasText'],
      '.dot-plot .plot-base': ['stroke', 'GrayText'],
    };
    // Some answers rate a target on the facilitator's page (the projector's first item has none).
    problems.push(...(await drawnInSystemColours(page, 'body', { ...plots, '.dot-plot.target .dot': ['fill', 'Highlight'] })).map((p) => `facilitator: ${p}`));
    // The projector (its own theme, white on black when colours are not forced): the opening
    // question's cloud and the first item's result.
    await page.goto(`${app.server.url}?läge=projektor`);
    await page.waitForSelector('main.projector .slide-count');
    const slide = async (n) => {
      for (let i = 0; i < 20 && !new RegExp(`^\\D*${n}\\D`).test(await page.textContent('.slide-count')); i += 1) {
        const was = await page.textContent('.slide-count');
        await page.keyboard.press('PageDown');
        await page.waitForFunction((w) => document.querySelector('.slide-count')?.textContent !== w, was);
      }
    };
    await slide(2);
    problems.push(...(await drawnInSystemColours(page, 'body', { '.word-cloud .cloud-word': ['fill', 'CanvasText'] })).map((p) => `projector: ${p}`));
    await slide(13);
    problems.push(...(await drawnInSystemColours(page, 'body', plots)).map((p) => `projector: ${p}`));
    await context.close();
    assert.deepEqual(problems, []);
  });
});

