// The accessibility statement, the privacy note, and deleting one's data after a confirmation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { assertAccessibleAlsoOnPhone, axeViolations, openPage } from './support/browser.mjs';
import { MATRIX } from './support/audits.mjs';

/** What the statement must say about the testing: exactly the matrix the a11y-* tests run. */
async function saysWhatTheMatrixRuns(page, lang) {
  const states = MATRIX.views.reduce((n, v) => n + v.states.length, 0);
  const runs = MATRIX.views.reduce((n, v) => n + v.states.length * v.screens.length, 0) * MATRIX.languages.length * MATRIX.themes.length;
  const text = await page.textContent('.about-view');
  assert.ok(text.includes(lang === 'sv' ? `Testerna granskar ${states} tillstånd i ${MATRIX.views.length} vyer` : `The tests check ${states} states in ${MATRIX.views.length} views`), text);
  assert.ok(text.includes(lang === 'sv' ? `: ${runs} granskningar.` : `: ${runs} audits.`));
  const [every, more] = [MATRIX.checks.filter((c) => c.file === '*'), MATRIX.checks.filter((c) => c.file !== '*')];
  assert.deepEqual(await page.locator('.test-checks').nth(0).locator('li').allTextContents(), every.map((c) => c.name[lang]));
  assert.deepEqual(await page.locator('.test-checks').nth(1).locator('li').allTextContents(), more.map((c) => c.name[lang]));
  // What the checks leave out is said (support/contrast.mjs lists the text it cannot judge).
  assert.ok(text.includes(lang === 'sv' ? 'Text vars kontrast testerna inte kan räkna ut' : 'Text whose contrast the tests cannot work out'), text);
  const views = await page.locator('.test-views li strong').allTextContents();
  assert.deepEqual(views, MATRIX.views.map((v) => v.name[lang]));
  assert.ok(text.includes(MATRIX.assessed) && text.includes(MATRIX.updated));
  assert.equal(await page.locator('a[href="https://www.digg.se/tdosanmalan"]').count(), 1);
  assert.match(text, lang === 'sv' ? /delvis förenlig .*WCAG 2\.2 nivå AA \(EN 301 549\)/ : /partially compliant .*WCAG 2\.2 level AA \(EN 301 549\)/);
}

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
    await saysWhatTheMatrixRuns(page, 'sv');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.textContent('#a11y-heading'), 'Accessibility statement');
    await saysWhatTheMatrixRuns(page, 'en');
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
    // What the participant page keeps (a workshop taken part in) goes too.
    await page.evaluate(() => localStorage.setItem('nara-vard-kompassen.deltagare', 'lang sv\n'));
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
    assert.equal(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen.deltagare')), null);
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
