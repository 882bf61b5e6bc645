// Accessibility matrix, the participant page (join.html, its own small bundle) at 375 × 667 (rows
// with "file": "a11y-join" in core/src/accessibility/matrix.json): without a link, a damaged link,
// rating one item per screen, the answer code, after leaving, and an own framework carried in
// the link.
import { matrixFile, say } from './support/matrix.mjs';
import { joinHash } from './support/workshop-flow.mjs';
import { carriedFragment } from './support/carried.mjs';

const join = (ctx, hash = '') => ctx.open({ url: `${ctx.app.server.url}join.html?lang=${ctx.lang}&tema=${ctx.theme}${hash}` });

async function toTheCode(ctx) {
  const next = say(ctx.lang, 'Nästa', 'Next');
  while (await ctx.page.getByRole('button', { name: next, exact: true }).count()) {
    await ctx.page.getByRole('button', { name: next, exact: true }).click();
  }
  await ctx.page.getByRole('button', { name: say(ctx.lang, 'Klar – visa min svarskod', 'Done – show my answer code'), exact: true }).click();
  await ctx.page.waitForSelector('.answer-code');
}

matrixFile('a11y-join', {
  'join-page/no-link': async (ctx) => {
    await join(ctx);
  },
  'join-page/bad-link': async (ctx) => {
    await join(ctx, '#workshop=K7Q.okant.zz');
  },
  'join-page/rating': async (ctx) => {
    await join(ctx, ctx.shared.hash);
    await ctx.page.waitForSelector('.rating-item');
    await ctx.page.check('.rating-item input[type=radio] >> nth=2');
  },
  'join-page/code': toTheCode,
  'join-page/left': async (ctx) => {
    await ctx.page.getByRole('button', { name: say(ctx.lang, 'Lämna workshopen', 'Leave the workshop'), exact: true }).click();
    await ctx.page.waitForSelector('.answer-code', { state: 'detached' });
  },
  'join-page/own-framework': async (ctx) => {
    await join(ctx, carriedFragment());
    await ctx.page.waitForSelector('.rating-item');
    await ctx.page.check('.rating-item input[type=radio] >> nth=1');
  },
}, {
  prepare: async (app) => ({ hash: await joinHash(app) }),
});
