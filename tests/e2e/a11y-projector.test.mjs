// Accessibility matrix, the projector (rows with "file": "a11y-projector" in
// core/src/accessibility/matrix.json): every kind of screen of a revealed workshop with group
// rounds. The workshop is made once on the facilitator's page and seeded into each run.
import { KEY, seedOnce } from './support/seed.mjs';
import { openPage } from './support/browser.mjs';
import { matrixFile } from './support/matrix.mjs';
import { opening, reveal, roundDone, roundOpen, rounds, setUp, start } from './support/workshop-flow.mjs';

/** Moves on (PageDown, as a clicker does) to screen `n` (1-based; 0: the last). */
async function toSlide(ctx, n) {
  for (let i = 0; i < 40; i += 1) {
    const [at, of] = (await ctx.page.textContent('.slide-count')).match(/\d+/g).map(Number);
    if (at === (n || of)) return;
    await ctx.page.keyboard.press('PageDown');
    await ctx.page.waitForFunction((was) => document.querySelector('.slide-count')?.textContent !== was, `${at}`).catch(() => {});
  }
  throw new Error(`screen ${n} not reached`);
}

matrixFile('a11y-projector', {
  'projector/join': async (ctx) => {
    const doc = JSON.parse(ctx.shared.doc);
    doc.workspace.lang = ctx.lang;
    await ctx.open({ query: '&läge=projektor', init: seedOnce, arg: [KEY, JSON.stringify(doc)] });
    await ctx.page.waitForSelector('main.projector h1');
    await toSlide(ctx, 1);
  },
  // Join, the opening question, two rounds, four shifts' summaries, four shifts, four results, the overview.
  'projector/opening': (ctx) => toSlide(ctx, 2),
  'projector/round': (ctx) => toSlide(ctx, 3),
  'projector/summaries': (ctx) => toSlide(ctx, 5),
  'projector/discussion': (ctx) => toSlide(ctx, 9),
  'projector/reveal': (ctx) => toSlide(ctx, 13),
  'projector/overview': (ctx) => toSlide(ctx, 0),
}, {
  prepare: async (app) => {
    const { page, context } = await openPage(app.browser, app.server.url);
    await setUp(page);
    await start(page);
    await opening(page);
    await rounds(page, 'sv');
    await roundOpen(page, 'sv');
    await roundDone(page);
    await reveal(page, 'sv');
    const doc = await page.evaluate((k) => localStorage.getItem(k), KEY);
    await context.close();
    return { doc };
  },
});
