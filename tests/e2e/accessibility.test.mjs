// axe-core (WCAG 2.1 A/AA) on every view of the assessment, in Swedish and English, on a
// laptop screen and on a 320 px phone, which must not scroll sideways.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
];

describe('accessibility of every step', () => {
  const app = withApp();

  for (const viewport of VIEWPORTS) {
    test(`zero violations on every step at ${viewport.width} px, in Swedish and English`, async () => {
      const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport });
      await page.fill('#unit-name', 'Hemtjänsten Väst');
      await page.click('form.start-form button[type=submit]');
      // Some answers everywhere, so results, charts and lists have content.
      const steps = await page.locator('.step-nav button').count();
      for (let i = 2; i < steps - 1; i++) {
        await page.click(`.step-nav li:nth-child(${i}) button`);
        await page.check(`#now-${1 + (i % 5)}`);
        await page.check(i % 4 === 0 ? '#target-vet-ej' : '#target-5');
      }
      await page.click(`.step-nav li:nth-child(${steps - 1}) button`);
      await page.fill('#plan-what', 'Gemensam workshop');
      await page.click('.action-form button[type=submit]');
      for (const lang of ['Svenska', 'English']) {
        await page.getByRole('button', { name: lang }).click();
        for (let i = 1; i <= steps; i++) {
          await page.click(`.step-nav li:nth-child(${i}) button`);
          const where = `${lang}, step ${i} (${await page.textContent('#step-heading')}), ${viewport.width} px`;
          assert.deepEqual(await axeViolations(page), [], where);
          assert.equal(await scrollsSideways(page), false, `sideways scroll: ${where}`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
