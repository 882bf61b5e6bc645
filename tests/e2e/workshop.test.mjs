// A workshop with no server: a facilitator on a laptop, participants on their own phones
// (separate browser contexts), answer codes pasted from a chat, a pass-the-device round, the
// reveal, the projector by keyboard, and the consensus saved as the unit's assessment.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

const PHONE = { width: 375, height: 667 };

/** Opens the workshop page and starts a workshop on the given shifts (no factors). */
async function setUp(page, { unit, shifts = 4, anonymous = true, targets = false }) {
  await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
  await page.fill('#ws-unit', unit);
  const boxes = page.locator('.ws-items input[type=checkbox]');
  const count = await boxes.count();
  for (let i = 0; i < count; i += 1) {
    if (i >= shifts) await boxes.nth(i).uncheck();
  }
  if (!anonymous) await page.uncheck('#ws-anonymous');
  if (targets) await page.check('#ws-targets');
  await page.click('text=Starta workshopen');
  await page.waitForSelector('.workshop-join');
  return page.textContent('.join-link code');
}

describe('workshop', () => {
  const app = withApp();

  test('five phones and a facilitator run a workshop through answer codes', async () => {
    const lead = await openPage(app.browser, app.server.url);
    const link = await setUp(lead.page, { unit: 'Vårdcentralen Ekbacken' });
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/join\.html#workshop=[0-9A-Z]{3}\.sormland-2035\.F0{0,3}\.3$/);
    const id = link.match(/workshop=([0-9A-Z]{3})/)[1];
    assert.equal(await lead.page.textContent('h1'), `Workshop ${id}`);
    assert.equal(await lead.page.locator('.workshop-join svg.qr-code').count(), 1);
    assert.deepEqual(await axeViolations(lead.page), []);

    // Each phone rates alone; the levels make shift 2 the most disputed.
    const answers = [
      [3, 1, 2, 'vet-ej'],
      [3, 5, 2, 4],
      [3, 3, 3, 4],
      [2, 2, 2, 4],
      [3, 4, 3, 5],
    ];
    const codes = [];
    for (const [n, levels] of answers.entries()) {
      const phone = await openPage(app.browser, link, { viewport: PHONE });
      const requests = [];
      phone.page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
      assert.equal(await phone.page.textContent('h1'), `Workshop ${id}`);
      assert.equal(await phone.page.locator('.rating-item').count(), 1, 'one item per screen');
      if (n === 0) {
        assert.deepEqual(await axeViolations(phone.page), []);
        assert.equal(await scrollsSideways(phone.page), false);
        // Nothing rated: no code, and a clear message.
        for (let i = 0; i < 3; i += 1) await phone.page.click('text=Nästa');
        await phone.page.click('text=Klar – visa min svarskod');
        assert.equal(await phone.page.textContent('.participant .error'), 'Skatta minst en sak innan du tar fram din kod.');
        for (let i = 0; i < 3; i += 1) await phone.page.click('text=Tillbaka');
      }
      for (const [i, level] of levels.entries()) {
        await phone.page.check(`#delta-${i}-nu-${level}`);
        if (i < levels.length - 1) await phone.page.click('text=Nästa');
      }
      await phone.page.click('text=Klar – visa min svarskod');
      const code = await phone.page.textContent('.answer-code');
      assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/, 'eleven characters in groups');
      assert.ok(code.startsWith(id), 'the code starts with the workshop id');
      assert.equal(await phone.page.locator('.participant svg.qr-code').count(), 1);
      if (n === 0) {
        assert.deepEqual(await axeViolations(phone.page), []);
        // A reload keeps the same code.
        await phone.page.reload();
        await phone.page.waitForSelector('.answer-code');
        assert.equal(await phone.page.textContent('.answer-code'), code);
      }
      assert.ok(requests.every((r) => r.startsWith('GET ') && r.includes('127.0.0.1')), requests.join('\n'));
      assert.ok(requests.every((r) => !r.includes(code.replaceAll('-', ''))), 'the code goes nowhere');
      assert.deepEqual(phone.problems, []);
      codes.push(code);
      await phone.context.close();
    }

    // Everything from a Teams chat at once, with a typo, a repeat and a stranger.
    const typo = codes[1].slice(0, 6) + (codes[1][6] === 'X' ? 'Y' : 'X') + codes[1].slice(7);
    const chat = [
      'Anna Svensson 09:41', `Här är min: ${codes[0]}`,
      'Per Ek 09:42', codes[1].toLowerCase(),
      'Kim 09:43', `${codes[2].replaceAll('-', ' ')} tack!`,
      'Lisa 09:44', `${codes[3]} och ${codes[4]}`,
      'Olle 09:45', `Min blev ${typo}`,
      'Anna Svensson 09:46', `Igen: ${codes[0]}`,
    ].join('\n');
    await lead.page.fill('#paste-codes', chat);
    await lead.page.click('text=Lägg till koderna');
    assert.equal(await lead.page.textContent('.paste-report p'), '5 koder lades till.');
    const refused = await lead.page.locator('.paste-report .rejected li').allTextContents();
    assert.deepEqual(refused, [`${typo} – felskriven – kontrollera tecknen`, `${codes[0]} – finns redan`]);
    assert.equal(await lead.page.textContent('.collected-count'), '5 svar insamlade');
    // A code from another workshop is refused and changes nothing.
    const other = codes[0].replace(/^.../, id === 'ZZZ' ? 'YYY' : 'ZZZ');
    await lead.page.fill('#paste-codes', other);
    await lead.page.click('text=Lägg till koderna');
    assert.equal((await lead.page.locator('.paste-report .rejected li').allTextContents()).length, 1);
    assert.equal(await lead.page.textContent('.collected-count'), '5 svar insamlade');

    // Hidden until revealed; then the widest disagreement first.
    assert.equal(await lead.page.textContent('.workshop-results .notice'), 'Resultatet är dolt tills du visar det.');
    await lead.page.locator('.workshop-results').getByRole('button', { name: 'Visa resultatet' }).click();
    const first = lead.page.locator('.result-items > li').first();
    assert.match(await first.locator('h3').textContent(), /^Från .+ till .+/);
    assert.equal(await first.locator('.agreement').textContent(), 'Delade meningar');
    assert.match(await first.locator('.figures').textContent(), /I dag.*Median: 3.*Spridning: 4 steg.*5 svar/);
    assert.equal(await first.locator('.dot').count(), 5, 'one dot per answer');
    assert.deepEqual(await first.locator('.plot-label').allTextContents(), ['I dag']);
    assert.deepEqual(await axeViolations(lead.page), []);

    // Consensus: the median by default, one change and a note, then saved as an assessment.
    await lead.page.selectOption('#agree-person-nu', '2');
    await lead.page.fill('#agree-person-note', 'Kontinuiteten brister på helger.');
    await lead.page.click('text=Spara som enhetens bedömning');
    await lead.page.waitForSelector('.results-step, .radar');
    const saved = await lead.page.evaluate(() => JSON.parse(localStorage.getItem('nara-vard-kompassen')).workspace);
    const a = saved.assessments[0];
    assert.equal(a.unit, 'Vårdcentralen Ekbacken');
    assert.deepEqual(a.items.person.now, { level: 2 });
    assert.equal(a.items.person.note, 'Kontinuiteten brister på helger.');
    assert.deepEqual(a.items.samordning.now, { level: 3 }, 'the median of 1, 5, 3, 2, 4');
    assert.deepEqual(a.items.medskapare.now, { level: 4 }, 'Vet ej leaves 4, 4, 4, 5');
    await lead.page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sparade bedömningar' }).click();
    assert.equal(await lead.page.locator('.history-table tbody tr').count(), 1);
    assert.deepEqual(lead.problems, []);
    await lead.context.close();
  });

  test('a pass-the-device round clears the screen between people', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await setUp(page, { unit: 'Hemtjänsten Väst', shifts: 2, anonymous: false, targets: true });
    await page.click('text=Skicka runt en dator eller telefon');
    for (const [name, now, target] of [['Kim', 2, 4], ['Sam', 3, 4], ['', 4, 5]]) {
      if (name) await page.fill('#round-name', name);
      await page.check(`[id^=runda][id$="-0-nu-${now}"]`);
      await page.check(`[id^=runda][id$="-0-mal-${target}"]`);
      await page.click('text=Lämna in och töm skärmen');
      assert.equal(await page.inputValue('#round-name'), '', 'the name is gone');
      assert.equal(await page.locator('.workshop-round input[type=radio]:checked').count(), 0, 'no answer stays on screen');
    }
    assert.match(await page.textContent('.workshop-round .notice'), /^Tack! 3 har lämnat in/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('text=Avsluta rundan');
    assert.equal(await page.textContent('.collected-count'), '3 svar insamlade');
    assert.equal(await page.textContent('.collected-names'), 'Kim, Sam');
    await page.locator('.workshop-results').getByRole('button', { name: 'Visa resultatet' }).click();
    assert.equal(await page.locator('.result-items > li').count(), 2);
    assert.match(await page.locator('.result-items > li').first().textContent(), /Median: 3.*Mål.*Median: 4/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the projector shows one shift per screen and follows the keyboard', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport: { width: 1920, height: 1080 } });
    await setUp(page, { unit: 'Rehab Öst' });
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await page.waitForSelector('main.projector');
    assert.equal(await page.textContent('main.projector h1'), 'Gå med');
    assert.equal(await page.locator('.projector svg.qr-code').count(), 1);
    assert.deepEqual(await axeViolations(page), []);
    const heading = () => page.textContent('main.projector h1');
    await page.keyboard.press('ArrowRight');
    assert.match(await heading(), /^Från.+→Till.+/);
    assert.equal(await page.locator('.projector-questions li').count(), 2);
    assert.equal(await page.textContent('.timer-time'), '20:00');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.projector-questions')).fontSize));
    assert.ok(size >= 60, `legible from five metres, the screen used: ${size}px`);
    assert.deepEqual(await axeViolations(page), []);
    const first = await heading();
    await page.keyboard.press('PageDown');
    const second = await heading();
    assert.notEqual(second, first);
    await page.keyboard.press('PageUp');
    assert.equal(await heading(), first);
    await page.keyboard.press(' ');
    assert.equal(await heading(), second);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    assert.equal(await heading(), second);
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await heading(), 'Resultat');
    assert.match(await page.textContent('.slide'), /Resultatet visas när minst 3 har svarat \(0 hittills\)/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await heading(), 'Resultat', 'the last screen stays');
    assert.match(await page.textContent('.slide-count'), /^Bild 6 av 6$/);
    // The timer counts down.
    await page.keyboard.press('ArrowUp');
    await page.click('text=Starta tiden');
    await page.waitForFunction(() => document.querySelector('.timer-time').textContent !== '20:00', null, { timeout: 3000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.workshop-view');
    assert.match(await page.textContent('h1'), /^Workshop [0-9A-Z]{3}$/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
