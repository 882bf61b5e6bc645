// check: keyboard — the journeys beside the assessment (which assessment.test.mjs completes by
// keyboard) with page.keyboard alone, never a click: the "Filer" menu (save a file, open one),
// the organisation view (read files, sort), and a workshop on each device (the facilitator's
// set-up, a pass-the-device round, the reveal, the projector; a phone from the join link to
// its answer code). A file chooser is opened by the keyboard and answered by the test, as the
// operating system's dialog would be.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { tabTo } from './support/keyboard.mjs';
import { KEY, seedDocument, seedOnce, unitFiles } from './support/seed.mjs';

/** Presses Tab until the focus is on `selector` whose text holds `text`; fails after 200 presses. */
async function tabToText(page, selector, text) {
  for (let i = 0; i < 200; i += 1) {
    const there = await page.evaluate(([s, t]) => Boolean(document.activeElement?.matches(s) && document.activeElement.textContent.includes(t)), [selector, text]);
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} "${text}"`);
}

/** Tab to `selector` (with `text` in it, if given), then press `key`. */
async function press(page, selector, key = 'Enter', text = undefined) {
  if (text === undefined) await tabTo(page, selector, 200);
  else await tabToText(page, selector, text);
  await page.keyboard.press(key);
}

/** Moves the radio group of the focused radio to option `index` with the arrow keys. */
async function arrowTo(page, selector, index) {
  await tabTo(page, selector, 200);
  if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
  let at = await page.evaluate(() => [...document.querySelectorAll(`input[name="${document.activeElement.name}"]`)].indexOf(document.activeElement));
  for (; at < index; at += 1) await page.keyboard.press('ArrowRight');
  for (; at > index; at -= 1) await page.keyboard.press('ArrowLeft');
}

describe('journeys by keyboard alone', () => {
  const app = withApp();

  test('the "Filer" menu: save as file and open a file, by keyboard', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, { init: seedOnce, arg: [KEY, seedDocument('sv')] });
    await press(page, '.file-menu > summary');
    assert.equal(await page.locator('.file-menu[open]').count(), 1);
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'button.save-file')]);
    const saved = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
    assert.equal(saved.workspace.assessments.length, 4);
    // Listening before the menu opens gives Playwright's file-chooser interception time to start.
    const choosing = page.waitForEvent('filechooser');
    await press(page, '.file-menu > summary');
    await press(page, '.file-open input', 'Space');
    const chooser = await choosing;
    const other = JSON.parse(seedDocument('sv'));
    other.workspace.assessments = other.workspace.assessments.slice(0, 1).map((a) => ({ ...a, unit: 'Flen' }));
    await chooser.setFiles({ name: 'flen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.waitForFunction(() => /lästes in/.test(document.querySelector('.file-status')?.textContent ?? ''));
    // Undo, by keyboard too.
    await press(page, '.file-status button');
    await page.waitForFunction(() => /ångrades/.test(document.querySelector('.file-status')?.textContent ?? ''));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the organisation view: read files and sort, by keyboard', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    const choosing = page.waitForEvent('filechooser');
    await press(page, '.view-nav button', 'Enter', 'Sammanställning');
    await page.waitForSelector('.rollup-view');
    const files = unitFiles();
    await press(page, '.rollup-view input[type=file]', 'Space');
    const chooser = await choosing;
    await chooser.setFiles(files);
    await page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 3);
    await press(page, '.rollup-table thead button');
    await page.waitForSelector('.rollup-table th[aria-sort]');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a workshop on the facilitator\'s computer, the projector and a phone, by keyboard', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await press(page, '.view-nav button', 'Enter', 'Workshop');
    await page.waitForSelector('.workshop-setup');
    await press(page, '#ws-targets', 'Space');
    await press(page, '.workshop-setup button[type=submit]');
    await page.waitForSelector('.workshop-join');
    const link = await page.textContent('.join-link code');

    // Three people rate on this computer, the screen clearing between them.
    await press(page, 'button', 'Enter', 'Skicka runt en dator eller telefon');
    await page.waitForSelector('.workshop-round');
    for (const level of [1, 2, 2]) {
      await arrowTo(page, '[id^=runda][id*="-0-nu-"]', level);
      await press(page, '.workshop-round button.primary');
    }
    await press(page, '.workshop-round .field-row button:not(.primary)');
    await page.waitForSelector('.workshop-round', { state: 'detached' });
    assert.equal(await page.textContent('.collected-count'), '3 svar insamlade');
    await press(page, '.workshop-results button', 'Enter', 'Visa resultatet');
    await page.waitForSelector('.workshop-results svg');

    // The projector: on, every screen by the keys a clicker sends, and Esc back.
    await press(page, '.ws-step-join .projector-row button');
    await page.waitForSelector('main.projector');
    const count = () => page.textContent('.slide-count');
    const [, total] = (await count()).match(/\d+/g).map(Number);
    for (let i = 1; i < total; i += 1) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    assert.match(await count(), new RegExp(`\\b${total}\\D+${total}$`));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.workshop-setup, .workshop-join, .workshop-results');

    // A phone: from the join link to the answer code.
    const phone = await openPage(app.browser, link, { viewport: { width: 375, height: 667 } });
    for (;;) {
      await arrowTo(phone.page, '.rating-item input[type=radio][id*="-nu-"]', 2);
      if (await phone.page.locator('button:has-text("Klar – visa min svarskod")').count()) break;
      await press(phone.page, 'button', 'Enter', 'Nästa');
    }
    await press(phone.page, 'button', 'Enter', 'Klar – visa min svarskod');
    await phone.page.waitForSelector('.answer-code');
    const code = await phone.page.textContent('.answer-code');
    assert.deepEqual(phone.problems, []);
    await phone.context.close();

    // The facilitator types the code in.
    await tabTo(page, '#paste-codes');
    await page.keyboard.type(code);
    await press(page, '.workshop-collect button[type=submit]');
    await page.waitForFunction(() => /4 svar/.test(document.querySelector('.collected-count')?.textContent ?? ''));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
