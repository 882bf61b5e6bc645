// What a new user meets (issue 14): the phone's first screen, radars that name their axes and
// show "Vet ej" as a gap, words that never break, the printed report with its summary and page
// footer, and screenshots of every view at both widths (test-artifacts/screens/, not compared).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp } from './support/suite.mjs';
import { axeViolations, openPage, scrollsSideways } from './support/browser.mjs';
import { rateEverything } from './support/journeys.mjs';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };
const SCREENS = new URL('../../test-artifacts/screens/', import.meta.url).pathname;

/** Rates every item: the second one "Vet ej", the others 1–3; target 5. Adds two actions. */
async function assess(page) {
  await rateEverything(page);
  await page.click('.step-nav li:nth-child(2) button');
  for (const what of ['Inför fast vårdkontakt för de mest sjuka äldre', 'Gemensam plan med kommunen']) {
    await page.fill('#add-person-what', what);
    await page.click('.action-form button[type=submit]');
  }
}

/** Words (split at spaces and after hyphens) that the layout breaks over two lines in `selector`. */
const brokenWords = (page, selector) =>
  page.evaluate((sel) => {
    const broken = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const re = /[^\s\-‐–]+[-‐]?/g;
        for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${m[0]} in ”${el.textContent.slice(0, 60)}”`);
        }
      }
    }
    return broken;
  }, selector);

/** The top of the page's `selector` in the first viewport (scrolled to the top). */
const topOf = (page, selector) =>
  page.evaluate((sel) => {
    window.scrollTo(0, 0);
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom } : null;
  }, selector);

describe('the experience at the moments that matter', () => {
  const app = withApp();

  for (const [lang, heading] of [['sv', 'Från organisation till person och relation'], ['en', null]]) {
    test(`on a phone (375 × 667, ${lang}) an item step's heading is in the first screen`, async () => {
      const { page, problems, context } = await openPage(app.browser, app.server.url, { viewport: PHONE });
      if (lang === 'en') await page.click('.lang-button[lang=en]');
      await page.click('form.start-form button[type=submit]');
      // A compact header: one row (name and languages) on a phone.
      const header = await topOf(page, '.site-header');
      assert.ok(header.bottom - header.top <= 64, `the header is ${header.bottom - header.top} px high`);
      const h = await topOf(page, '#step-heading');
      assert.ok(h && h.bottom <= PHONE.height, `the heading ends at y = ${h?.bottom}`);
      if (heading) assert.equal((await page.textContent('#step-heading')).trim(), heading);
      // The first rating control is in reach too: the header and bars leave the screen to the step.
      const first = await topOf(page, '.scale input[type=radio]');
      assert.ok(first && first.top < PHONE.height, `the first level starts at y = ${first?.top}`);
      assert.equal(await scrollsSideways(page), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('radars name every axis and label their rings; "Vet ej" is a gap, never a point at the centre', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await assess(page);
    await page.click('.step-nav li:last-child button');
    for (const id of ['chart-shifts', 'chart-factors']) {
      const chart = page.locator(`figure:has(#${id}-title)`);
      const rows = await chart.locator('tbody th').allTextContents();
      const names = await chart.locator('.axis-label').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ').trim()));
      assert.equal(names.length, rows.length, `${id}: one name per axis`);
      names.forEach((name, i) => {
        assert.ok(name.length > 0, `${id}: axis ${i + 1} has no name`);
        // The name on the chart is the table's, or its beginning ending in "…".
        const shown = name.replace(/…$/, '');
        assert.ok(rows[i].replace(/\s+/g, ' ').startsWith(shown.split(' ')[0].replace(/…$/, '')), `${id}: ”${name}” is not ”${rows[i]}”`);
      });
      assert.deepEqual(await chart.locator('.ring-label').allTextContents(), ['1', '2', '3', '4', '5']);
      // Every name is inside the chart's box.
      const outside = await chart.locator('svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.axis-label')]
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1).length;
      });
      assert.equal(outside, 0, `${id}: names outside the chart`);
      // No dot of either series at the centre.
      const centre = await chart.locator('svg circle').evaluateAll((cs) => cs.filter((c) => c.getAttribute('cx') === '200' && c.getAttribute('cy') === '200').length);
      assert.equal(centre, 0, `${id}: a point at the centre`);
    }
    // The shifts: 4 axes, the second "Vet ej": three dots for today, a hollow marker, and an outline
    // broken around it (2 of 4 sides drawn).
    const shifts = page.locator('figure:has(#chart-shifts-title)');
    assert.equal(await shifts.locator('circle.dot-now').count(), 3);
    assert.equal(await shifts.locator('circle.dot-unknown').count(), 1);
    assert.equal(await shifts.locator('line.series-now').count(), 2);
    assert.equal(await shifts.locator('line.series-target').count(), 4);
    assert.match(await shifts.locator('.legend').textContent(), /Vet ej/);
    // 12 of 13 rated: no warning of few answers.
    assert.equal(await page.locator('.goal-warning').count(), 0);
    // Long lists show five and "Visa alla".
    const gaps = page.locator('.result-list', { hasText: 'Störst avstånd till målet' });
    assert.equal(await gaps.locator('li:visible').count(), 5);
    await gaps.getByRole('button', { name: 'Visa alla 12' }).click();
    assert.equal(await gaps.locator('li:visible').count(), 12);
    assert.equal(await gaps.getByRole('button', { name: 'Visa färre' }).getAttribute('aria-expanded'), 'true');
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      assert.deepEqual(await brokenWords(page, '.radar td, .radar th, .result-list li, .goal-progress'), [], `at ${viewport.width} px`);
      assert.equal(await scrollsSideways(page), false, `at ${viewport.width} px`);
    }
    // At 320 px (WCAG reflow) nothing scrolls sideways: there a compound longer than the column may break.
    await page.setViewportSize({ width: 320, height: 640 });
    assert.equal(await scrollsSideways(page), false, 'at 320 px');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a kind with nothing rated gets no radar; one answer of many gets a warning and no figure', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-3');
    await page.click('.step-nav li:last-child button');
    assert.equal(await page.locator('#chart-factors-title').count(), 0, 'no empty factor radar');
    assert.equal(await page.locator('#chart-shifts-title').count(), 1);
    assert.equal(await page.locator('.goal-progress .goal-now', { hasText: /\d+ %/ }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the printed report: summary first, "sida x av y" on every page, real headings, whole charts', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await assess(page);
    // A follow-up half a year later: the report draws the trend.
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sparade bedömningar' }).click();
    await page.fill('#next-date', '2026-09-01');
    await page.dispatchEvent('#next-date', 'change');
    await page.click('text=Ny bedömning för enheten');
    const n = await page.locator('.step-nav button').count();
    for (let i = 2; i < n - 1; i++) {
      await page.click(`.step-nav li:nth-child(${i}) button`);
      await page.check(`#now-${2 + (i % 3)}`);
    }
    // 13 of 13 rated: no warning of few answers.
    await page.click('.step-nav li:last-child button');
    assert.equal(await page.locator('.goal-warning').count(), 0);
    // The action plan: one of the two carried-over actions is done.
    await page.click('.step-nav li:nth-last-child(2) button');
    await page.locator('.action-controls select').first().selectOption('done');
    await page.click('.step-nav li:last-child button');
    const dir = mkdtempSync(join(tmpdir(), 'nvk-report-'));
    const pdf = join(dir, 'rapport.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    const pageText = (k) => execFileSync('pdftotext', ['-f', String(k), '-l', String(k), '-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const texts = Array.from({ length: pages }, (_, k) => pageText(k + 1));
    texts.forEach((text, k) => {
      assert.ok(text.includes(`sida ${k + 1} av ${pages}`), `page ${k + 1} lacks its number: ${text.slice(-200)}`);
      assert.ok(text.includes('Vårdcentralen Nyköping, 2026-09-01'), `page ${k + 1} lacks the unit and date`);
    });
    // The first page: the summary.
    const first = texts[0];
    for (const expected of ['Sammanfattning', 'Ramverk: Sörmland 2035. Bedömningen gjordes 2026-09-01. Utskriven 20', 'Ni har kommit', 'Starkast i dag:', 'Störst avstånd till målet:', 'Handlingsplanen har 2 åtgärder. 1 av dem är klara.']) {
      assert.ok(first.includes(expected), `the first page lacks "${expected}": ${first}`);
    }
    const all = texts.join(' ');
    assert.ok(all.includes('Handlingsplan Åtgärd Gäller Ansvarig Klart senast Status'), 'the action table has real headings');
    assert.match(all, /Utveckling över tid Tillsammans /, 'the trend as charts');
    for (const web of ['Allt du skriver stannar', 'Tillgänglighet och dina uppgifter', 'Filer', 'Dela som länk', 'Visa alla']) {
      assert.ok(!all.includes(web), `the report prints the web page's "${web}"`);
    }
    // A chart's table is never split: its caption and every row name are on one page.
    for (const id of ['chart-shifts', 'chart-factors']) {
      const caption = (await page.textContent(`#${id}-title`)).trim();
      const rows = (await page.locator(`figure:has(#${id}-title) tbody th`).allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
      const on = texts.findIndex((text) => text.includes(caption));
      assert.ok(on >= 0, `no page has "${caption}"`);
      for (const row of rows) assert.ok(texts[on].includes(row), `"${row}" is not on the page of "${caption}"`);
    }
    // The page footer leaves with the results.
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sparade bedömningar' }).click();
    await page.pdf({ path: join(dir, 'lista.pdf'), format: 'A4' });
    const list = execFileSync('pdftotext', ['-raw', join(dir, 'lista.pdf'), '-'], { encoding: 'utf8' });
    assert.ok(!/sida 1 av/.test(list), 'the footer stayed after leaving the results');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every view at 1280 and 375 px: heading in the first screen, nothing sideways (screenshots kept)', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    const views = page.getByRole('navigation', { name: 'Vyer' });
    const shots = [
      ['start', async () => {}],
      ['step', async () => { await assess(page); await page.click('.step-nav li:nth-child(4) button'); }],
      ['action-plan', async () => page.click('.step-nav li:nth-last-child(2) button')],
      ['results', async () => page.click('.step-nav li:last-child button')],
      ['trend', async () => views.getByRole('button', { name: 'Utveckling över tid' }).click()],
      ['saved-assessments', async () => views.getByRole('button', { name: 'Sparade bedömningar' }).click()],
      ['organisation', async () => views.getByRole('button', { name: 'Sammanställning' }).click()],
      ['workshop', async () => views.getByRole('button', { name: 'Workshop' }).click()],
      ['about', async () => page.click('.site-footer .link-button')],
      ['files-menu', async () => { await views.getByRole('button', { name: 'Självskattning' }).click(); await page.click('.file-menu summary'); }],
    ];
    for (const [name, go] of shots) {
      await page.setViewportSize(DESKTOP);
      await go();
      for (const viewport of [DESKTOP, PHONE]) {
        await page.setViewportSize(viewport);
        const h = await topOf(page, 'main h1');
        assert.ok(h && h.top >= 0 && h.bottom <= viewport.height, `${name} at ${viewport.width}: the heading at ${h?.top}–${h?.bottom}`);
        assert.equal(await scrollsSideways(page), false, `${name} at ${viewport.width}`);
        await page.screenshot({ path: join(SCREENS, `${name}-${viewport.width}.png`), fullPage: true });
      }
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
