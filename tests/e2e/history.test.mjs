// Progress toward 2035: three dated assessments of a unit, the trend and projection, comparison,
// delete with undo, and a second unit kept apart.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp } from './support/suite.mjs';
import { assertAccessibleAlsoOnPhone, axeViolations, openPage } from './support/browser.mjs';

/** Rates every item of the open assessment: level `now` everywhere, target 5. */
async function rateAll(page, now) {
  const n = await page.locator('.step-nav button').count();
  for (let i = 2; i < n - 1; i++) {
    await page.click(`.step-nav li:nth-child(${i}) button`);
    await page.check(`#now-${now}`);
    await page.check('#target-5');
  }
}

async function view(page, name) {
  await page.getByRole('navigation', { name: /Vyer|Views/ }).getByRole('button', { name }).click();
}

describe('progress over time', () => {
  const app = withApp();

  test('three dated assessments give a trend, a projection and a comparison; delete has undo', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.fill('#assessment-date', '2024-03-01');
    await page.dispatchEvent('#assessment-date', 'change');
    await page.click('form.start-form button[type=submit]');
    await rateAll(page, 2);
    // Action finished before the next assessment.
    await page.click('.step-nav li:nth-child(2) button');
    await page.fill('#add-person-what', 'Fast vårdkontakt');
    await page.click('.action-form button[type=submit]');

    for (const [date, level] of [['2025-03-01', 3], ['2026-03-01', 4]]) {
      await view(page, 'Sparade bedömningar');
      // The follow-up is dated when it is made.
      await page.fill('#next-date', date);
      await page.dispatchEvent('#next-date', 'change');
      await page.click('text=Ny bedömning för enheten');
      // Pre-filled: target carried over, today's level to confirm, last time's level shown.
      assert.equal(await page.isChecked('#target-5'), true);
      assert.equal(await page.isChecked(`#now-${level - 1}`), false);
      assert.match(await page.textContent('.previous-hint'), new RegExp(`Förra gången: ${level - 1}`));
      assert.equal(await page.locator('.action-what').count(), date === '2025-03-01' ? 1 : 0);
      if (date === '2025-03-01') await page.selectOption('#status-3, .action-controls select', 'done');
      await rateAll(page, level);
      if (date === '2025-03-01') {
        // Two dated assessments: rising, but two points name no year.
        await view(page, 'Utveckling över tid');
        assert.equal(
          await page.locator('.trend-chart[data-goal="nara"] .projection').textContent(),
          'Om takten håller i sig närmar ni er målet (100 %). När det finns tre daterade bedömningar visas vilket år målet nås.',
        );
      }
    }

    // Results: "since last time" per goal area.
    await page.click('.step-nav li:last-child button');
    assert.match(await page.textContent('.goal-progress[data-goal="nara"] .since-last'), /Sedan förra gången \(2025-03-01\): \+25 procentenheter/);
    // The printed report carries the trend toward 2035.
    const dir = mkdtempSync(join(tmpdir(), 'nvk-trend-'));
    await page.pdf({ path: join(dir, 'r.pdf'), format: 'A4' });
    const report = execFileSync('pdftotext', ['-raw', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // The printed report carries the trend as charts, each goal area with what its trend says.
    assert.match(report, /Utveckling över tid Tillsammans .*I den här takten nås målet \(100 %\) år 2027\. Nära .*I den här takten nås målet \(100 %\) år 2027\./, report.slice(0, 800));

    // Trend: 25 % → 50 % → 75 %, target 100 %: reached in 2027 at this pace.
    await view(page, 'Utveckling över tid');
    assert.equal(await page.textContent('h1'), 'Utveckling över tid: Hemtjänsten Väst');
    for (const goal of ['tillsammans', 'nara', 'god-halsa']) {
      const chart = page.locator(`.trend-chart[data-goal="${goal}"]`);
      assert.equal(await chart.locator('.projection').textContent(), 'I den här takten nås målet (100 %) år 2027.');
      assert.match(await chart.locator('svg').getAttribute('aria-label'), /2024-03-01: 25 %, 2025-03-01: 50 %, 2026-03-01: 75 %, Mål 100 %$/);
      assert.equal(await chart.locator('circle').count(), 3);
    }
    assert.equal(await page.locator('.trend-small').count(), 13);
    assert.deepEqual(await page.locator('.trend-table thead th').allTextContents(), ['Område', '2024-03-01', '2025-03-01', '2026-03-01', 'Mål']);
    assert.deepEqual(await axeViolations(page), []);

    // Compare the first and the last.
    await view(page, 'Sparade bedömningar');
    assert.deepEqual(await page.locator('.history-table tbody th').allTextContents(), ['2026-03-01', '2025-03-01', '2024-03-01']);
    await page.selectOption('#compare-from', { label: '2024-03-01 – Sörmland 2035' });
    await page.selectOption('#compare-to', { label: '2026-03-01 – Sörmland 2035' });
    await page.click('.compare-form button[type=submit]');
    assert.equal(await page.textContent('h1'), 'Jämförelse 2024-03-01 och 2026-03-01');
    const changes = await page.locator('.compare-table tbody td:last-child').allTextContents();
    assert.equal(changes.length, 13);
    assert.ok(changes.every((c) => c === '↑ Upp 2 steg'), changes.join());
    assert.deepEqual(await page.locator('.completed li').allTextContents(), ['Fast vårdkontakt']);
    assert.deepEqual(await axeViolations(page), []);

    // Delete the middle one, then undo: nothing goes without a way back.
    await page.click('text=Tillbaka till bedömningarna');
    await page.click('button[aria-label="Ta bort 2025-03-01"]');
    assert.deepEqual(await page.locator('.history-table tbody th').allTextContents(), ['2026-03-01', '2024-03-01']);
    assert.match(await page.textContent('.undo'), /Bedömningen togs bort/);
    await page.click('.undo button');
    assert.deepEqual(await page.locator('.history-table tbody th').allTextContents(), ['2026-03-01', '2025-03-01', '2024-03-01']);
    assert.deepEqual(await axeViolations(page), []);

    // A second unit stays separate.
    await page.click('text=Ny enhet');
    await page.fill('#unit-name', 'Vårdcentralen Nyköping');
    await page.click('form.start-form button[type=submit]');
    await page.check('#now-1');
    await view(page, 'Sparade bedömningar');
    assert.equal(await page.locator('.history-table tbody tr').count(), 1);
    assert.deepEqual(await page.locator('#unit-switch option').allTextContents(), ['Hemtjänsten Väst', 'Vårdcentralen Nyköping']);
    await page.selectOption('#unit-switch', 'Hemtjänsten Väst');
    assert.equal(await page.locator('.history-table tbody tr').count(), 3);

    // All of it survives a reload, in English too.
    await page.reload();
    await page.waitForSelector('.history-view');
    await page.getByRole('button', { name: 'English' }).click();
    await view(page, 'Progress over time');
    assert.equal(await page.locator('.trend-chart[data-goal="nara"] .projection').textContent(), 'At this pace the target (100%) is reached in 2027.');
    await assertAccessibleAlsoOnPhone(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
