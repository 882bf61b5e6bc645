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

  const choose = (page, name, text) =>
    page.setInputFiles('.file-open input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

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
    assert.match(await page.textContent('.export-note'), /Inte sparat som fil ännu/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.save-file')]);
    assert.match(download.suggestedFilename(), /^nara-vard-kompassen-\d{4}-\d{2}-\d{2}\.json$/);
    const file = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    const saved = JSON.parse(file);
    assert.equal(saved.schema, 1);
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
    await page.check('#now-4');
    assert.match(await page.textContent('.export-note'), /Ändringar sedan du senast sparade som fil/);
    assert.deepEqual(problems, []);
    await context.close();

    // A browser with nothing in it.
    const other = await fresh();
    await choose(other.page, 'säkerhetskopia.json', file);
    await waitText(other.page, '.file-status', /lästes in/);
    assert.equal(await other.page.textContent('.file-status'), '1 bedömningar lästes in från «säkerhetskopia.json».Ångra');
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
      ['bild.png', '\u0089PNG\r\n\u001a\n\u0000\u0000binary', /«bild\.png» kunde inte läsas in\. Uppgifterna är skadade \(inte giltig JSON, rad 1/],
      // Not UTF-8 at all (a UTF-16 file): read with replacement characters, refused as not JSON.
      ['utf16.json', Buffer.from('\ufeff{"schema": 1}', 'utf16le'), /«utf16\.json» kunde inte läsas in\. Uppgifterna är skadade \(inte giltig JSON, rad 1/],
      ['trasig.json', '{"schema": 1, "workspace": {', /«trasig\.json» kunde inte läsas in\. Uppgifterna är skadade \(inte giltig JSON/],
      ['lista.json', '[1, 2, 3]', /«lista\.json» kunde inte läsas in\. Uppgifterna har fel form/],
      ['annan.json', '{"name": "en annan app"}', /«annan\.json» kunde inte läsas in\. Uppgifterna saknar versionsnummer/],
      ['nivå.json', V1.replace('{ "level": 2 }', '{ "level": 9 }'), /«nivå\.json».*level 9 is outside 1–5 at line 20/],
      ['okänd.json', V1.replace('"tillit"', '"tilit"'), /«okänd\.json»: bedömning 1 har ett område med id "tilit"/],
      ['ny.json', '{"schema": 5, "workspace": {}}', /nyare version av appen \(format 5/],
      ['tom.json', '{"schema":1,"workspace":{"framework_id":"sormland-2035"}}', /«tom\.json» innehåller ingen bedömning/],
      ['stor.json', ' '.repeat(8 * 1024 * 1024 + 1), /«stor\.json» är för stor \(8192 kB\)/],
    ];
    for (const [name, text, expected] of cases) {
      await choose(page, name, text);
      await waitText(page, '.file-error', expected);
      const message = await page.textContent('.file-error');
      assert.match(message, expected, name);
      assert.match(message, /Ingenting ändrades\.$/);
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
    assert.match(await page.textContent('.duplicate-prompt'), /3 bedömningar i «a\.json» finns redan här/);
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
