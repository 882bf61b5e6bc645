// Accessibility matrix, the views beside the assessment (rows with "file": "a11y-views" in
// core/src/accessibility/matrix.json): saved assessments, trend, compare, the organisation
// view, the about page with its erase confirmation, and a shared link.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { KEY, LONG_UNIT, seedDocument, seedOnce } from './support/seed.mjs';
import { matrixFile, say } from './support/matrix.mjs';

const view = (ctx, sv, en) =>
  ctx.page.getByRole('navigation', { name: say(ctx.lang, 'Vyer', 'Views') }).getByRole('button', { name: say(ctx.lang, sv, en), exact: true }).click();

/** A unit's exported file for the organisation view, built from the seed's assessments. */
const unitFile = (unit, base) => {
  const doc = JSON.parse(seedDocument());
  const [a] = doc.workspace.assessments.slice(base, base + 1);
  doc.workspace.assessments = [{ ...a, unit }];
  return Buffer.from(JSON.stringify(doc));
};

matrixFile('a11y-views', {
  'history/list': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    await view(ctx, 'Sparade bedömningar', 'Saved assessments');
    await ctx.page.waitForSelector('.history-table');
  },
  'trend/three-dates': async (ctx) => {
    await view(ctx, 'Utveckling över tid', 'Progress over time');
    await ctx.page.waitForSelector('.trend-chart');
  },
  'compare/two': async (ctx) => {
    await view(ctx, 'Sparade bedömningar', 'Saved assessments');
    await ctx.page.click('.compare-form button[type=submit]');
    await ctx.page.waitForSelector('.compare-view, .compare-table, table');
  },
  'rollup/empty': async (ctx) => {
    await view(ctx, 'Sammanställning', 'Roll-up');
    await ctx.page.waitForSelector('.rollup-view');
  },
  'rollup/units': async (ctx) => {
    const files = [
      { name: 'nykoping.json', mimeType: 'application/json', buffer: unitFile('Vårdcentralen Nyköping', 2) },
      { name: 'lang.json', mimeType: 'application/json', buffer: unitFile(LONG_UNIT, 3) },
      { name: 'flen.json', mimeType: 'application/json', buffer: unitFile('Flen', 1) },
      { name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1, "work') },
    ];
    await ctx.page.setInputFiles('.rollup-view input[type=file]', files);
    await ctx.page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 3 && document.querySelector('.rollup-view .file-error'));
  },
  'rollup/other-version': async (ctx) => {
    // Two units' files carrying one own framework (same id) in two versions: the second is refused.
    const v2 = readFileSync(new URL('../../core/tests/fixtures/saved-v2.json', import.meta.url), 'utf8');
    const unit = (name, frameworkName) => {
      const doc = JSON.parse(v2);
      doc.workspace.assessments[0].unit = name;
      doc.workspace.frameworks[0].name.sv = frameworkName;
      return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
    };
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    await view(ctx, 'Sammanställning', 'Roll-up');
    await ctx.page.waitForSelector('.rollup-view');
    await ctx.page.setInputFiles('.rollup-view input[type=file]', [unit('Ås', 'Vår målbild'), unit('Berg', 'En annan målbild')]);
    await ctx.page.waitForSelector('.rollup-view .file-error');
  },
  'about/statement': async (ctx) => {
    await ctx.page.click('footer .link-button');
    await ctx.page.waitForSelector('.about-view');
  },
  'about/erase-confirm': async (ctx) => {
    await ctx.page.click('button.erase');
    await ctx.page.waitForSelector('.erase-confirm');
  },
  'about/erased': async (ctx) => {
    await ctx.page.click('.erase-confirm button.danger');
    await ctx.page.waitForSelector('button.erase');
  },
  'shared/read-only': async (ctx) => {
    const doc = JSON.parse(seedDocument(ctx.lang));
    doc.workspace.assessments = doc.workspace.assessments.slice(3);
    const link = deflateRawSync(Buffer.from(JSON.stringify(doc)), { level: 9 }).toString('base64url');
    await ctx.open({ hash: `#dela=${link}` });
    await ctx.page.waitForSelector('.shared-view figure.radar');
  },
  'shared/read-in': async (ctx) => {
    await ctx.page.click('.shared-view button.primary');
    await ctx.page.waitForFunction(() => document.querySelector('.shared-view [role=status]')?.textContent.trim());
  },
  'shared/damaged': async (ctx) => {
    await ctx.open({ hash: '#dela=eJzLSM3JyVcozy' });
    await ctx.page.waitForSelector('.shared-view .file-error');
  },
});
