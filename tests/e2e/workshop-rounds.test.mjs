// Group rounds as the Kalmar deck runs them: an opening question whose pasted answers become a
// word cloud with a table, two rounds of eight groups set on the facilitator's page, the
// projector per round (each group's shift, the questions, who leads and who takes notes, the
// timer) inside 1920 × 1080, the groups' summaries from one pasted chat sorted by group and
// shift with text of no group kept aside, saved with the consensus and kept over a reload.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

const FULL_HD = { width: 1920, height: 1080 };
const SHOTS = process.env.SHOTS_DIR;

async function shot(page, name) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: name.startsWith('page') });
}

/** Every group writes once per round, in its own way, with the chat's names and times around. */
function chat() {
  const lines = ['[09:58] Facilitator', 'Välkomna tillbaka! Skriv er summering nedan.'];
  for (const round of [1, 2]) {
    for (const group of [3, 1, 2, 4, 8, 6, 5, 7]) {
      const head = [`Grupp ${group}:`, `grupp ${group} -`, `G${group}:`][group % 3];
      lines.push(`[10:${round}${group}] Deltagare ${group}`);
      lines.push(`${head} Omgång ${round} från grupp ${group}: mer tid med patienten`);
      lines.push(`och samverkan ${round}.${group}`);
    }
  }
  lines.push('[11:30] Någon', 'Tack för idag!');
  return lines.join('\n');
}

const ANSWERS_SV = [
  '[09:01] Anna', 'Trygghet och kontinuitet',
  '[09:02] Bo', 'Att vården finns nära mig, trygghet',
  '[09:03] Cia', 'Samverkan och trygghet i hemmet',
  '[09:04] Dan', 'Kontinuitet!',
].join('\n');

/** The projector's page fits the screen: nothing to scroll down or sideways. */
async function fits(page, where) {
  const { scroll, client, wide } = await page.evaluate(() => {
    const main = document.querySelector('main.projector');
    return { scroll: main.scrollHeight, client: main.clientHeight, wide: main.scrollWidth > main.clientWidth };
  });
  assert.ok(scroll <= client && client <= 1080, `${where}: scrollHeight ${scroll} > ${client}`);
  assert.equal(wide, false, `${where}: scrolls sideways`);
}

async function setUp(page, lang) {
  if (lang === 'English') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: lang === 'English' ? 'Views' : 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
  await page.fill('#ws-unit', 'Länsgemensam ledning');
  const boxes = page.locator('.ws-items input[type=checkbox]');
  const count = await boxes.count();
  for (let i = 4; i < count; i += 1) await boxes.nth(i).uncheck();
  await page.click('.workshop-setup button[type=submit]');
  await page.waitForSelector('.workshop-join');
}

/** Three people rate on this device so that the results can be revealed. */
async function passTheDevice(page) {
  await page.click('.workshop-collect .field-row button[type=button]');
  for (const level of [2, 3, 3]) {
    await page.check(`[id^=runda][id$="-0-nu-${level}"]`);
    await page.click('.workshop-round button.primary');
  }
  await page.click('.workshop-round .field-row button:not(.primary)');
}

