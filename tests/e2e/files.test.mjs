// Files: save everything as a file, import it into an empty browser, merge with a question
// about duplicates, and bad files that change nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage } from './support/browser.mjs';

const KEY = 'nara-vard-kompassen';
const V1 = readFileSync(new URL('../../core/tests/fixtures/saved-v1.json', import.meta.url), 'utf8');

/** The assessments of a saved or exported document, without the ids a browser gives them. */
function content(text) {
  return JSON.parse(text).workspace.assessments.map(({ id, actions = [], ...rest }) => ({
    ...rest,
    actions: actions.map(({ id: _, ...a }) => a),
  }));
}

describe('files', () => {
  const app = withApp();

  const fresh = () => openPage(app.browser, app.server.url);

  /** Opens the "Filer" menu (as a user does) and chooses a file in it. */
  const choose = async (page, name, text) => {
    if ((await page.locator('.file-menu[open]').count()) === 0) await page.click('.file-menu summary');
    await page.setInputFiles('.file-open input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  /** Waits until `selector`'s text matches `pattern` (file reading is asynchronous). */
  const waitText = (page, selector, pattern) =>
    page.waitForFunction(
      ([sel, src]) => new RegExp(src).test(document.querySelector(sel)?.textContent ?? ''),
      [selector, pattern.source],
    );

  test('save as file, clear the browser, open the file: the same state', async () => {
    const { context, page, problems } = await fresh();
    await page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.check('#target-5');
    await page.fill('#question-0', 'Kontinuitet för äldre');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    // The reminder sits where it matters (here the step's action plan is not it: the results are).
    await page.click('.step-nav li:last-child button');
    assert.match(await page.textContent('.save-reminder'), /^Det här finns bara i webbläsaren\. Spara en kopia som fil/);
    // Every file action is in the "Filer" menu.
    await page.click('.file-menu summary');
    assert.equal(await page.textContent('.export-note'), 'Inte sparat som fil ännu.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.save-file')]);
    // Done at once: the menu closes and the focus is back on "Filer".
    assert.equal(await page.locator('.file-menu[open]').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.matches('.file-menu > summary')), true);
    // The name tells a region whose file it is, and when it was saved.
    assert.match(download.suggestedFilename(), /^Nära vård-kompassen – Vårdcentralen Nyköping – \d{4}-\d{2}-\d{2}\.json$/);
    const file = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    const saved = JSON.parse(file);
    assert.equal(saved.schema, 2);
    assert.match(saved.exported, /^\d{4}-\d{2}-\d{2}T/);
    // What was typed is in the file itself, not only in what the app reads back from it.
    assert.equal(saved.workspace.assessments.length, 1);
    const [exported] = saved.workspace.assessments;
    assert.equal(exported.unit, 'Vårdcentralen Nyköping');
    assert.equal(exported.framework_id, 'sormland-2035');
    assert.match(exported.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(Object.keys(exported.items), ['person']);
    assert.deepEqual(exported.items.person.now, { level: 3 });
    assert.deepEqual(exported.items.person.target, { level: 5 });
    assert.equal(exported.items.person.answers[0], 'Kontinuitet för äldre');
    assert.equal(exported.actions.length, 1);
    assert.equal(exported.actions[0].item, 'person');
    assert.equal(exported.actions[0].what, 'Fast vårdkontakt');
    assert.equal(exported.actions[0].status, 'planned');
    assert.match(await page.textContent('.export-note'), /^Senast sparad som fil \d{4}-\d{2}-\d{2}\.$/);
    assert.equal(await page.locator('.save-reminder').count(), 0, 'saved as a file: no reminder');
    await page.click('.step-nav li:nth-child(2) button');
    await page.check('#now-4');
    await page.click('.step-nav li:last-child button');
    assert.match(await page.textContent('.save-reminder'), /^Du har ändrat sedan du sparade som fil \d{4}-\d{2}-\d{2}\. Spara igen/);
    assert.deepEqual(problems, []);
    await context.close();

    // A browser with nothing in it.
    const other = await fresh();
    await choose(other.page, 'säkerhetskopia.json', file);
    await waitText(other.page, '.file-status', /lästes in/);
    assert.equal(await other.page.textContent('.file-status'), '1 bedömning lästes in från ”säkerhetskopia.json”.Ångra');
    // Opened into an empty browser, everything here is in that file: no reminder, no "Sparat" claim
    // about a file, and the header's "Sparat i webbläsaren" is true.
    await other.page.click('.site-footer .link-button');
    await other.page.click('button.erase');
    await other.page.waitForSelector('.erase-confirm');
    assert.equal(await other.page.locator('.save-reminder').count(), 0, 'an opened file counts as saved');
    const stored = await other.page.evaluate((k) => localStorage.getItem(k), KEY);
    assert.deepEqual(content(stored), content(file));
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  test('every kind of bad file names itself and changes nothing', async () => {
    const { context, page, problems } = await fresh();
    await choose(page, 'start.json', V1);
    await waitText(page, '.file-status', /lästes in/);
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const cases = [
      ['bild.png', '\u0089PNG\r\n\u001a\n\u0000\u0000binary', /”bild\.png” kunde inte läsas in\. Det är inte en fil från Nära vård-kompassen, eller så är den skadad \(rad 1 går inte att läsa\)\./],
      // Not UTF-8 at all (a UTF-16 file): read with replacement characters, refused as not JSON.
      ['utf16.json', Buffer.from('\ufeff{"schema": 1}', 'utf16le'), /”utf16\.json” kunde inte läsas in\. Det är inte en fil från Nära vård-kompassen, eller så är den skadad \(rad 1/],
      ['trasig.json', '{"schema": 1, "workspace": {', /”trasig\.json” kunde inte läsas in\. Det är inte en fil från Nära vård-kompassen, eller så är den skadad/],
      ['lista.json', '[1, 2, 3]', /”lista\.json” kunde inte läsas in\. Det är inte en fil från Nära vård-kompassen: den innehåller ingen bedömning\./],
      ['annan.json', '{"name": "en annan app"}', /”annan\.json” kunde inte läsas in\. Det saknas ett versionsnummer/],
      // A level off its item's scale (1–5 here), and one on no scale at all.
      ['nivå.json', V1.replace('{ "level": 2 }', '{ "level": 9 }'), /”nivå\.json”: bedömning 1 har nivån 9 för ”person”, men skalan är 1–5\. Ingenting ändrades\./],
      ['nivå-11.json', V1.replace('{ "level": 2 }', '{ "level": 11 }'), /”nivå-11\.json” kunde inte läsas in\. Rad 20: nivån 11 finns inte på någon skala\./],
      ['datum.json', V1.replace('2025-03-01', '2025-02-30'), /”datum\.json” kunde inte läsas in\. Rad \d+: datumet ”2025-02-30” finns inte\./],
      ['fält.json', V1.replace('"framework_id"', '"ramverk"'), /”fält\.json” kunde inte läsas in\. Rad \d+: uppgiften ”framework_id” saknas\./],
      ['typ.json', V1.replace('{ "level": 2 }', '{ "level": "två" }'), /”typ\.json” kunde inte läsas in\. Rad \d+: ett värde är av fel slag/],
      ['status.json', V1.replace('"status": "done"', '"status": "klar"'), /”status\.json” kunde inte läsas in\. Rad \d+: värdet ”klar” känns inte igen\./],
      ['okänd.json', V1.replace('"tillit"', '"tilit"'), /”okänd\.json”: bedömning 1 har ett område, ”tilit”, som inte finns i ramverket\./],
      ['ramverk.json', V1.replaceAll('"sormland-2035"', '"okant-ramverk"'), /”ramverk\.json”: bedömning 1 använder ramverket ”okant-ramverk”, som inte finns i den här appen\./],
      ['ny.json', '{"schema": 5, "workspace": {}}', /nyare version av appen \(format 5/],
      ['tom.json', '{"schema":1,"workspace":{"framework_id":"sormland-2035"}}', /”tom\.json” innehåller ingen bedömning/],
      ['stor.json', ' '.repeat(8 * 1024 * 1024 + 1), /”stor\.json” är för stor \(8192 kB\)/],
    ];
    // Words that only an English (or developer) sentence would hold; file names and quoted
    // values are taken out before looking.
    const ENGLISH = /\b(the|is|at|of|line|column|expected|invalid|missing|field|type|outside|level|found|unknown|variant|struct|string|integer|sequence|map|error|not|and)\b/i;
    for (const [name, text, expected] of cases) {
      await choose(page, name, text);
      await waitText(page, '.file-error', expected);
      const message = await page.textContent('.file-error');
      assert.match(message, expected, name);
      assert.match(message, /Ingenting ändrades\.$/);
      const words = message.replace(/”[^”]*”/g, '').replaceAll('Nära vård-kompassen', 'appen');
      assert.doesNotMatch(words, ENGLISH, `${name}: English in a Swedish message: ${message}`);
      // Every sentence ends with a full stop (none runs into the next).
      assert.doesNotMatch(words, /[a-zåäö0-9)]\s+[A-ZÅÄÖ]/, `${name}: a sentence without a full stop: ${message}`);
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), before, `${name} changed saved data`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the same assessment again: the user decides, and an import can be undone', async () => {
    const { context, page, problems } = await fresh();
    await choose(page, 'a.json', V1);
    await waitText(page, '.file-status', /lästes in/);
    const once = await page.evaluate((k) => localStorage.getItem(k), KEY);
    assert.equal(content(once).length, 3);
    await choose(page, 'a.json', V1);
    await page.waitForSelector('#duplicate-heading');
    assert.equal(await page.textContent('#duplicate-heading'), 'Samma bedömning finns redan');
    assert.match(await page.textContent('.duplicate-prompt'), /3 bedömningar i ”a\.json” finns redan här/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('text=Behåll det som finns');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), once, 'nothing added, nothing overwritten');
    await choose(page, 'a.json', V1);
    await page.waitForSelector('#duplicate-heading');
    await page.click('text=Behåll båda');
    assert.equal(content(await page.evaluate((k) => localStorage.getItem(k), KEY)).length, 6);
    await page.click('.file-status button');
    assert.equal(await page.textContent('.file-status'), 'Inläsningen ångrades.');
    assert.equal(content(await page.evaluate((k) => localStorage.getItem(k), KEY)).length, 3);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
