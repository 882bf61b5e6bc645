// The accessibility statement, the privacy note, and deleting one's data after a confirmation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { assertAccessibleAlsoOnPhone, axeViolations, openPage } from './support/browser.mjs';

describe('accessibility statement and your data', () => {
  const app = withApp();

  test('the statement follows DIGG\'s sections, in both languages, and passes axe', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.click('footer .link-button');
    assert.equal(await page.textContent('h1'), 'Tillgänglighet och dina uppgifter');
    const sections = await page.locator('.about-view h3').allTextContents();
    assert.deepEqual(sections, [
      'Hur tillgänglig är tjänsten?',
      'Vad kan du göra om du inte kan använda delar av tjänsten? Rapportera brister',
      'Tillsynsmyndighet',
      'Teknisk information om tjänstens tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat tjänsten',
    ]);
    assert.match(await page.textContent('.about-view'), /axe-core mot WCAG 2\.1 nivå A och AA/);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.textContent('#a11y-heading'), 'Accessibility statement');
    await assertAccessibleAlsoOnPhone(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Radera mina uppgifter" asks first, then removes everything the app stored', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.evaluate(() => localStorage.setItem('nara-vard-kompassen.unreadable', 'x'));
    await page.evaluate(() => localStorage.setItem('annan-app', 'stays'));
    await page.click('footer .link-button');
    await page.click('button.erase');
    assert.match(await page.textContent('.erase-confirm'), /Det går inte att ångra/);
    await page.click('text=Avbryt');
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('nara-vard-kompassen')).workspace.assessments.length), 1);
    await page.click('button.erase');
    await page.click('text=Ja, radera allt');
    assert.equal(await page.textContent('.about-view [role=status]'), 'Allt som appen hade sparat i den här webbläsaren är raderat.');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.equal(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen.unreadable')), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('annan-app')), 'stays', 'other sites\' data is not ours to delete');
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen') ?? '{"workspace":{"assessments":[]}}'));
    assert.equal(saved.workspace.assessments.length, 0, `left: ${keys}`);
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.equal(await page.getByRole('button', { name: 'Sparade bedömningar' }).count(), 0, 'no assessments left');
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Självskattning' }).click();
    assert.equal(await page.inputValue('#unit-name'), '');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
