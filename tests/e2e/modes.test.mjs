// Modes and theme by URL (issue 7): an intranet links each use of the app to its own address.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage } from './support/browser.mjs';

describe('mode and theme in the URL', () => {
  const app = withApp();
  const nav = (page) => page.getByRole('navigation', { name: 'Vyer' });

  test('facilitator, projector and assessment modes open their views', async () => {
    const { page, problems, context } = await openPage(app.browser, `${app.server.url}?mode=facilitator`);
    assert.equal(await page.textContent('h1'), 'Workshop');
    assert.equal(await page.getAttribute('html', 'data-theme'), null);
    await page.click('text=Starta workshopen');
    await page.waitForSelector('.workshop-join');
    // The same browser on the projector's address: straight to the projector, high contrast.
    await page.goto(`${app.server.url}?l%C3%A4ge=projektor`);
    await page.waitForSelector('main.projector h1');
    assert.equal(await page.textContent('main.projector h1'), 'Gå med');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'projector');
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${app.server.url}?mode=assessment`);
    await page.waitForSelector('main#main h1');
    assert.equal(await nav(page).getByRole('button', { name: 'Workshop' }).count(), 0, 'no workshop in assessment mode');
    assert.equal(await page.locator('form.start-form').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('participant mode shows only the workshop, and asks for the link without one', async () => {
    const lead = await openPage(app.browser, `${app.server.url}?mode=facilitator`);
    await lead.page.click('text=Starta workshopen');
    const link = (await lead.page.textContent('.join-link code')).replace('/#', '/?mode=participant#');
    await lead.context.close();
    const bare = await openPage(app.browser, `${app.server.url}?mode=deltagare`, { viewport: { width: 375, height: 667 } });
    assert.match(await bare.page.textContent('main'), /Öppna länken eller skanna QR-koden/);
    assert.equal(await bare.page.locator('.view-nav, .file-bar').count(), 0);
    assert.deepEqual(await axeViolations(bare.page), []);
    await bare.context.close();
    const phone = await openPage(app.browser, link, { viewport: { width: 375, height: 667 } });
    assert.equal(await phone.page.locator('.rating-item').count(), 1, 'one item per screen');
    assert.equal(await phone.page.textContent('.progress-line'), '1 av 13');
    assert.equal(await phone.page.locator('.view-nav, .file-bar').count(), 0);
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  });

  test('the projector theme is large and high-contrast on every kind of view', async () => {
    const { page, problems, context } = await openPage(app.browser, `${app.server.url}?theme=projector`);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'projector');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(size >= 22, `large type: ${size}px`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(0, 0, 0)');
    assert.deepEqual(await axeViolations(page), []);
    await page.fill('#unit-name', 'Rehab Öst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-2');
    assert.deepEqual(await axeViolations(page), [], 'an item step with a chosen level');
    await nav(page).getByRole('button', { name: 'Workshop' }).click();
    await page.waitForSelector('.workshop-setup');
    await page.click('text=Starta workshopen');
    await page.waitForSelector('.workshop-join');
    assert.deepEqual(await axeViolations(page), [], 'the workshop page');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
