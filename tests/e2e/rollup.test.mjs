// The organisation view: a region and its twelve municipalities as thirteen files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from './support/suite.mjs';
import { assertAccessibleAlsoOnPhone, openPage } from './support/browser.mjs';

const SORMLAND = JSON.parse(readFileSync(new URL('../../core/src/framework/presets/sormland-2035.json', import.meta.url)));
const ITEMS = [...SORMLAND.shifts, ...SORMLAND.factors].map((i) => i.id);

/** A unit's exported file: an older and a newer assessment, the newer at `level` everywhere. */
function unitFile(unit, level) {
  const assessment = (id, date, now) => ({
    id,
    unit,
    framework_id: 'sormland-2035',
    date,
    items: Object.fromEntries(ITEMS.map((item) => [item, { now: { level: now }, target: { level: 5 } }])),
    actions: [],
  });
  return JSON.stringify({
    schema: 1,
    app: '0.1.0',
    exported: '2026-11-22T12:00:00Z',
    workspace: { framework_id: 'sormland-2035', assessments: [assessment('a1', '2025-03-01', 1), assessment('a2', '2026-03-01', level)] },
  });
}

const UNITS = ['Region Sörmland', 'Eskilstuna', 'Flen', 'Gnesta', 'Katrineholm', 'Nyköping', 'Oxelösund', 'Strängnäs', 'Trosa', 'Vingåker', 'Gnesta Väst', 'Nyköping Öst', 'Trosa Norr'];

describe('roll-up of many units', () => {
  const app = withApp();

  test('thirteen files: a table of units, the furthest from target, distributions, radars, CSV', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sammanställning' }).click();
    assert.equal(await page.textContent('h1'), 'Sammanställning för flera enheter');
    const files = UNITS.map((unit, i) => ({ name: `${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(unitFile(unit, 1 + (i % 5))) }));
    files.push({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1, "work') });
    await page.setInputFiles('.rollup-view input[type=file]', files);
    await page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 13 && document.querySelector('.rollup-view .file-error'));
    assert.equal(await page.textContent('.rollup-count'), '13 enheter från 13 filer.');
    // The benchmark splits its time by these User Timing marks: one read and one check per file.
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    assert.deepEqual(
      ['rollup:read', 'rollup:checked', 'rollup:aggregated'].map((name) => marks.filter((m) => m === name).length),
      [14, 14, 1],
    );
    assert.match(await page.textContent('.rollup-view .file-error'), /«trasig\.json» kunde inte läsas in/);
    // The newest assessment of each unit counts: Region Sörmland at level 1 is 0 %, Eskilstuna at 2 is 25 %.
    const cells = async (unit) => (await page.locator(`.rollup-table tr:has(th:text-is("${unit}")) td`).allTextContents());
    assert.deepEqual((await cells('Region Sörmland')).slice(0, 5), ['1.json', '0 %', '0 %', '0 %', '0 %']);
    assert.deepEqual((await cells('Eskilstuna')).slice(1, 4), ['25 %', '25 %', '25 %']);
    assert.equal((await cells('Eskilstuna')).at(-1), '75 procentenheter');
    // Levels 1,2,3,4,5 repeat over the 13 units: 3,3,3,2,2 per level.
    const person = await page.locator('.distribution-table tr:has(th:text-is("Person och relation")) td').allTextContents();
    assert.deepEqual(person, ['3', '3', '3', '2', '2', '0', '0']);
    const furthest = await page.locator('.rollup-view .result-list li').allTextContents();
    assert.equal(furthest.length, 5);
    assert.match(furthest[0], /^Region Sörmland \(100 procentenheter\)$/);
    assert.equal(await page.locator('.small-radars figure.radar').count(), 13);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.rollup-view button.save-csv')]);
    const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    // One row per item and goal area per unit, plus the header.
    assert.equal(csv.trim().split('\r\n').length, 1 + 13 * (ITEMS.length + 3));
    // The user's own data is untouched: nothing saved but the view.
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen')));
    assert.equal(saved.workspace.assessments.length, 0);
    await assertAccessibleAlsoOnPhone(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
