// A share link: the assessment in the URL fragment, opened read-only elsewhere, read in on request.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage } from './support/browser.mjs';

describe('share link', () => {
  const app = withApp();

  test('a link opens the assessment read-only on a fresh device, and "read in" saves it there', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-2');
    await page.check('#target-4');
    await page.click('.step-nav li:last-child button');
    assert.match(await page.textContent('#share-explain'), /Delen efter # skickas aldrig till någon server/);
    await page.click('.share-button');
    const link = await page.inputValue('#share-link');
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#dela=[A-Za-z0-9_-]+$/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();

    // Another device: nothing saved, the link alone.
    const other = await openPage(app.browser, link);
    assert.equal(await other.page.textContent('h1'), 'Delad bedömning (skrivskyddad)');
    assert.match(await other.page.textContent('.unit-line'), /^Hemtjänsten Väst, \d{4}-\d{2}-\d{2}$/);
    assert.equal(await other.page.locator('figure.radar svg').count(), 1, 'shifts rated, factors not: one radar');
    assert.equal(await other.page.locator('.step-nav, .file-bar').count(), 0, 'read-only: no steps, no files');
    assert.equal(await other.page.evaluate(() => JSON.parse(localStorage.getItem('nara-vard-kompassen') ?? '{"workspace":{"assessments":[]}}').workspace.assessments.length), 0);
    assert.deepEqual(await axeViolations(other.page), []);
    await other.page.click('text=Läs in den här bedömningen');
    assert.equal(await other.page.textContent('.shared-view [role=status]'), 'Bedömningen lästes in i den här webbläsaren.');
    const saved = JSON.parse(await other.page.evaluate(() => localStorage.getItem('nara-vard-kompassen')));
    assert.equal(saved.workspace.assessments[0].unit, 'Hemtjänsten Väst');
    assert.deepEqual(saved.workspace.assessments[0].items.person.now, { level: 2 });
    await other.page.click('text=Stäng');
    assert.equal(new URL(other.page.url()).hash, '', 'the fragment is gone after closing');
    await other.page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sparade bedömningar' }).click();
    assert.equal(await other.page.locator('.history-table tbody tr').count(), 1);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  const linkOf = (bytes) => `${app.server.url}#dela=${deflateRawSync(bytes, { level: 9 }).toString('base64url')}`;

  test('a link deflated elsewhere opens (as links from earlier versions do), a "zip bomb" is refused', async () => {
    // Another deflate implementation, as the earlier versions' miniz_oxide: the saved v1 fixture.
    const v1 = readFileSync(new URL('../../core/tests/fixtures/saved-v1.json', import.meta.url));
    const old = await openPage(app.browser, linkOf(v1));
    assert.equal(await old.page.textContent('h1'), 'Delad bedömning (skrivskyddad)');
    assert.deepEqual(old.problems, []);
    await old.context.close();
    // The same assessment padded with 2 MB of spaces (still valid JSON) deflates to a few KB:
    // read no further than 1 MB, and say the link is damaged instead of showing it.
    const padded = Buffer.from(v1.toString('utf8').replace('{', `{${' '.repeat(2 * 1024 * 1024)}`));
    const bomb = await openPage(app.browser, linkOf(padded));
    assert.equal(await bomb.page.textContent('.shared-view .file-error'), 'Länken är skadad eller ofullständig. Be om en ny länk.');
    assert.deepEqual(bomb.problems, []);
    await bomb.context.close();
  });

  test('a damaged link says so and changes nothing', async () => {
    const { page, problems, context } = await openPage(app.browser, `${app.server.url}#dela=eJzLSM3JyVcozy`);
    assert.equal(await page.textContent('.shared-view .file-error'), 'Länken är skadad eller ofullständig. Be om en ny länk.');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
