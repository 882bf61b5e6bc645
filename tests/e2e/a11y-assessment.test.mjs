// Accessibility matrix, the assessment's steps (rows with "file": "a11y-assessment" in
// core/src/accessibility/matrix.json): every check on every state, in Swedish and English, at
// 1280 × 800 and 320 × 640, in the standard and the projector theme.
import { KEY, seedDocument, seedOnce } from './support/seed.mjs';
import { matrixFile } from './support/matrix.mjs';

const stepButton = (ctx, n) => ctx.page.click(`.step-nav li:${n} button`);

matrixFile('a11y-assessment', {
  'start/first-visit': (ctx) => ctx.open(),
  'start/saved': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    await ctx.page.waitForSelector('.step-nav');
  },
  'item/shift': (ctx) => stepButton(ctx, 'nth-child(2)'),
  'item/factor': (ctx) => stepButton(ctx, 'nth-child(6)'),
  'actions/plan': (ctx) => stepButton(ctx, 'nth-last-child(2)'),
  'actions/removed': async (ctx) => {
    await ctx.page.click('.action-list .action button.remove');
    await ctx.page.waitForSelector('.action-list .undo button');
  },
  'results/rated': async (ctx) => {
    await stepButton(ctx, 'last-child');
    await ctx.page.waitForSelector('figure.radar');
  },
  'results/share-link': async (ctx) => {
    await ctx.page.click('.share-button');
    await ctx.page.waitForSelector('#share-link');
  },
  'results/file-menu': (ctx) => ctx.page.click('.file-menu summary'),
});
