// Self-assessment journeys: keyboard-only completion, reload, storage trouble.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage } from './support/browser.mjs';
import { chooseRadio, tabTo } from './support/keyboard.mjs';

const SORMLAND = JSON.parse(readFileSync(new URL('../../core/src/framework/presets/sormland-2035.json', import.meta.url)));
const ITEMS = [...SORMLAND.shifts, ...SORMLAND.factors];
const DONT_KNOW = 5;

/** The plan of answers: a level index 0–4, or DONT_KNOW, for now and target per item. */
function planFor(i, id) {
  if (id === 'tillit') return { now: DONT_KNOW, target: 3 };
  const now = i % 5;
  return { now, target: Math.min(4, now + 2) };
}

/** Goal-area index as README's scoring rules define it, computed here independently. */
function expectedGoalIndex(goal, which) {
  const levels = ITEMS.map((item, i) => ({ item, p: planFor(i, item.id)[which] }))
    .filter(({ item, p }) => item.goal_areas.includes(goal) && p !== DONT_KNOW)
    .map(({ p }) => p / 4);
  return Math.round((100 * levels.reduce((a, b) => a + b, 0)) / levels.length);
}

describe('self-assessment', () => {
  const app = withApp();

  test('a unit completes every shift and factor by keyboard alone, and a reload loses nothing', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    const kb = page.keyboard;
    await tabTo(page, '#unit-name');
    await kb.type('Vårdcentralen Nyköping');
    await tabTo(page, 'form.start-form button[type=submit]');
    await kb.press('Enter');
    await page.waitForSelector('.item-step');

    for (const [i, item] of ITEMS.entries()) {
      const heading = page.locator('#step-heading');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'step-heading', `focus on the heading of ${item.id}`);
      assert.equal(await page.getAttribute('.item-step', 'data-item'), item.id);
      // Inside the sentence each pole starts with a small letter ("Från organisation till person och relation").
      const small = (text) => (/^[A-ZÅÄÖ][a-zåäöé]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);
      if (item.from) assert.equal(await heading.textContent(), `Från ${small(item.from.sv)} till ${small(item.to.sv)}`);
      const plan = planFor(i, item.id);
      await chooseRadio(page, 'now', plan.now);
      await chooseRadio(page, 'target', plan.target);
      if (item.from) {
        await tabTo(page, '#question-0');
        await kb.type(`Vinst ${item.id}`);
        await tabTo(page, '#question-1');
        await kb.type(`Behov ${item.id}`);
      } else {
        await tabTo(page, '#item-note');
        await kb.type(`Belägg ${item.id}`);
      }
      if (i === 0 || item.id === 'samverkan') {
        await tabTo(page, `#add-${item.id}-what`);
        await kb.type(`Åtgärd för ${item.id}`);
        await tabTo(page, `#add-${item.id}-who`);
        await kb.type('Anna');
        await kb.press('Enter');
        await page.waitForSelector(`.action-list li:has-text("Åtgärd för ${item.id}")`);
      }
      await tabTo(page, 'button.next');
      await kb.press('Enter');
    }

    // The action plan lists both actions together, then the results.
    await page.waitForSelector('.actions-step');
    assert.equal(await page.locator('.actions-step .action').count(), 2);
    await tabTo(page, 'button.next');
    await kb.press('Enter');
    await page.waitForSelector('.results-step');
    await checkResults(page);

    // Saved at once: a reload opens the results again, and every answer is back.
    // "Sparat" only where it is: the browser's storage holds every answer and both actions.
    assert.equal((await page.textContent('.save-status')).trim(), 'Sparat i webbläsaren');
    const raw = await page.evaluate(() => localStorage.getItem('nara-vard-kompassen'));
    assert.ok(raw, '"Sparat i webbläsaren" is shown, but nothing is in storage');
    const stored = JSON.parse(raw);
    assert.equal(stored.workspace.assessments.length, 1);
    const [saved] = stored.workspace.assessments;
    assert.equal(saved.unit, 'Vårdcentralen Nyköping');
    const rating = (p) => (p === DONT_KNOW ? 'dont_know' : { level: p + 1 });
    for (const [i, item] of ITEMS.entries()) {
      const plan = planFor(i, item.id);
      assert.deepEqual(saved.items[item.id].now, rating(plan.now), `${item.id} now in storage`);
      assert.deepEqual(saved.items[item.id].target, rating(plan.target), `${item.id} target in storage`);
    }
    assert.equal(saved.actions.length, 2);
    await page.reload();
    await page.waitForSelector('.results-step');
    await checkResults(page);
    for (const [i, item] of ITEMS.entries()) {
      await page.click(`.step-nav li:nth-child(${i + 2}) button`);
      await page.waitForSelector(`.item-step[data-item="${item.id}"]`);
      const plan = planFor(i, item.id);
      const checked = (name) => page.evaluate((n) => [...document.querySelectorAll(`input[name="${n}"]`)].findIndex((r) => r.checked), name);
      assert.equal(await checked('now'), plan.now, `${item.id} now`);
      assert.equal(await checked('target'), plan.target, `${item.id} target`);
      if (item.from) {
        assert.equal(await page.inputValue('#question-0'), `Vinst ${item.id}`);
        assert.equal(await page.inputValue('#question-1'), `Behov ${item.id}`);
      } else {
        assert.equal(await page.inputValue('#item-note'), `Belägg ${item.id}`);
      }
    }
    await page.click('.step-nav li:nth-last-child(2) button');
    const actions = await page.locator('.actions-step .action-what').allTextContents();
    assert.deepEqual(actions, ['Åtgärd för person', 'Åtgärd för samverkan']);
    await page.click('.step-nav li:first-child button');
    assert.equal(await page.inputValue('#unit-name'), 'Vårdcentralen Nyköping');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a figure from one answer is no figure, and one from few answers says so', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.click('form.start-form button[type=submit]');
    // One of thirteen items rated: the first shift, at level 3.
    await page.check('#now-3');
    await page.click('.step-nav li:last-child button');
    const rows = page.locator('.goal-progress');
    const texts = await rows.locator('.goal-now').allTextContents();
    assert.ok(texts.every((text) => !/\d+ %/.test(text)), texts.join(' | '));
    assert.ok(texts.some((text) => /^Bara en av \d+ frågor är skattad\./.test(text)), texts.join(' | '));
    // The first shift serves more than one goal area; rate the next shift too: still few.
    await page.click('.step-nav li:nth-child(3) button');
    await page.check('#now-4');
    await page.click('.step-nav li:last-child button');
    const warnings = await page.locator('.goal-warning').allTextContents();
    assert.ok(warnings.length > 0, 'a figure on two answers of many is marked');
    assert.match(warnings[0], /^Obs! Siffran bygger på få svar: 2 av \d+ frågor är skattade\./);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('removing an action offers an undo that puts it back', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.click('form.start-form button[type=submit]');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');
    await page.fill('#add-person-what', 'Hembesök');
    await page.click('.action-form button[type=submit]');
    await page.click('button[aria-label="Ta bort: Fast vårdkontakt"]');
    assert.deepEqual(await page.locator('.action-what').allTextContents(), ['Hembesök']);
    await page.click('.undo button');
    assert.deepEqual(await page.locator('.action-what').allTextContents(), ['Fast vårdkontakt', 'Hembesök']);
    // An empty "what" is refused with a message tied to the field.
    await page.click('.action-form button[type=submit]');
    assert.equal(await page.getAttribute('#add-person-what', 'aria-invalid'), 'true');
    assert.equal(await page.textContent('#add-person-what-error'), 'Skriv vad som ska göras.');
    assert.equal(await page.locator('.action-what').count(), 2);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

async function checkResults(page) {
  for (const goal of SORMLAND.goal_areas) {
    const row = page.locator(`.goal-progress[data-goal="${goal.id}"]`);
    assert.equal(
      await row.locator('.goal-now').textContent(),
      `Ni har kommit ${expectedGoalIndex(goal.id, 'now')} % av vägen mot ${goal.name.sv} – ert mål är ${expectedGoalIndex(goal.id, 'target')} %.`,
    );
    // Every item answered: no figure is marked as resting on few answers.
    assert.equal(await row.locator('.goal-warning').count(), 0);
    assert.match(await row.locator('.goal-meta').textContent(), new RegExp(`Mål: ${expectedGoalIndex(goal.id, 'target')} %`));
  }
  assert.equal(await page.locator('figure.radar svg[role=img]').count(), 2);
  const shiftRows = await page.locator('#chart-shifts-title').locator('xpath=..').locator('tbody tr').count();
  assert.equal(shiftRows, 4);
  assert.match(await page.textContent('.result-list:has-text("Att ta reda på")'), /Tillit – goda relationer/);
  assert.equal(await page.textContent('h1'), 'Resultat: Sörmland 2035');
}
