// The editor of an own framework ("Eget ramverk"), by keyboard alone: built from empty (three goal
// areas, horizon 2030, four shifts, five statements on a four-step agreement scale), problems at
// their fields and in a summary, the preview, "Använd"; an assessment on it, exported and opened
// in a fresh browser that has no framework; the framework shared as a link to a fresh browser;
// and a workshop on it with two phones. axe on every editor state in Swedish and English at
// 1280 × 800 and 320 × 640.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';
import { chooseRadio, tabTo } from './support/keyboard.mjs';

const PHONE = { width: 375, height: 667 };
const AGREE = ['Stämmer inte alls', 'Stämmer delvis', 'Stämmer till stor del', 'Stämmer helt'];

/** Tabs to `selector` (on a long form too) and presses Enter. */
async function press(page, selector) {
  await tabTo(page, selector, 600);
  await page.keyboard.press('Enter');
}

/** Tabs to the first `selector` whose text is `text` and presses Enter. */
async function pressText(page, selector, text) {
  for (let i = 0; i < 600; i += 1) {
    const here = await page.evaluate(([s, t]) => {
      const el = document.activeElement;
      return !!el?.matches(s) && (el.querySelector('.step-label') ?? el).textContent.trim() === t;
    }, [selector, text]);
    if (here) return page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} "${text}"`);
}

/** Tabs to the field `selector` and types `text` into it. */
async function typeInto(page, selector, text) {
  await tabTo(page, selector, 600);
  await page.keyboard.type(text);
}

/** Types into the field that has the focus (the editor moves it to a field it adds). */
async function typeHere(page, selector, text) {
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector);
  await page.keyboard.type(text);
}

/** Zero axe violations in Swedish and English, at 1280 × 800 and at 320 × 640 (nothing sideways). */
async function audit(page, what) {
  for (const size of [{ width: 1280, height: 800 }, { width: 320, height: 640 }]) {
    await page.setViewportSize(size);
    for (const lang of ['en', 'sv']) {
      await press(page, `.lang-button[lang=${lang}]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      assert.deepEqual(await axeViolations(page), [], `${what} (${lang}, ${size.width} px)`);
      assert.equal(await scrollsSideways(page), false, `${what} at ${size.width} px`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Builds the framework from empty on the start page, by keyboard; leaves it in the editor. */
async function build(page) {
  await press(page, '#own-new');
  await page.waitForSelector('.editor h1');
  assert.equal(await page.textContent('.editor h1'), 'Eget ramverk');
  await audit(page, 'the empty editor');

  // "Använd" on the empty draft: nothing is used, every problem is listed and focused.
  await press(page, '#ed-use');
  await page.waitForFunction(() => document.activeElement?.id === 'ed-summary');
  const summary = await page.locator('#ed-summary li').allTextContents();
  assert.deepEqual(summary, [
    'Namn: Skriv en text på svenska.',
    'Förflyttning 1, FRÅN: Skriv en text på svenska.',
    'Förflyttning 1, TILL: Skriv en text på svenska.',
    'Fråga 1: Skriv en text på svenska.',
  ]);
  assert.equal(await page.getAttribute('#ed-name-sv', 'aria-describedby'), 'ed-name-sv-error');
  assert.equal(await page.textContent('#ed-name-sv-error'), 'Fel: Skriv en text på svenska.');
  assert.equal(await page.getAttribute('#ed-name-sv', 'aria-invalid'), 'true');
  await audit(page, 'the editor with problems');
  // A summary link takes the focus to its field.
  await press(page, '#ed-summary a[href="#ed-name-sv"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ed-name-sv');

  await page.keyboard.type('Vår målbild 2030');
  assert.equal(await page.locator('#ed-name-sv-error').count(), 0, 'the problem goes as the user types');
  await typeInto(page, '#ed-horizon', '20x');
  assert.match(await page.textContent('#ed-horizon-error'), /Skriv ett år mellan 2000 och 2100/);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('30');
  assert.equal(await page.locator('#ed-horizon-error').count(), 0);
  for (const [i, name] of ['Hälsa', 'Trygghet', 'Delaktighet'].entries()) {
    await press(page, '#ed-goal_areas-add');
    await typeHere(page, `#ed-goal_areas-${i}-name-sv`, name);
  }
  // Own scale: four steps from 1, the agreement wording.
  await press(page, '#ed-scales-add');
  for (const [j, label] of AGREE.entries()) {
    if (j > 0) await tabTo(page, `#ed-scales-0-labels-${j}-sv`);
    await typeHere(page, `#ed-scales-0-labels-${j}-sv`, label);
  }
  const poles = [['Organisation', 'Person'], ['Reaktivt', 'Proaktivt'], ['Var för sig', 'Tillsammans'], ['Mottagare', 'Medskapare']];
  for (const [i, [from, to]] of poles.entries()) {
    if (i > 0) await press(page, '#ed-shifts-add');
    else await tabTo(page, '#ed-shifts-0-from-sv', 600);
    await typeHere(page, `#ed-shifts-${i}-from-sv`, from);
    await typeInto(page, `#ed-shifts-${i}-to-sv`, to);
  }
  // The first shift serves the first and third goal areas (checkboxes by Space).
  for (const g of [0, 2]) {
    await tabTo(page, `#ed-shifts-0-serves-${g}`, 600);
    await page.keyboard.press('Space');
  }
  await typeInto(page, '#ed-questions-0-sv', 'Vad behöver vi för att ta nästa steg?');
  await tabTo(page, '#ed-factors_title-sv', 600);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Påståenden');
  const statements = ['Vi känner våra invånares behov', 'Vi planerar vården tillsammans', 'Vi följer upp med invånaren', 'Vi delar information', 'Vi lär av varandra'];
  for (const [i, s] of statements.entries()) {
    await press(page, '#ed-factors-add');
    await typeHere(page, `#ed-factors-${i}-name-sv`, s);
    // The statement's scale: the own one, the option after the app's (ArrowDown on the select).
    await tabTo(page, `#ed-factors-${i}-scale`, 600);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((id) => document.getElementById(id).value === 'skala-1', `ed-factors-${i}-scale`);
  }
  // Remove the last goal area and bring it back with "Ångra".
  await press(page, '#ed-goal_areas-2-remove');
  assert.equal(await page.locator('#ed-goal_areas-heading + ol > li, #ed-goal_areas-heading ~ ol > li').count(), 2);
  await page.waitForFunction(() => document.activeElement?.id === 'ed-goal_areas-undo');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#ed-goal_areas-2-name-sv'), 'Delaktighet');
  // Move the second shift up and back down.
  await press(page, '#ed-shifts-1-up');
  assert.equal(await page.inputValue('#ed-shifts-0-from-sv'), 'Reaktivt');
  await press(page, '#ed-shifts-0-down');
  assert.equal(await page.inputValue('#ed-shifts-0-from-sv'), 'Organisation');
  assert.equal(await page.locator('.error-summary li').count(), 0, 'nothing left to fix');

  // The draft survives a reload.
  await page.reload();
  await page.waitForSelector('.editor h1');
  assert.equal(await page.inputValue('#ed-name-sv'), 'Vår målbild 2030');

  await press(page, '#ed-preview-toggle');
  await page.waitForSelector('.ed-preview #framework-name');
  assert.equal(await page.textContent('.ed-preview #framework-name'), 'Vår målbild 2030');
  assert.equal(await page.locator('.ed-preview .goal-area').count(), 3);
  await audit(page, 'the preview');
  await press(page, '#ed-preview-toggle');
}

describe('own framework editor', () => {
  const app = withApp();
  let saved = null;

  test('built from empty by keyboard, used for an assessment, exported and opened in a fresh browser, shared as a link', async () => {
    const { page, context, problems } = await openPage(app.browser, app.server.url);
    await build(page);
    await press(page, '#ed-use');
    await page.waitForSelector('.start-step');
    assert.equal(await page.$eval('#framework-select', (s) => s.selectedOptions[0].textContent), 'Vår målbild 2030');
    assert.equal(await page.textContent('#framework-name'), 'Vår målbild 2030');

    // An assessment on it: the first shift and the first statement, by keyboard.
    await typeInto(page, '#unit-name', 'Hälsocentralen Ås');
    await press(page, 'form.start-form button[type=submit]');
    await page.waitForSelector('#step-heading');
    await chooseRadio(page, 'now', 1);
    await chooseRadio(page, 'target', 4);
    for (let i = 0; i < 4; i += 1) await press(page, 'button.next');
    // A statement: four steps with the agreement wording.
    assert.equal(await page.locator('input[name=now]').count(), 5, 'four steps and "Vet ej"');
    assert.match(await page.textContent('.scale-options'), /Stämmer inte alls[\s\S]*Stämmer helt/);
    await chooseRadio(page, 'now', 2);
    await chooseRadio(page, 'target', 3);
    await press(page, '.step-nav li:last-child button');
    await page.waitForSelector('.goal-progress, .results');
    const results = await page.textContent('main');
    assert.match(results, /Hälsa/);

    // Export by keyboard from the "Filer" menu.
    await press(page, 'details.file-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button.save-file')]);
    const file = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    const json = JSON.parse(file);
    assert.equal(json.schema, 2);
    assert.equal(json.workspace.frameworks[0].name.sv, 'Vår målbild 2030');
    assert.equal(json.workspace.frameworks[0].scales[0].labels[3].sv, 'Stämmer helt');

    // A fresh browser with no framework opens the file and sees the results.
    const other = await openPage(app.browser, app.server.url);
    // Listen before the menu opens: Playwright turns on its file-chooser interception when the
    // first listener is added, and on a busy machine a Space pressed at once could beat it.
    const choosing = other.page.waitForEvent('filechooser');
    await press(other.page, 'details.file-menu summary');
    await tabTo(other.page, '.file-open input[type=file]');
    await other.page.keyboard.press('Space');
    const chooser = await choosing;
    await chooser.setFiles({ name: 'enheten.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await other.page.waitForSelector('.file-status');
    assert.match(await other.page.textContent('.file-status'), /Ramverket ”Vår målbild 2030” finns nu bland era ramverk/);
    // The file's assessment is the open one: its results are a step away.
    await pressText(other.page, '.view-nav button', 'Självskattning');
    await pressText(other.page, '.step-nav button', 'Resultat');
    await other.page.waitForSelector('main h1');
    assert.match(await other.page.textContent('main'), /Hälsa/);
    assert.deepEqual(other.problems, []);
    await other.context.close();

    // The framework alone as a link: a fresh browser installs and chooses it.
    await pressText(page, '.step-nav button', 'Start');
    await page.waitForSelector('.start-step');
    await press(page, '#own-share');
    await page.waitForSelector('#own-link');
    const link = await page.inputValue('#own-link');
    assert.match(link, /#eget-ramverk=[A-Za-z0-9_-]+$/);
    const third = await openPage(app.browser, link);
    await third.page.waitForSelector('.framework-link');
    assert.equal(await third.page.textContent('.framework-link'), 'Ramverket ”Vår målbild 2030” finns nu bland era ramverk.');
    assert.equal(await third.page.textContent('#framework-name'), 'Vår målbild 2030');
    assert.equal(new URL(third.page.url()).hash, '', 'the link is read once');
    assert.deepEqual(await axeViolations(third.page), []);
    assert.deepEqual(third.problems, []);
    await third.context.close();

    saved = await page.evaluate(() => localStorage.getItem('nara-vard-kompassen'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a workshop on the own framework: two phones get it through the join link', async () => {
    assert.ok(saved, 'the first test saved the framework');
    const lead = await openPage(app.browser, app.server.url, {
      init: (s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('nara-vard-kompassen', s); sessionStorage.setItem('seeded', '1'); } },
      arg: saved,
    });
    await lead.page.reload();
    await lead.page.waitForSelector('main#main h1');
    await pressText(lead.page, '.view-nav button', 'Workshop');
    await typeInto(lead.page, '#ws-unit', 'Hälsocentralen Ås');
    await pressText(lead.page, 'button', 'Starta workshopen');
    await lead.page.waitForSelector('.join-link code');
    const link = await lead.page.textContent('.join-link code');
    assert.match(link, /#workshop=[0-9A-Z]{3}\.eget-[0-9a-f]{8}\.[0-9A-Z]+\.\d\.[A-Za-z0-9_-]+$/, 'the link carries the framework');
    const codes = [];
    for (const level of [1, 3]) {
      const phone = await openPage(app.browser, link, { viewport: PHONE });
      await phone.page.waitForSelector('.rating-item');
      assert.match(await phone.page.textContent('.rating-item'), /Organisation[\s\S]*Person/);
      await chooseRadio(phone.page, (await phone.page.getAttribute('.rating-item input[type=radio]', 'name')), level);
      // The rest are left unrated: on to the last item, where the code is.
      for (let i = 1; i < 9; i += 1) await pressText(phone.page, 'button', 'Nästa');
      assert.equal(await phone.page.locator('.rating-item input[type=radio]').count(), 5, 'a statement: four steps and "Vet ej"');
      assert.match(await phone.page.textContent('.rating-item'), /Stämmer inte alls[\s\S]*Stämmer helt/);
      await pressText(phone.page, 'button', 'Klar – visa min svarskod');
      await phone.page.waitForSelector('.answer-code');
      codes.push(await phone.page.textContent('.answer-code'));
      if (codes.length === 1) assert.deepEqual(await axeViolations(phone.page), []);
      assert.deepEqual(phone.problems, []);
      await phone.context.close();
    }
    await typeInto(lead.page, '#paste-codes', codes.join('\n'));
    await pressText(lead.page, 'button', 'Lägg till koderna');
    assert.equal(await lead.page.textContent('.paste-report p'), '2 koder lades till.');
    assert.deepEqual(lead.problems, []);
    await lead.context.close();
  });
});
