// Configuration by URL: framework, language, unit, and an admin's own framework file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist } from './support/server.mjs';
import { axeViolations, launch, openPage } from './support/browser.mjs';

describe('configuration by URL', () => {
  let server;
  let browser;
  before(async () => {
    // The release bundle plus the admin's files, one of them broken in four ways.
    const site = mkdtempSync(join(tmpdir(), 'nvk-site-'));
    cpSync(DIST, site, { recursive: true });
    const example = JSON.parse(readFileSync(join(DIST, 'frameworks/exempel.json'), 'utf8'));
    example.id = 'Trasig Id';
    example.shifts[1].to.sv = '';
    example.shifts[2].id = example.shifts[0].id;
    example.factors[0].goal_areas = ['finns-inte'];
    writeFileSync(join(site, 'trasig.json'), JSON.stringify(example, null, 2));
    server = await serveDist({ root: site });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('framework, language and unit from the URL; a custom framework file that stays available', async () => {
    const url = `${server.url}?ramverksfil=frameworks/exempel.json&enhet=V%C3%A5rdcentralen%20Nyk%C3%B6ping&lang=en`;
    const { page, problems, context } = await openPage(browser, url);
    await page.waitForFunction(() => document.querySelector('#framework-name')?.textContent.startsWith('Example'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.inputValue('#unit-name'), 'Vårdcentralen Nyköping');
    assert.equal(await page.inputValue('#framework-select'), 'exempel-kalmar-utvecklingsomraden');
    assert.equal(await page.locator('.goal-area').count(), 4);
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.click('.step-nav li:last-child button');
    assert.equal(await page.locator('.goal-progress').count(), 4);
    assert.deepEqual(await axeViolations(page), []);
    // Without the parameter, later: the assessment and its framework are still there.
    await page.goto(server.url);
    await page.waitForSelector('.results-step');
    assert.match(await page.textContent('h1'), /Example: Kalmar county/);
    assert.deepEqual(problems, []);
    await context.close();

    const plain = await openPage(browser, `${server.url}?ramverk=jamtland-harjedalen`);
    assert.equal(await plain.page.inputValue('#framework-select'), 'jamtland-harjedalen');
    await plain.context.close();
  });

  test('a broken framework file shows every problem; a missing one and another site are refused', async () => {
    const { page, problems, context } = await openPage(browser, `${server.url}?ramverksfil=trasig.json`);
    await page.waitForSelector('.framework-problems');
    assert.equal(await page.textContent('.framework-problems p'), 'Ramverksfilen ”trasig.json” kunde inte användas (4 fel):');
    const items = await page.locator('.framework-problems li').allTextContents();
    assert.deepEqual(items, [
      'id: id ”Trasig Id” får bara innehålla a–z, 0–9 och bindestreck (högst 40 tecken).',
      'shifts[1].to.sv: texten saknas.',
      'shifts[2].id: id ”ex-person” används redan i shifts[0].id.',
      'factors[0].goal_areas[0]: det finns inget målområde med id ”finns-inte”.',
    ]);
    // The app works on with its built-in frameworks.
    assert.equal(await page.inputValue('#framework-select'), 'sormland-2035');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();

    const missing = await openPage(browser, `${server.url}?ramverksfil=finns-inte.json`);
    await missing.page.waitForSelector('.framework-problems');
    assert.match(await missing.page.textContent('.framework-problems li'), /HTTP 404/);
    await missing.context.close();

    const foreign = await openPage(browser, `${server.url}?ramverksfil=https://evil.example/f.json`);
    await foreign.page.waitForSelector('.framework-problems');
    assert.equal(await foreign.page.textContent('.framework-problems li'), 'Ramverksfilen måste ligga på samma webbplats som appen.');
    await foreign.context.close();
    // A 404 is an expected console error of the missing-file case; nothing else went wrong.
    assert.deepEqual(problems, []);
  });

});
