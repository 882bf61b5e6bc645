// The first screen: the default framework, switching framework and language, and axe-core.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

describe('foundation: framework overview', () => {
  const app = withApp();

  test('opens on Sörmland 2035 in Swedish with four FRÅN → TILL shifts', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.textContent('#framework-name'), 'Sörmland 2035');
    assert.equal(await page.locator('.shift-card').count(), 4);
    const first = page.locator('.shift-card').first();
    assert.equal(await first.locator('.pole-from .pole-text').textContent(), 'Organisation');
    assert.equal(await first.locator('.pole-to .pole-text').textContent(), 'Person och relation');
    const goals = await page.locator('.goal-area h4').allTextContents();
    assert.deepEqual(goals, ['Tillsammans', 'Nära', 'God hälsa, vård och omsorg']);
    assert.equal(await page.locator('.factor').count(), 9);
    assert.match(await page.textContent('.horizon'), /2035/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('switches framework and language, each state free of axe violations', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.getByLabel('Ramverk', { exact: true }).selectOption('kalmar-lan');
    assert.equal(await page.textContent('#framework-name'), 'Kalmar län');
    assert.equal(await page.locator('.factor').count(), 6);
    assert.match(await page.textContent('.target-picture'), /Tillsammans skapar vi hälsa och trygghet för hela livet!/);
    assert.match(await page.textContent('main'), /Prioriterade grupper/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.title(), 'Nära vård-kompassen');
    assert.equal(await page.textContent('#framework-name'), 'Kalmar county');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.getByLabel('Framework', { exact: true }).selectOption('jamtland-harjedalen');
    assert.equal(await page.textContent('#framework-name'), 'Jämtland Härjedalen');
    assert.match(await page.textContent('main'), /Five strategies to reach the goal/);
    assert.match(await page.textContent('.horizon'), /no horizon year/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Svenska' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.match(await page.textContent('main'), /Fem strategier för att nå målet/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('fits a 320 px wide phone without sideways scrolling', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url, {
      viewport: { width: 320, height: 640 },
    });
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
