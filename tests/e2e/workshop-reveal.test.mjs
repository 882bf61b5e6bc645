// The reveal a room can read from five metres, the facilitator's numbered steps and the phone
// one item per screen: at 1920 × 1080 with 40 answers every projector slide fits the screen with
// no word broken across lines and dots of 40 px or more, the keyboard and a clicker's keys move
// through every slide; at 375 × 667 the phone's first rating control is in the first screen,
// every target is 44 × 44 px or more, and 13 items are rated one per screen before the code.
// Set SHOTS=<folder> to save screenshots of every view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 375, height: 667 };
const SHOTS = process.env.SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const shot = (page, name, fullPage = false) => (SHOTS ? page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage }) : null);

const nav = (page, lang = 'sv') => page.getByRole('navigation', { name: lang === 'sv' ? 'Vyer' : 'Views' });

/** Starts a workshop of all 13 items of Sörmland 2035 (targets too when asked). */
async function setUp(page, { targets }) {
  await nav(page).getByRole('button', { name: 'Workshop' }).click();
  await page.fill('#ws-unit', 'Vårdcentralen Ekbacken');
  if (targets) await page.check('#ws-targets');
  await page.click('text=Starta workshopen');
  await page.waitForSelector('.workshop-join');
  return page.textContent('.join-link code');
}

/**
 * 40 answers put straight into the saved workshop (as 40 pasted codes would), then a reload:
 * a spread on every item, one item with all 40 on one step (the tallest stack), Vet ej and
 * blanks among them.
 */
