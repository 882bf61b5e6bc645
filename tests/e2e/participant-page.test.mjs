// The participant page (join.html): join links and QR codes open a bundle of its own that holds
// only what a phone needs. A phone loads none of the full app; its answer code is the one the
// facilitator's app reads; a reload keeps the answers; language, leaving, damaged links and an
// own framework carried in the link work as on the full app.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage, scrollsSideways } from './support/browser.mjs';
import { setUp, start } from './support/workshop-flow.mjs';
import { carriedFragment } from './support/carried.mjs';

const PHONE = { width: 375, height: 667 };

async function rateAll(page, levels) {
  for (const [i, level] of levels.entries()) {
    await page.check(`[id^=delta-${i}-nu-${level}]`);
    if (i < levels.length - 1) await page.getByRole('button', { name: /^(Nästa|Next)$/ }).click();
  }
  await page.getByRole('button', { name: /^(Klar – visa min svarskod|Done – show my answer code)$/ }).click();
  await page.waitForSelector('.answer-code');
  return page.getAttribute('.answer-code', 'data-code');
}

describe('the participant page', () => {
  const app = withApp();

  test('a join link opens the small page; its code is read by the facilitator; a reload keeps it', async () => {
    const lead = await openPage(app.browser, app.server.url);
    await setUp(lead.page);
    await start(lead.page);
    const link = await lead.page.textContent('.join-link code');
    assert.match(link, /\/join\.html#workshop=[0-9A-Z]{3}\.sormland-2035\./, 'the link opens the participant page');
    assert.ok(!/#workshop=.*\..*\..*\..*\./.test(link), 'a built-in framework is not carried in the link');
    const id = link.match(/workshop=([0-9A-Z]{3})/)[1];

    const loaded = [];
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(link);
    await page.waitForSelector('main#main h1');
    assert.equal(await page.textContent('h1'), `Workshop ${id}`);
    assert.ok(loaded.some((p) => /\/participant-[0-9a-f]+_bg\.wasm$/.test(p)), loaded.join(' '));
    assert.deepEqual(loaded.filter((p) => /nara-vard-kompassen|scan_worker|sw\.js|site\.json|frameworks\//.test(p)), [], 'nothing of the full app');
    assert.equal(await page.locator('.rating-item').count(), 1, 'one item per screen');
    assert.equal(await scrollsSideways(page), false);

    // Nothing rated: no code, the same message as in the full app.
    for (let i = 0; i < 4; i += 1) {
      if (await page.getByRole('button', { name: 'Nästa' }).count()) await page.getByRole('button', { name: 'Nästa' }).click();
    }
    await page.getByRole('button', { name: 'Klar – visa min svarskod' }).click();
    assert.equal(await page.textContent('.participant .error'), 'Skatta minst en sak innan du tar fram din kod.');
    for (let i = 0; i < 4; i += 1) {
      if (await page.getByRole('button', { name: 'Tillbaka' }).count()) await page.getByRole('button', { name: 'Tillbaka' }).click();
    }
    const code = await rateAll(page, [3, 1, 2, 4]);
    assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    assert.equal(await page.locator('.participant-code svg.qr-code').count(), 1);

    // A reload (or a phone that locked and came back) keeps the answers and so the code.
    await page.reload();
    await page.waitForSelector('.answer-code');
    assert.equal(await page.getAttribute('.answer-code', 'data-code'), code);

    // The facilitator's app reads the code: it counts as one answer.
    await lead.page.fill('#paste-codes', `[10:01] Deltagare\n${code}`);
    await lead.page.click('text=Lägg till koderna');
    assert.equal(await lead.page.textContent('.paste-report p'), '1 kod lades till.');
    assert.equal(await lead.page.textContent('.collected-count'), '1 svar insamlat');

    // English, kept across a reload.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.textContent('.participant-code h2'), 'Your answer code');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.reload();
    await page.waitForSelector('.answer-code');
    assert.equal(await page.textContent('.participant-code h2'), 'Your answer code');

    // Changing an answer gives a new code; leaving forgets the workshop.
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await page.check('[id^=delta-0-nu-5]');
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Done – show my answer code' }).click();
    assert.notEqual(await page.getAttribute('.answer-code', 'data-code'), code);
    await page.getByRole('button', { name: 'Leave the workshop' }).click();
    await page.waitForSelector('.answer-code', { state: 'detached' });
    assert.match(await page.textContent('main'), /Open the link or scan the QR code/);
    assert.ok(!page.url().includes('#workshop='), 'the address forgets the link');
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.match(await page.textContent('main'), /Open the link or scan the QR code/);
    assert.deepEqual(problems, []);
    await context.close();
    await lead.context.close();
  });

  test('a damaged link and no link say what to do, in Swedish', async () => {
    const bad = await openPage(app.browser, `${app.server.url}join.html#workshop=K7Q.okant.zz`, { viewport: PHONE });
    assert.equal(await bad.page.textContent('main p'), 'Länken till workshopen går inte att läsa. Be samtalsledaren om en ny länk.');
    const none = await openPage(app.browser, `${app.server.url}join.html`, { viewport: PHONE });
    assert.equal(await none.page.textContent('main p'), 'Öppna länken eller skanna QR-koden som samtalsledaren visar, så kommer du till workshopen.');
    const damaged = await openPage(app.browser, `${app.server.url}join.html${carriedFragment().slice(0, -12)}`, { viewport: PHONE });
    assert.equal(await damaged.page.textContent('main p'), 'Länken till workshopen går inte att läsa. Be samtalsledaren om en ny länk.');
    for (const o of [bad, none, damaged]) {
      assert.deepEqual(o.problems, []);
      await o.context.close();
    }
  });

  test('an own framework carried in the link is rated on the phone', async () => {
    const phone = await openPage(app.browser, `${app.server.url}join.html${carriedFragment()}`, { viewport: PHONE });
    await phone.page.waitForSelector('.rating-item');
    assert.equal(await phone.page.textContent('.workshop-framework'), 'Kalmar län');
    assert.equal(await phone.page.textContent('h1'), 'Workshop K7Q');
    const code = await rateAll(phone.page, [2, 3, 4, 5]);
    assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  });

  test('the full app still opens an older join link (#workshop= on index.html)', async () => {
    const lead = await openPage(app.browser, app.server.url);
    await setUp(lead.page);
    await start(lead.page);
    const link = await lead.page.textContent('.join-link code');
    const old = link.replace('join.html', '');
    const phone = await openPage(app.browser, old, { viewport: PHONE });
    await phone.page.waitForSelector('.rating-item');
    assert.equal(await phone.page.locator('.site-header .save-status').count(), 1, 'the full app');
    for (const o of [lead, phone]) await o.context.close();
  });
});
