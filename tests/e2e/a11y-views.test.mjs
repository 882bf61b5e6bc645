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
  'history/unit-search': async (ctx) => {
    // 150 units read with "Öppna fil" (nothing rated): the list shows 100, the search finds the rest.
    const assessments = Array.from({ length: 150 }, (_, i) => ({ id: `a${i + 1}`, unit: `Vårdcentral ${i + 1}`, framework_id: 'kalmar-lan', date: '2026-02-01' }));
    const text = JSON.stringify({ schema: 1, app: '0.1.0', workspace: { framework_id: 'kalmar-lan', assessments } });
    await ctx.open();
    await ctx.page.setInputFiles('.file-open input[type=file]', { name: 'enheter.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await ctx.page.waitForSelector('#unit-search');
    await ctx.page.fill('#unit-search', '12');
    await ctx.page.waitForFunction(() => document.querySelectorAll('#unit-switch option').length === 13);
  },
  'trend/three-dates': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
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
  'rollup/many-units': async (ctx) => {
    // 250 units in one file: 200 rows, then the radars of the first 60 a moment later.
    const doc = JSON.parse(seedDocument());
    const [a] = doc.workspace.assessments;
    doc.workspace.assessments = Array.from({ length: 250 }, (_, i) => ({ ...a, id: `a${i + 1}`, unit: `Enhet ${i + 1}` }));
    await ctx.open();
    await view(ctx, 'Sammanställning', 'Roll-up');
    await ctx.page.setInputFiles('.rollup-view input[type=file]', { name: 'region.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await ctx.page.waitForFunction(() => document.querySelectorAll('.small-radars figure.radar').length === 60 && document.querySelector('.units-shown'));
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
