// check: aria — what a screen reader is told, as Playwright's ARIA snapshot (playwright-core
// 1.65's `locator.ariaSnapshot()`) of the key views, kept here as expected text: an item step
// (each scale a radio group named by its question, "Vet ej" inside the group), the results (a
// chart is a figure with an image's text alternative and its table), the header's save status
// in a live region, the projector's screen and its navigation, and the phone's one item.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { reveal, roundDone, roundOpen, setUp, start } from './support/workshop-flow.mjs';

const SCALE = (question, checked) => [
  `- group "${question}":`,
  `  - text: ${question}`,
  ...['1 Vi arbetar som i FRÅN', '2 Enstaka steg mot TILL', '3 Både FRÅN och TILL förekommer', '4 TILL är det vanliga', '5 TILL är vardag, överallt', 'Vet ej']
    .flatMap((o) => [`  - radio "${o}"${o.startsWith(checked) ? ' [checked]' : ''}`, `  - text: ${o}`]),
].join('\n');

const indent = (text, by) => text.split('\n').map((l) => `${' '.repeat(by)}${l}`).join('\n');

describe('screen-reader semantics (ARIA snapshots)', () => {
  const app = withApp();

  test('an item step, the header and the results', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.check('#target-vet-ej');
    const scales = page.locator('main fieldset.scale');
    assert.equal(await scales.nth(0).ariaSnapshot(), SCALE('Var är ni i dag?', '3'));
    assert.equal(await scales.nth(1).ariaSnapshot(), SCALE('Vart vill ni ha nått år 2035?', 'Vet ej'));
    assert.equal(await page.locator('header').first().ariaSnapshot(), [
      '- banner:',
      '  - paragraph: Nära vård-kompassen',
      '  - paragraph: Självskattning för omställningen till god och nära vård',
      '  - status: Sparat i webbläsaren',
      '  - group "Språk":',
      '    - button "Svenska" [pressed]',
      '    - button "English"',
    ].join('\n'));
    await page.click('.step-nav li:nth-child(3) button');
    await page.check('#now-2');
    await page.check('#target-4');
    await page.click('.step-nav li:last-child button');
    const radar = await page.locator('figure.radar').first().ariaSnapshot();
    const row = (n, name, now, target) => [
      `      - row "${n} ${name} ${now} ${target}":`,
      `        - cell "${n}"`,
      `        - rowheader "${name}"`,
      `        - cell "${now}"`,
      `        - cell "${target}"`,
    ];
    assert.equal(radar.replace(/(- 'img "[^"]*"'): .*/, '$1'), [
      '- \'figure "Förflyttningarna: i dag och mål"\':',
      '  - text: "Förflyttningarna: i dag och mål"',
      '  - \'img "Förflyttningarna: i dag och mål Nivå 1 ligger närmast mitten, nivå 5 ytterst. ”Vet ej” är ett avbrott i linjen med en öppen ring utanför skalan. Tabellen har alla namn och nivåer."\'',
      '  - table:',
      '    - rowgroup:',
      '      - row "# Område I dag Mål":',
      '        - columnheader "#"',
      '        - columnheader "Område"',
      '        - columnheader "I dag"',
      '        - columnheader "Mål"',
      '    - rowgroup:',
      ...row(1, 'Person och relation', 3, 'Vet ej'),
      ...row(2, 'Sammanhållet utifrån personens fokus', 2, 4),
      ...row(3, 'Proaktiv och hälsofrämjande', '–', '–'),
      ...row(4, 'Aktiv medskapare', '–', '–'),
    ].join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the projector\'s first screen and the phone\'s item', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await setUp(page);
    await start(page);
    const link = await page.textContent('.join-link code');
    const id = link.match(/workshop=([0-9A-Z]{3})/)[1];
    await roundOpen(page, 'sv');
    await roundDone(page);
    await reveal(page, 'sv');
    await page.click('.ws-step-join .projector-row button');
    await page.waitForSelector('main.projector');
    assert.equal(await page.locator('main.projector').ariaSnapshot(), [
      '- main:',
      '  - heading "Gå med" [level=1]',
      '  - img "QR-kod med länken till workshopen"',
      `  - paragraph: Workshop ${id}`,
      '  - paragraph: Skanna QR-koden med telefonens kamera eller öppna länken. Allt sker på din egen telefon.',
      '  - paragraph:',
      `    - code: ${link}`,
      '  - status: 3 svar insamlade',
      '  - navigation "Projektorläge":',
      '    - button "Föregående" [disabled]',
      '    - text: Bild 1 av 10',
      '    - button "Nästa"',
      '    - button "Lämna projektorläget"',
      '    - text: Pilarna, mellanslag eller PageUp/PageDown byter bild. Esc lämnar projektorläget.',
    ].join('\n'));
    assert.deepEqual(problems, []);
    await context.close();

    const phone = await openPage(app.browser, link, { viewport: { width: 375, height: 667 } });
    assert.equal(await phone.page.locator('main').ariaSnapshot(), [
      '- main:',
      `  - heading "Workshop ${id}" [level=1]`,
      '  - paragraph: Sörmland 2035',
      '  - paragraph: "Skatta på egen hand. Ingenting skickas någonstans: när du är klar får du en kod som du lämnar till samtalsledaren."',
      '  - region "Från organisation till person och relation":',
      '    - paragraph: 1 av 4',
      '    - heading "Från organisation till person och relation" [level=2]',
      indent(SCALE('Var är ni i dag?', 'none'), 4),
      indent(SCALE('Vart vill ni ha nått år 2035?', 'none'), 4),
      '  - paragraph:',
      '    - button "Nästa"',
    ].join('\n'));
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  });
});