describe('workshop group rounds', () => {
  const app = withApp();

  test('two rounds of eight groups, summaries from one chat, the word cloud, saved and reloaded', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport: FULL_HD });
    await setUp(page, 'Svenska');

    // The opening question and its word cloud.
    await page.check('#opening-show');
    await page.fill('#opening-answers', ANSWERS_SV);
    const rows = await page.locator('.workshop-opening .cloud-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent)]));
    assert.deepEqual(rows.slice(0, 3), [['trygghet', 3], ['kontinuitet', 2], ['hemmet', 1]]);
    assert.ok(!rows.some(([w]) => w === 'anna'), 'the chat\'s names are left out');
    assert.ok(!rows.some(([w]) => ['och', 'att', 'mig', 'i'].includes(w)), 'stop words left out');
    assert.equal(await page.locator('.workshop-opening svg.cloud text').count(), rows.length);
    assert.equal(await page.locator('.workshop-opening svg.cloud').getAttribute('aria-hidden'), 'true');

    // The deck's default plan: two rounds of 20 minutes, groups 1–4 and 5–8.
    await page.click('text=Planera gruppdialoger');
    assert.equal(await page.inputValue('#rounds-groups'), '8');
    assert.equal(await page.inputValue('#rounds-count'), '2');
    assert.equal(await page.inputValue('#rounds-minutes'), '20');
    const plan = await page.locator('.rounds-plan tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('select')].map((s) => s.value)));
    const shifts = [plan[0][0], plan[4][0], plan[0][1], plan[4][1]];
    assert.equal(new Set(shifts).size, 4, 'four different shifts');
    for (const [g, row] of plan.entries()) {
      assert.deepEqual(row, g < 4 ? [shifts[0], shifts[2]] : [shifts[1], shifts[3]], `group ${g + 1}`);
    }
    assert.deepEqual(await axeViolations(page), []);

    // One pasted chat with both rounds' summaries.
    await page.fill('#paste-summaries', chat());
    await page.click('text=Sortera sammanfattningarna');
    assert.match(await page.textContent('.group-summaries [role=status]'), /^16 sammanfattningar sorterade\. \d+ stycken text utan grupp lagda åt sidan\.$/);
    const sections = page.locator('.shift-summaries');
    assert.equal(await sections.count(), 4);
    for (let s = 0; s < 4; s += 1) {
      const round = s < 2 ? 1 : 2;
      const groups = s % 2 === 0 ? [1, 2, 3, 4] : [5, 6, 7, 8];
      const items = await sections.nth(s).locator('li').allTextContents();
      assert.deepEqual(items, groups.map((g) =>
        `Grupp ${g}, omgång ${round}Omgång ${round} från grupp ${g}: mer tid med patienten\noch samverkan ${round}.${g}`));
    }
    const aside = await page.locator('.aside-text li').allTextContents();
    assert.ok(aside.some((t) => t.includes('Välkomna tillbaka!')), 'text of no group is kept aside');
    assert.ok(aside.some((t) => t.includes('Tack för idag!')));
    // The same chat again adds nothing.
    await page.fill('#paste-summaries', chat());
    await page.click('text=Sortera sammanfattningarna');
    assert.match(await page.textContent('.group-summaries [role=status]'), /^0 sammanfattningar sorterade\. 16 fanns redan och lades inte till igen\.$/);
    assert.equal(await page.locator('.shift-summaries li').count(), 16);
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await scrollsSideways(page), false);
    await shot(page, 'page-sv-1920');

    // The projector: join, the opening question, two rounds, four shifts' summaries, …
    await page.click('.ws-step-join .projector-row button');
    await page.waitForSelector('main.projector');
    const heading = () => page.textContent('main.projector h1');
    await page.keyboard.press('ArrowRight');
    assert.equal(await heading(), 'Välkommen! Vad betyder nära vård för dig?');
    assert.ok(await page.locator('.projector svg.cloud text').count() >= 5);
    assert.equal(await page.locator('.projector .visually-hidden .cloud-table tbody tr').count(), rows.length);
    await shot(page, 'projector-opening-sv');
    await fits(page, 'opening');
    assert.deepEqual(await axeViolations(page), []);
    for (const round of [1, 2]) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await heading(), `Gruppdialog – omgång ${round} av 2`);
      const bands = page.locator('.projector .band');
      assert.equal(await bands.count(), 2);
      assert.deepEqual(await page.locator('.band-groups').allTextContents(), ['Grupp 1–4', 'Grupp 5–8']);
      for (let b = 0; b < 2; b += 1) {
        assert.match(await bands.nth(b).locator('.band-shift').textContent(), /^Från.+→Till.+/);
        assert.equal(await bands.nth(b).locator('.band-questions li').count(), 2);
      }
      assert.equal(await page.textContent('.projector .appoint'), 'Utse en samtalsledare och en som antecknar.');
      assert.equal(await page.textContent('.projector .timer-time'), '20:00');
      await shot(page, `projector-round${round}-sv`);
      await fits(page, `round ${round}`);
      assert.deepEqual(await axeViolations(page), []);
    }
    for (let s = 0; s < 4; s += 1) {
      await page.keyboard.press('ArrowRight');
      const groups = s % 2 === 0 ? [1, 2, 3, 4] : [5, 6, 7, 8];
      const round = s < 2 ? 1 : 2;
      assert.deepEqual(await page.locator('.slide-summaries .summary-group').allTextContents(),
        groups.map((g) => `Grupp ${g}, omgång ${round}`));
      if (s === 0) await shot(page, 'projector-summaries-sv');
      await fits(page, `summaries ${s + 1}`);
      if (s === 0) assert.deepEqual(await axeViolations(page), []);
    }
    // The timer runs a round's minutes and counts down.
    for (let s = 0; s < 4; s += 1) await page.keyboard.press('ArrowLeft');
    assert.equal(await heading(), 'Gruppdialog – omgång 2 av 2');
    await page.click('.projector .round-timer button');
    await page.waitForFunction(() => document.querySelector('.timer-time').textContent !== '20:00', null, { timeout: 3000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.workshop-view');

    // Saved with the consensus, and kept over a reload.
    await passTheDevice(page);
    await page.click('.workshop-results button');
    await page.click('text=Spara som enhetens bedömning');
    await page.waitForSelector('.results-step, .radar');
    const saved = async () => page.evaluate(() => JSON.parse(localStorage.getItem('nara-vard-kompassen')).workspace);
    let ws = await saved();
    const notes = (w) => shifts.map((s) => w.assessments[0].items[s].note);
    for (const [s, note] of notes(ws).entries()) {
      const round = s < 2 ? 1 : 2;
      const first = s % 2 === 0 ? 1 : 5;
      assert.ok(note.startsWith(`Grupp ${first} (omgång ${round}): Omgång ${round} från grupp ${first}`), note);
      assert.equal(note.split('\n\n').length, 4, 'four groups per shift');
    }
    await page.reload();
    await page.waitForSelector('main#main h1');
    ws = await saved();
    assert.equal(ws.workshop.group_work.summaries.length, 16);
    assert.ok(notes(ws)[3].includes('Grupp 8 (omgång 2): Omgång 2 från grupp 8'));
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
    assert.equal(await page.locator('.shift-summaries li').count(), 16);
    assert.ok((await page.locator('.aside-text li').count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every new view in English, the projector theme, and at laptop and phone sizes', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport: FULL_HD });
    await setUp(page, 'English');
    await page.check('#opening-show');
    await page.fill('#opening-answers', 'The care is close to me\nClose care and trust\ntrust, continuity');
    const words = await page.locator('.workshop-opening .cloud-table tbody th').allTextContents();
    assert.deepEqual(words.slice(0, 3), ['care', 'close', 'trust']);
    assert.ok(!words.includes('the') && !words.includes('and'), 'English stop words left out in English');
    await page.click('text=Plan group dialogues');
    await page.selectOption('#rounds-groups', '6');
    assert.equal(await page.locator('.rounds-plan tbody tr').count(), 6);
    await page.fill('#paste-summaries', 'Hello all\nGroup 2: We want more time\nG5 - Trust');
    await page.click('text=Sort the summaries');
    assert.equal(await page.textContent('.group-summaries [role=status]'), '2 summaries sorted. 1 piece of text without a group put aside.');
    // Long summaries (3 × 450 characters on one shift) still fit the projector, in smaller type.
    const long = (g) => `Group ${g}: ${'We talked about continuity, trust and time with the patient. '.repeat(8).slice(0, 450)}`;
    await page.fill('#paste-summaries', `${long(1)}\n${long(3)}`);
    await page.click('text=Sort the summaries');
    assert.deepEqual(await axeViolations(page), []);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(viewport);
      assert.equal(await scrollsSideways(page), false, `${viewport.width} px`);
      assert.deepEqual(await axeViolations(page), [], `${viewport.width} px`);
      await shot(page, `page-en-${viewport.width}`);
    }
    await page.setViewportSize(FULL_HD);
    await page.click('.ws-step-join .projector-row button');
    await page.waitForSelector('main.projector');
    for (const [i, want] of ['Welcome! What does close care mean to you?', 'Group dialogue – round 1 of 2', 'Group dialogue – round 2 of 2'].entries()) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.textContent('main.projector h1'), want);
      await shot(page, `projector-en-${i}`);
      await fits(page, want);
      assert.deepEqual(await axeViolations(page), [], want);
    }
    assert.deepEqual(await page.locator('.band-groups').allTextContents(), ['Groups 1–3', 'Groups 4–6']);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await page.locator('.slide-summaries .summary-group').allTextContents(),
      ['Group 1, round 1', 'Group 2, round 1', 'Group 3, round 1']);
    assert.equal(await page.locator('.summaries-slide.step-2').count(), 1, 'smaller type for more text');
    await shot(page, 'projector-en-summaries-long');
    await fits(page, 'long summaries');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.workshop-view');

    // The whole app in the projector theme.
    await page.goto(`${app.server.url}?theme=projector`);
    await page.waitForSelector('main#main h1');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Workshop' }).click();
    await page.waitForSelector('.workshop-opening .cloud');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'projector');
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'page-en-theme');
    await page.getByRole('button', { name: 'Svenska' }).click();
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 375, height: 667 });
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await axeViolations(page), []);
    await shot(page, 'page-sv-theme-375');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
