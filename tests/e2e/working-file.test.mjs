// The working file ("arbetsfil"): every change written to a file the user chose, reconnected
// after a reload, opened on another computer, and never written over when changed elsewhere or
// unreadable (failures: working-file-trouble.test.mjs). The browser's file pickers are replaced by
// an init script that returns real FileSystemFileHandles from the Origin Private File System
// (real writes, the same interface; tests/e2e/support/working-file.mjs); the app has no test-only code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { FILE, audit, connected, fileText, fileWhere, first, inMenu, openWith, shoot, started, stored, writeFile } from './support/working-file.mjs';

describe('working file', () => {
  const app = withApp();
  const open = () => openWith(app);

  /** A working file as another computer left it: one assessment, the first shift at level 2. */
  const fileFromAnotherComputer = async () => {
    const one = await open();
    await connected(one.page);
    await one.page.check('#now-2');
    const { text } = await fileWhere(one.page, (d) => first(d).items.person?.now?.level === 2);
    await one.context.close();
    return text;
  };

  test('choose a working file: every change is in the file within two seconds; reload and reconnect with one click', async () => {
    const { context, page, problems } = await open();
    await started(page);
    assert.match(await page.textContent('.export-note'), /Inte sparat som fil ännu/);
    await inMenu(page, '.working-choose');
    assert.equal(await page.evaluate(() => window.__suggested), 'Nära vård-kompassen – Vårdcentralen Nyköping.json');
    const made = await fileWhere(page, (d) => first(d)?.unit === 'Vårdcentralen Nyköping');
    // The same format as "Spara som fil".
    assert.equal(made.doc.schema, 2);
    assert.match(made.doc.exported, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(made.doc.workspace.assessments.length, 1);
    await page.waitForFunction(() => /senast kl\. \d\d:\d\d/.test(document.querySelector('.working-status')?.textContent ?? ''));
    assert.match(await page.textContent('.working-status'), /^Sparas också i ”arbetsfil\.json”, senast kl\. \d\d:\d\d$/);
    // While the file is connected there is no reminder to save a file.
    assert.equal(await page.locator('.export-note').count(), 0);

    await page.check('#now-3');
    const rated = await fileWhere(page, (d) => first(d).items.person?.now?.level === 3);
    assert.ok(rated.ms < 2500, `written ${rated.ms} ms after the change`);
    console.log(`the change was in the file ${rated.ms} ms after it was made`);
    await page.check('#target-5');
    await fileWhere(page, (d) => first(d).items.person?.target?.level === 5);
    await page.fill('#question-0', 'Kontinuitet för äldre');
    await fileWhere(page, (d) => first(d).items.person?.answers?.[0] === 'Kontinuitet för äldre');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    await fileWhere(page, (d) => first(d).actions?.[0]?.what === 'Fast vårdkontakt');
    await audit(page, 'connected');
    await shoot(page, 'connected');

    // Next visit: the browser asks again; one click reconnects and writing goes on.
    await page.reload();
    await page.waitForSelector('.working-reconnect');
    assert.match(await page.textContent('.working-status'), /Arbetsfilen ”arbetsfil\.json” är inte ansluten/);
    await audit(page, 'remembered');
    await shoot(page, 'remembered');
    await page.click('.working-reconnect');
    await page.waitForFunction(() => /Sparas också i/.test(document.querySelector('.working-status')?.textContent ?? ''));
    await page.check('#now-4');
    await fileWhere(page, (d) => first(d).items.person?.now?.level === 4 && first(d).actions?.length === 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('open the working file in a fresh browser and continue there', async () => {
    const text = await fileFromAnotherComputer();

    // Another computer: nothing in this browser; the same file (copied into its OPFS).
    const other = await open();
    await writeFile(other.page, text);
    assert.equal(await other.page.locator('.working-choose').count(), 0);
    await inMenu(other.page, '.working-open');
    await other.page.waitForFunction(() => /Sparas också i ”arbetsfil\.json”, senast/.test(document.querySelector('.working-status')?.textContent ?? ''));
    const here = await stored(other.page);
    assert.equal(here.workspace.assessments.length, 1);
    assert.equal(here.workspace.assessments[0].unit, 'Vårdcentralen Nyköping');
    assert.deepEqual(here.workspace.assessments[0].items.person.now, { level: 2 });
    // The list of what came in; then continue: a change made here reaches the file.
    await other.page.waitForSelector('.history-view');
    await other.page.click('.view-nav li:first-child button');
    await other.page.click('.step-nav li:nth-child(2) button');
    await other.page.waitForSelector('#now-5');
    await other.page.check('#now-5');
    await fileWhere(other.page, (d) => first(d).items.person?.now?.level === 5);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  test('opening a working file in a browser with its own data asks, then keeps both sides', async () => {
    const text = await fileFromAnotherComputer();

    // Another computer that already holds another unit's assessment.
    const other = await open();
    await other.page.fill('#unit-name', 'Hemtjänsten Väst');
    await other.page.click('form.start-form button[type=submit]');
    await other.page.check('#now-4');
    await writeFile(other.page, text);
    await inMenu(other.page, '.working-open');
    await other.page.waitForSelector('.working-question');
    // Only what the file has and this browser lacks is asked about; nothing is written yet.
    const rows = other.page.locator('.working-difference legend');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.nth(0).textContent(), /^Vårdcentralen Nyköping, \d{4}-\d{2}-\d{2} – Finns bara i filen$/);
    assert.equal(await fileText(other.page), text);
    await other.page.click('.working-apply');
    const both = await fileWhere(other.page, (d) => d.workspace.assessments.length === 2);
    assert.deepEqual(both.doc.workspace.assessments.map((a) => a.unit).sort(), ['Hemtjänsten Väst', 'Vårdcentralen Nyköping']);
    assert.equal((await stored(other.page)).workspace.assessments.length, 2);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  test('a file changed elsewhere is never overwritten: the question, then the choice per assessment', async () => {
    const { context, page, problems } = await open();
    await connected(page);
    await page.check('#now-2');
    const { doc } = await fileWhere(page, (d) => first(d).items.person?.now?.level === 2);
    // A colleague's browser writes the file: the level 5, and another unit's assessment.
    const theirs = structuredClone(doc);
    first(theirs).items.person.now = { level: 5 };
    theirs.workspace.assessments.push({ ...structuredClone(first(doc)), id: 'x9', unit: 'Hemtjänsten Väst', actions: [] });
    const outside = JSON.stringify(theirs, null, 2);
    await writeFile(page, outside);
    // A change here: the app reads the file first and asks instead of writing.
    await page.check('#now-3');
    await page.waitForSelector('.working-question');
    assert.equal(await fileText(page), outside);
    const rows = page.locator('.working-difference legend');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).textContent(), /^Vårdcentralen Nyköping, \d{4}-\d{2}-\d{2} – Ändrad både här och i filen$/);
    assert.match(await rows.nth(1).textContent(), /^Hemtjänsten Väst, \d{4}-\d{2}-\d{2} – Finns bara i filen$/);
    // What differs, in short: the two sides of each.
    assert.deepEqual(await page.locator('.working-sides').nth(1).locator('li').allTextContents(), ['Här: finns inte', 'I filen: 1 fråga skattad, 0 åtgärder']);
    // Nothing made here is lost by default: keep both for the one changed on both sides.
    assert.equal(await page.isChecked('#working-choice-0-0'), true);
    assert.equal(await page.isChecked('#working-choice-1-1'), true);
    assert.match(await page.textContent('.working-status'), /uppdateras inte just nu/);
    await audit(page, 'question');
    await shoot(page, 'question');
    // Another change while asking is not written either.
    await page.check('#target-4');
    await page.waitForTimeout(1500);
    assert.equal(await fileText(page), outside);
    // Take the file's version of the first; add the second.
    await page.check('#working-choice-0-1');
    await page.click('.working-apply');
    const merged = await fileWhere(page, (d) => d.workspace.assessments.length === 2 && first(d).items.person?.now?.level === 5);
    assert.deepEqual(merged.doc.workspace.assessments.map((a) => a.unit), ['Vårdcentralen Nyköping', 'Hemtjänsten Väst']);
    const here = await stored(page);
    assert.deepEqual(here.workspace.assessments.map((a) => a.items.person?.now?.level), [5, 2]);
    assert.equal(await page.locator('.working-question').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a file from a newer version or unreadable is put aside, not written over', async () => {
    for (const [content, pattern] of [
      ['{"schema": 9, "workspace": {}}', /”arbetsfil\.json” är sparad av en nyare version av appen\. Den lämnas orörd/],
      ['inte json', /”arbetsfil\.json” går inte att läsa som en fil från Nära vård-kompassen\. Den lämnas orörd/],
    ]) {
      const { context, page, problems } = await open();
      await connected(page);
      await writeFile(page, content);
      await page.check('#now-4');
      await page.waitForSelector('.working-problem');
      assert.match(await page.textContent('.working-problem'), pattern);
      assert.equal(await fileText(page), content);
      assert.deepEqual((await stored(page)).workspace.assessments[0].items.person.now, { level: 4 });
      await audit(page, 'put-aside');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
