// What axe cannot see about focus (checks "focus-visible" and "forced-colors" of
// core/src/accessibility/matrix.json), by Tab alone through the main views at 1280 × 800 and
// 320 × 640, also in Windows high-contrast mode (Chromium's forced colours):
// - check: focus-visible — every focused element draws a focus indicator (an outline or a box
//   shadow) and is never entirely hidden behind a sticky or fixed header or banner (2.4.7, 2.4.11);
// - check: forced-colors — the radar charts' lines keep a colour of their own against the
//   forced background, and focus still shows.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { KEY, seedDocument, seedOnce } from './support/seed.mjs';

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
          const drawn = await page.evaluate(() => {
            const canvas = getComputedStyle(document.querySelector('figure.radar')).backgroundColor;
            const probe = (colour) => {
              const el = document.createElement('span');
              el.style.color = colour;
              document.body.append(el);
              const c = getComputedStyle(el).color;
              el.remove();
              return c;
            };
            const system = { CanvasText: probe('CanvasText'), Highlight: probe('Highlight'), GrayText: probe('GrayText') };
            const paint = (sel, prop) => [...document.querySelectorAll(`figure.radar ${sel}`)].map((el) => getComputedStyle(el)[prop]);
            return {
              canvas, system,
              now: paint('line.series-now', 'stroke'), target: paint('line.series-target', 'stroke'),
              dots: paint('.dot-now', 'fill'), axes: paint('.axis', 'stroke'), labels: paint('.axis-label', 'fill'),
            };
          });
          assert.ok(drawn.now.length > 0 && drawn.target.length > 0 && drawn.dots.length > 0, 'the radar draws its series');
          const only = (list, colour, what) => {
            assert.ok(list.every((c) => c === colour), `${what} in ${colour}: ${list}`);
            assert.notEqual(colour, drawn.canvas, `${what} in the background's colour`);
          };
          only(drawn.now, drawn.system.CanvasText, 'now');
          only(drawn.dots, drawn.system.CanvasText, 'now dots');
          only(drawn.target, drawn.system.Highlight, 'target');
          only(drawn.axes, drawn.system.GrayText, 'axes');
          only(drawn.labels, drawn.system.CanvasText, 'axis names');
        }
        await context.close();
        assert.deepEqual(problems, []);
      });
    }
  }
});
