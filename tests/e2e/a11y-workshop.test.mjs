// Accessibility matrix, the workshop on the facilitator's computer (rows with "file":
// "a11y-workshop" in core/src/accessibility/matrix.json), one state after the other.
import { matrixFile, say } from './support/matrix.mjs';
import { opening, reveal, roundDone, roundOpen, rounds, setUp, start } from './support/workshop-flow.mjs';

matrixFile('a11y-workshop', {
  'workshop/setup': async (ctx) => {
    await ctx.open();
    await setUp(ctx.page);
  },
  'workshop/join': (ctx) => start(ctx.page),
  'workshop/opening': (ctx) => opening(ctx.page),
  'workshop/rounds': (ctx) => rounds(ctx.page, ctx.lang),
  'workshop/round': (ctx) => roundOpen(ctx.page, ctx.lang),
  'workshop/codes-refused': async (ctx) => {
    await roundDone(ctx.page);
    await ctx.page.fill('#paste-codes', 'XYZ1-2345-6789-ABCD-EFGH-JKMN');
    await ctx.page.click('.workshop-collect button[type=submit]');
    await ctx.page.waitForFunction(() => /XYZ1/.test(document.querySelector('.workshop-collect')?.textContent.replace(document.querySelector('#paste-codes')?.value ?? '', '') ?? ''));
  },
  'workshop/scanner': async (ctx) => {
    await ctx.page.getByRole('button', { name: say(ctx.lang, 'Skanna svarskoder', 'Scan answer codes'), exact: true }).click();
    await ctx.page.waitForSelector('.scanner .scan-failed, .scanner .error');
  },
  'workshop/revealed': (ctx) => reveal(ctx.page, ctx.lang),
  'workshop/saved': async (ctx) => {
    await ctx.page.getByRole('button', { name: say(ctx.lang, 'Spara som enhetens bedömning', "Save as the unit's assessment"), exact: true }).click();
    // Saving opens the unit's new assessment; back on the workshop page it says "Sparat".
    await ctx.page.waitForSelector('.results-step');
    await ctx.page.getByRole('navigation', { name: say(ctx.lang, 'Vyer', 'Views') }).getByRole('button', { name: 'Workshop' }).click();
    await ctx.page.waitForSelector('.workshop-consensus [role=status] .notice');
  },
});
