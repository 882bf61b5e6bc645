// axe-core (WCAG 2.0–2.2 A/AA) on every step of an assessment — each of the framework's items, where
// the matrix (a11y-*.test.mjs) takes one shift and one factor — in Swedish and English, on a laptop
// screen and on a 320 px phone, which must not scroll sideways; and the workshop's views.
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

  for (const viewport of VIEWPORTS) {
    test(`zero violations on every workshop view at ${viewport.width} px, in Swedish and English`, async () => {
      const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport });
      for (const lang of ['Svenska', 'English']) {
        await page.getByRole('button', { name: lang }).click();
        const check = async (what) => {
          const where = `${lang}, ${what}, ${viewport.width} px`;
          assert.deepEqual(await axeViolations(page), [], where);
          assert.equal(await scrollsSideways(page), false, `sideways scroll: ${where}`);
        };
        await page.getByRole('navigation', { name: lang === 'English' ? 'Views' : 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
        await page.check('#ws-targets');
        await check('workshop set-up');
        await page.click('.workshop-setup button[type=submit]');
        await page.waitForSelector('.workshop-join');
        await check('join and collect');
        await page.click('.workshop-collect .field-row button[type=button]');
        for (const level of [2, 3, 5]) {
          await page.check(`[id^=runda][id$="-0-nu-${level}"]`);
          await page.check(`[id^=runda][id$="-1-mal-vet-ej"]`);
          await check(`pass-the-device round`);
          await page.click('.workshop-round button.primary');
        }
        await page.click('.workshop-round .field-row button:not(.primary)');
        await page.fill('#paste-codes', 'XYZ1-2345-6789-ABCD-EFGH-JKMN');
        await page.click('.workshop-collect button[type=submit]');
        await page.click('.workshop-results button');
        await check('results and consensus');
        await page.click('.ws-step-join button.primary');
        await page.waitForSelector('main.projector');
        const screens = Number((await page.textContent('.slide-count')).match(/(\d+)$/)[1]);
        for (let i = 1; i <= screens; i++) {
          await check(`projector screen ${i}`);
          await page.keyboard.press('PageDown');
        }
        await page.keyboard.press('Escape');
        await page.waitForSelector('.end-workshop');
        await page.click('.end-workshop button');
        await page.click('.end-workshop button');
        await page.waitForSelector('.workshop-setup');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