async function fortyAnswers(page) {
  await page.evaluate(() => {
    const key = 'nara-vard-kompassen';
    const saved = JSON.parse(localStorage.getItem(key));
    const w = saved.workspace.workshop;
    const per = w.setup.targets ? 2 : 1;
    w.responses = Array.from({ length: 40 }, (_, p) => ({
      slots: w.setup.items.flatMap((_, i) => {
        const now = i === 0 ? 3 : ((p * (i + 2) + i) % 7) + 1; // 6 is Vet ej, 7 blank
        const rating = now <= 5 ? { level: now } : now === 6 ? 'dont_know' : null;
        const target = { level: Math.min(5, ((p + i) % 3) + 3) };
        return per === 2 ? [rating, target] : [rating];
      }),
    }));
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  await page.waitForSelector('main#main h1');
}

/** Words on screen that are split across two lines (each word's Range has rects on one line). */
function brokenWords(page, root) {
  return page.evaluate((root) => {
    const broken = [];
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.closest('.visually-hidden')) continue;
      // A line may break after a hyphen or a slash, as in print; never inside a word.
      for (const m of node.data.matchAll(/[^\s\-/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const lines = new Set(rects.map((r) => Math.round(r.bottom)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  }, root);
}

/** Controls smaller than 44 × 44 px (radio labels are the targets of their inputs). */
function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main button, main a, main .scale-option, main select, main input:not([type=radio])')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => [el, el.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([el, r]) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

const slideCount = async (page) => (await page.textContent('.slide-count')).match(/(\d+) \D+ (\d+)$/).slice(1).map(Number);

describe('workshop reveal', () => {
  const app = withApp();

  test('at 1920 × 1080 with 40 answers every projector slide fits, unbroken, and the keys reach them all', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport: PROJECTOR });
    await setUp(page, { targets: true });
    await fortyAnswers(page);
    assert.equal(await page.textContent('.ws-step-collect .step-state'), '40 svar');
    assert.equal(await page.textContent('.ws-step-reveal .step-state'), 'dolt');
    await page.locator('.workshop-results').getByRole('button', { name: 'Visa resultatet' }).click();
    assert.equal(await page.textContent('.ws-step-reveal .step-state'), 'visas');
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await page.waitForSelector('main.projector');
    for (const lang of ['sv', 'en']) {
      if (lang === 'en') {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('button', { name: 'Projector mode' }).click();
        await page.waitForSelector('main.projector');
        // Back to the first screen.
        for (let i = 0; i < 30; i += 1) await page.keyboard.press('PageUp');
      }
      const [first, total] = await slideCount(page);
      assert.equal(first, 1);
      assert.equal(total, 1 + 4 + 13 + 1, 'join, four discussions, 13 reveals, the overview');
      const headings = [];
      for (let i = 1; i <= total; i += 1) {
        assert.deepEqual(await slideCount(page), [i, total]);
        const where = `${lang}, slide ${i}`;
        if (SHOTS && (i <= 2 || i === 6 || i === total)) await shot(page, `projector-${lang}-${i}`, true);
        const size = await page.evaluate(() => {
          const main = document.querySelector('main.projector');
          return { main: main.scrollHeight, page: document.documentElement.scrollHeight, width: main.scrollWidth };
        });
        assert.ok(size.main <= PROJECTOR.height && size.page <= PROJECTOR.height, `${where} is ${size.main} px high`);
        assert.ok(size.width <= PROJECTOR.width, `${where} is ${size.width} px wide`);
        assert.deepEqual(await brokenWords(page, 'main.projector'), [], `${where}: a word broken across lines`);
        assert.deepEqual(await axeViolations(page), [], where);
        const heading = await page.textContent('main.projector h1');
        headings.push(heading);
        if (await page.locator('.reveal-slide').count()) {
          const dots = await page.evaluate(() => [...document.querySelectorAll('.reveal-slide circle.dot')].map((c) => c.getBoundingClientRect().width));
          assert.ok(dots.length > 0);
          assert.ok(Math.min(...dots) >= 40, `${where}: dots of ${Math.min(...dots)} px`);
          const plot = await page.evaluate(() => document.querySelector('.reveal-slide svg.dot-plot').getBoundingClientRect().width);
          assert.ok(plot >= 1700, `${where}: the distribution takes the width (${plot} px)`);
          const labels = await page.locator('.reveal-slide .plot-label strong').allTextContents();
          assert.deepEqual(labels, lang === 'sv' ? ['I dag', 'Mål'] : ['Today', 'Target']);
          assert.match(await page.textContent('.reveal-summary .agreement'), lang === 'sv' ? /^(Samsyn|Delade meningar|Osäkert) – spridning \d steg$/ : /^(Consensus|Split|Uncertain) – spread of \d steps?$/);
          const steps = await page.locator('.reveal-slide .axis-step').evaluateAll((els) => els.map((e) => e.getClientRects().length));
          assert.deepEqual(steps, [1, 1, 1, 1, 1, 1], 'each step label on one line');
          // The widest disagreement first: the answers put every level on the second shift.
          if (i === 6) assert.match(await page.textContent('.reveal-summary .agreement'), /4 (steg|steps)$/);
        }
        // Forward by every key a clicker or keyboard sends, in turn.
        await page.keyboard.press(['ArrowRight', 'PageDown', ' ', 'ArrowDown'][i % 4]);
      }
      assert.equal(new Set(headings).size, total, 'every slide a different screen');
      assert.deepEqual(await slideCount(page), [total, total], 'the last screen stays');
      assert.equal(await page.locator('table.overview tbody tr').count(), 13);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      assert.deepEqual(await slideCount(page), [total - 3, total], 'PageUp and the arrows go back');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the facilitator follows five numbered steps, each with its state', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await setUp(page, { targets: true });
    const steps = () => page.locator('.facilitator-steps > li h2').allTextContents();
    // The scanner's button does not take the focus when the page appears.
    assert.notEqual(await page.evaluate(() => document.activeElement?.textContent), 'Skanna svarskoder');
    assert.deepEqual(await steps(), ['1Steg 1: Visa QR-koden', '2Steg 2: Samla in svar', '3Steg 3: Visa resultatet', '4Steg 4: Gruppdialoger', '5Steg 5: Kom överens']);
    assert.deepEqual(await page.locator('.step-state').allTextContents(), ['öppen', '0 svar', 'för få svar', 'inga planerade', 'inte sparat']);
    const id = (await page.textContent('h1')).replace('Workshop ', '');
    assert.equal(await page.getByText(`Workshop ${id}`).count(), 1, 'the workshop named once');
    // Nothing overlaps: the QR code, the link and the projector button keep apart.
    const boxes = await page.evaluate(() =>
      ['.ws-step-join svg.qr-code', '.ws-step-join .join-link', '.ws-step-join .projector-row button'].map((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        return { s, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
        assert.ok(apart, `${a.s} and ${b.s} overlap`);
      }
    }
    const qr = boxes[0];
    const button = boxes[2];
    assert.ok(button.top - qr.bottom >= 8 || button.left - qr.right >= 8, 'the projector button clear of the QR code');
    await shot(page, 'facilitator-start');
    await fortyAnswers(page);
    await page.locator('.workshop-results').getByRole('button', { name: 'Visa resultatet' }).click();
    assert.deepEqual(await page.locator('.step-state').allTextContents(), ['öppen', '40 svar', 'visas', 'inga planerade', 'inte sparat']);
    // Every plot labelled, and its dots large enough to see.
    const first = page.locator('.result-items > li').first();
    assert.deepEqual(await first.locator('.plot-label').allTextContents(), ['I dag', 'Mål']);
    const dots = await first.locator('circle.dot').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width));
    assert.ok(Math.min(...dots) >= 16, `dots of ${Math.min(...dots)} px`);
    assert.equal(await scrollsSideways(page), false);
    for (const lang of ['Svenska', 'English']) {
      await page.getByRole('button', { name: lang }).click();
      assert.deepEqual(await axeViolations(page), [], lang);
    }
    await page.getByRole('button', { name: 'Svenska' }).click();
    await shot(page, 'facilitator-revealed', true);
    await page.click('text=Spara som enhetens bedömning');
    await page.waitForSelector('.results-step, .radar');
    await nav(page).getByRole('button', { name: 'Workshop' }).click();
    assert.equal(await page.textContent('.ws-step-agree .step-state'), 'sparat');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the phone rates 13 items one per screen, with big targets, then shows the code', async () => {
    const lead = await openPage(app.browser, app.server.url);
    const link = await setUp(lead.page, { targets: false });
    for (const lang of ['sv', 'en']) {
      const phone = await openPage(app.browser, link, { viewport: PHONE });
      const { page } = phone;
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const control = await page.evaluate(() => document.querySelector('.scale-option').getBoundingClientRect().bottom);
      assert.ok(control <= PHONE.height, `the first rating control is in the first screen (${control} px)`);
      assert.equal(await page.locator('.rating-item').count(), 1, 'one item per screen');
      assert.deepEqual(await axeViolations(page), [], `${lang}, first item`);
      await shot(page, `phone-${lang}-first`);
      for (let i = 0; i < 13; i += 1) {
        assert.equal(await page.textContent('.progress-line'), lang === 'sv' ? `${i + 1} av 13` : `${i + 1} of 13`);
        assert.deepEqual(await smallTargets(page), [], `${lang}, item ${i + 1}`);
        assert.equal(await scrollsSideways(page), false);
        assert.deepEqual(await brokenWords(page, 'main'), [], `${lang}, item ${i + 1}`);
        if (i === 0) assert.match(await page.textContent('.item-heading'), lang === 'sv' ? /^Från .+Från.+Till.+/ : /^From .+From.+To.+/);
        await page.locator(`label[for="delta-${i}-nu-${(i % 5) + 1}"]`).click();
        if (i === 1) {
          // Back keeps what was chosen.
          await page.locator('.participant-buttons .back').click();
          assert.equal(await page.isChecked('#delta-0-nu-1'), true);
          assert.equal(await page.locator('.participant-buttons .back').count(), 0, 'no back on the first screen');
          await page.locator('.participant-buttons .primary').click();
          assert.equal(await page.isChecked('#delta-1-nu-2'), true);
          assert.equal(await page.evaluate(() => document.activeElement.id), 'delta-1-h', 'the focus on the new item');
        }
        if (i === 12 && lang === 'sv') assert.equal(await page.textContent('.participant-buttons .primary'), 'Klar – visa min svarskod');
        await page.locator('.participant-buttons .primary').click();
      }
      await page.waitForSelector('.answer-code');
      const code = await page.textContent('.answer-code');
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'sixteen characters for 13 items');
      const codeSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.answer-code')).fontSize));
      assert.ok(codeSize >= 32, `the code large: ${codeSize} px`);
      assert.equal(await page.locator('.code-ways-list li').count(), 3, 'chat, read out, camera');
      assert.equal(await page.locator('.participant svg.qr-code').count(), 1);
      assert.deepEqual(await smallTargets(page), []);
      assert.deepEqual(await axeViolations(page), [], `${lang}, the code`);
      await shot(page, `phone-${lang}-code`);
      if (lang === 'sv') {
        // The facilitator reads it: all 13 ratings come through.
        await lead.page.fill('#paste-codes', code);
        await lead.page.click('text=Lägg till koderna');
        assert.equal(await lead.page.textContent('.ws-step-collect .step-state'), '1 svar');
      }
      assert.deepEqual(phone.problems, []);
      await phone.context.close();
    }
    assert.deepEqual(lead.problems, []);
    await lead.context.close();
  });
});
