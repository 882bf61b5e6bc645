// Accessibility matrix, the participant's phone at 375 × 667 (rows with "file": "a11y-phone" in
// core/src/accessibility/matrix.json): without a link, a damaged link, rating one item per
// screen, and the answer code.
import { matrixFile, say } from './support/matrix.mjs';
import { joinHash } from './support/workshop-flow.mjs';

matrixFile('a11y-phone', {
  'phone/no-link': async (ctx) => {
    await ctx.open({ query: '&läge=deltagare' });
  },
  'phone/bad-link': async (ctx) => {
    await ctx.open({ query: '&läge=deltagare', hash: '#workshop=K7Q.okant.zz' });
  },
  'phone/rating': async (ctx) => {
    await ctx.open({ query: '&läge=deltagare', hash: ctx.shared.hash });
    await ctx.page.waitForSelector('.rating-item');
    await ctx.page.check('.rating-item input[type=radio] >> nth=2');
  },
  'phone/code': async (ctx) => {
    const next = say(ctx.lang, 'Nästa', 'Next');
    while (await ctx.page.getByRole('button', { name: next, exact: true }).count()) {
      await ctx.page.getByRole('button', { name: next, exact: true }).click();
    }
    await ctx.page.getByRole('button', { name: say(ctx.lang, 'Klar – visa min svarskod', 'Done – show my answer code'), exact: true }).click();
    await ctx.page.waitForSelector('.rating-item', { state: 'detached' });
  },
}, {
  prepare: async (app) => ({ hash: await joinHash(app) }),
});
