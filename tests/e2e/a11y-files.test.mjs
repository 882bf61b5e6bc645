// Accessibility matrix, opening a file (rows with "file": "a11y-files" in
// core/src/accessibility/matrix.json): every bad-file message, one per reason the reader has,
// then the question about an assessment already here and the import with its undo.
import { readFileSync } from 'node:fs';
import { KEY, seedDocument, seedOnce } from './support/seed.mjs';
import { matrixFile } from './support/matrix.mjs';

const V1 = readFileSync(new URL('../../core/tests/fixtures/saved-v1.json', import.meta.url), 'utf8');
const V2 = readFileSync(new URL('../../core/tests/fixtures/saved-v2.json', import.meta.url), 'utf8');

/** The version-2 golden file (an own framework and an assessment of it) with its framework changed. */
const withOwnFramework = (change) => {
  const doc = JSON.parse(V2);
  change(doc.workspace.frameworks[0]);
  return JSON.stringify(doc);
};

/** Chooses a file in the "Filer" menu and waits for the app's answer (the last one removed first). */
const choose = (name, text, answer = '.file-error') => async (ctx) => {
  if ((await ctx.page.locator('.file-menu[open]').count()) === 0) await ctx.page.click('.file-menu summary');
  await ctx.page.evaluate(() => document.querySelector('.file-error')?.remove());
  await ctx.page.setInputFiles('.file-open input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await ctx.page.waitForSelector(answer);
};

matrixFile('a11y-files', {
  'bad-files/too-large': async (ctx) => {
    await ctx.open({ init: seedOnce, arg: [KEY, seedDocument(ctx.lang)] });
    await choose('stor.json', ' '.repeat(8 * 1024 * 1024 + 1))(ctx);
  },
  'bad-files/not-json': choose('bild.png', '\u0089PNG\r\n\u001a\n\u0000\u0000binary'),
  'bad-files/no-schema': choose('annan.json', '{"name": "en annan app"}'),
  'bad-files/newer-schema': choose('ny.json', '{"schema": 5, "workspace": {}}'),
  'bad-files/not-object': choose('lista.json', '[1, 2, 3]'),
  'bad-files/level': choose('nivå.json', V1.replace('{ "level": 2 }', '{ "level": 12 }')),
  'bad-files/date': choose('datum.json', V1.replace('2025-03-01', '2025-02-30')),
  'bad-files/missing-field': choose('fält.json', V1.replace('"framework_id"', '"ramverk"')),
  'bad-files/unknown-value': choose('status.json', V1.replace('"status": "done"', '"status": "klar"')),
  'bad-files/wrong-type': choose('typ.json', V1.replace('{ "level": 2 }', '{ "level": "två" }')),
  'bad-files/empty': choose('tom.json', '{"schema":1,"workspace":{"framework_id":"sormland-2035"}}'),
  'bad-files/unknown-framework': choose('ramverk.json', V1.replaceAll('"sormland-2035"', '"okant-ramverk"')),
  'bad-files/unknown-item': choose('okänd.json', V1.replace('"tillit"', '"tilit"')),
  'bad-files/off-scale': choose('skala.json', V1.replace('{ "level": 2 }', '{ "level": 9 }')),
  'bad-files/bad-framework': choose('eget.json', withOwnFramework((fw) => { fw.name.sv = ''; })),
  'bad-files/duplicate': choose('kopia.json', seedDocument(), '#duplicate-heading'),
  'bad-files/imported': async (ctx) => {
    await ctx.page.click('.duplicate-prompt button >> nth=1');
    await ctx.page.waitForSelector('.file-status button');
  },
});
