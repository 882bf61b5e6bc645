// Accessibility matrix, the own-framework editor (rows with "file": "a11y-editor" in
// core/src/accessibility/matrix.json): empty, with every problem listed after "Använd", a copy of
// the built-in Sörmland 2035 (every field filled), and its preview.
import { matrixFile } from './support/matrix.mjs';

matrixFile('a11y-editor', {
  'editor/empty': async (ctx) => {
    await ctx.open();
    await ctx.page.click('#own-new');
    await ctx.page.waitForSelector('.editor h1');
  },
  'editor/problems': async (ctx) => {
    await ctx.page.click('#ed-use');
    await ctx.page.waitForSelector('#ed-summary li');
  },
  'editor/copy': async (ctx) => {
    // A fresh browser: no draft, so the start page offers a copy of the chosen framework.
    await ctx.open();
    await ctx.page.click('#own-copy');
    await ctx.page.waitForSelector('.editor h1');
  },
  'editor/preview': async (ctx) => {
    await ctx.page.click('#ed-preview-toggle');
    await ctx.page.waitForSelector('.ed-preview #framework-name');
  },
});
