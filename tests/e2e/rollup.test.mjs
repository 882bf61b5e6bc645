// The organisation view: a region and its twelve municipalities as thirteen files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withApp } from './support/suite.mjs';
import { assertAccessibleAlsoOnPhone, openPage } from './support/browser.mjs';

const require = createRequire(import.meta.url);
/** With SCREENSHOTS=1 the long-names tests save what they see under /tmp, to be looked at. */
const SHOTS = Boolean(process.env.SCREENSHOTS);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules. */
async function axe22(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
    assert.match(await page.textContent('.rollup-view .file-error'), /”trasig\.json” kunde inte läsas in/);
    // The newest assessment of each unit counts: Region Sörmland at level 1 is 0 %, Eskilstuna at 2 is 25 %.
    const unitCell = (unit) => page.locator(`.rollup-table th:has(.unit-name:text-is("${unit}"))`);
    const cells = async (unit) => (await page.locator(`.rollup-table tr:has(.unit-name:text-is("${unit}")) td`).allTextContents());
    // The distance to target right after the unit, then goal areas and shifts; the file under the name.
    assert.deepEqual((await cells('Region Sörmland')).slice(0, 5), ['100 procentenheter', '0 %', '0 %', '0 %', '0 %']);
    assert.equal(await unitCell('Region Sörmland').locator('.unit-file').textContent(), 'Fil: 1.json');
    assert.deepEqual((await cells('Eskilstuna')).slice(1, 4), ['25 %', '25 %', '25 %']);
    assert.equal((await cells('Eskilstuna'))[0], '75 procentenheter');
    // Levels 1,2,3,4,5 repeat over the 13 units: 3,3,3,2,2 per level.
    const person = await page.locator('.distribution-table tr:has(th:text-is("Person och relation")) td').allTextContents();
    assert.deepEqual(person, ['3', '3', '3', '2', '2', '0', '0']);
    // The units furthest from their targets: the distance column sorted, furthest first.
    const distanceSort = page.locator('.rollup-table thead th').nth(1).getByRole('button');
    await distanceSort.click();
    await distanceSort.click();
    const furthest = await page.locator('.rollup-table tbody tr').first().innerText();
    assert.match(furthest, /^Region Sörmland\s+Fil: 1\.json\s+100 procentenheter/);
    assert.equal(await page.locator('.small-radars figure.radar').count(), 13);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.rollup-view button.save-csv')]);
    const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
    assert.match(download.suggestedFilename(), /^Nära vård-kompassen – Region Sörmland, Eskilstuna och 11 till – \d{4}-\d{2}-\d{2}\.csv$/);
    // One row per item and goal area per unit, plus the header.
    assert.equal(csv.trim().split('\r\n').length, 1 + 13 * (ITEMS.length + 3));
    // The user's own data is untouched: nothing saved but the view.
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('nara-vard-kompassen')));
    assert.equal(saved.workspace.assessments.length, 0);
    await assertAccessibleAlsoOnPhone(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  /** Twenty units whose names are 40 characters long, levels and targets varied. */
  const LONG = Array.from({ length: 20 }, (_, i) => `Vårdcentralen och hemsjukvården ${['Norr', 'Väst', 'Mitt'][i % 3]} ${String(i + 1).padStart(3, '0')}`);
  assert.ok(LONG.every((n) => n.length === 40) && new Set(LONG).size === 20, LONG.join('|'));

  const openLong = async (viewport) => {
    const opened = await openPage(app.browser, app.server.url, { viewport });
    const { page } = opened;
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Sammanställning' }).click();
    const files = LONG.map((unit, i) => ({ name: `enhet-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(unitFile(unit, 1 + ((i * 3) % 5))) }));
    await page.setInputFiles('.rollup-view input[type=file]', files);
    await page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 20);
    return opened;
  };

  /** Cells (as text) with a word that the layout breaks over two lines. */
  const brokenWords = (page) => page.evaluate(() => {
    const broken = [];
    for (const cell of document.querySelectorAll('.rollup-table th, .rollup-table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const re = /[^\s\-‐]+[-‐]?/g; // a hyphen is where a compound may break
        for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${m[0]} in ${cell.textContent}`);
        }
      }
    }
    return broken;
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
    test(`twenty units with 40-character names at ${viewport.width} px: readable, sticky, sortable, accessible`, async () => {
      const { page, problems, context } = await openLong(viewport);
      assert.deepEqual(await brokenWords(page), []);
      // The unit column is wide enough for a name's words and the distance comes right after it.
      const heads = await page.locator('.rollup-table thead th').allTextContents();
      assert.match(heads[0], /^Enhet/);
      assert.match(heads[1], /^Avstånd till mål/);
      assert.ok(!heads.some((h) => /^Fil/.test(h)), 'no file column');
      const unitWidth = await page.locator('.rollup-table tbody th').first().evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(unitWidth >= 150, `unit column ${unitWidth} px`);
      // The table scrolls inside its own focusable, named region; the unit column stays in view.
      const region = page.getByRole('region', { name: 'Enheterna' });
      assert.equal(await region.getAttribute('tabindex'), '0');
      const scrolled = await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        return el.scrollLeft;
      });
      if (viewport.width < 1000) assert.ok(scrolled > 100, `the table scrolls sideways (${scrolled})`);
      await page.waitForTimeout(50);
      const { cell, box } = await page.evaluate(() => {
        const c = document.querySelector('.rollup-table tbody th').getBoundingClientRect();
        const b = document.querySelector('.rollup-scroll').getBoundingClientRect();
        return { cell: { left: c.left, right: c.right }, box: { left: b.left, right: b.right } };
      });
      assert.ok(cell.left >= box.left - 1 && cell.right <= box.right + 1, `unit cell ${JSON.stringify(cell)} in ${JSON.stringify(box)}`);
      // The page itself does not scroll sideways.
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true);
      if (SHOTS) await region.screenshot({ path: `/tmp/orgview-${viewport.width}-sv-scrolled.png` });
      await region.evaluate((el) => { el.scrollLeft = 0; });
      if (SHOTS) await region.screenshot({ path: `/tmp/orgview-${viewport.width}-sv.png` });

      // Sorting by the distance: real buttons in the headings, aria-sort on the heading.
      const distanceHead = page.locator('.rollup-table thead th').nth(1);
      const distances = async () => (await page.locator('.rollup-table tbody tr td:first-of-type').allTextContents()).map((t) => parseInt(t, 10));
      await distanceHead.getByRole('button').click();
      assert.equal(await distanceHead.getAttribute('aria-sort'), 'ascending');
      const up = await distances();
      assert.deepEqual(up, [...up].sort((a, b) => a - b));
      await distanceHead.getByRole('button').click();
      assert.equal(await distanceHead.getAttribute('aria-sort'), 'descending');
      const down = await distances();
      assert.deepEqual(down, [...down].sort((a, b) => b - a));
      assert.notDeepEqual(up, down);
      // Only the sorted column says so.
      assert.equal(await page.locator('.rollup-table thead th[aria-sort]').count(), 1);
      // By unit name, in Swedish order.
      const unitHead = page.locator('.rollup-table thead th').first();
      await unitHead.getByRole('button').click();
      assert.equal(await unitHead.getAttribute('aria-sort'), 'ascending');
      const names = await page.locator('.rollup-table .unit-name').allTextContents();
      assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'sv')));
      // By a goal area, by keyboard.
      const goalHead = page.locator('.rollup-table thead th').nth(2);
      await goalHead.getByRole('button').focus();
      await page.keyboard.press('Enter');
      assert.equal(await goalHead.getAttribute('aria-sort'), 'ascending');
      const goal = (await page.locator('.rollup-table tbody tr td:nth-of-type(2)').allTextContents()).map((t) => parseInt(t, 10));
      assert.deepEqual(goal, [...goal].sort((a, b) => a - b));
      // The heat map: every coloured cell keeps its number as text and ink at 4.5:1 at least.
      const contrast = await page.evaluate(() => {
        const lum = (rgb) => {
          const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        let worst = 99;
        for (const td of document.querySelectorAll('.rollup-table td[class*="heat-"]')) {
          const s = getComputedStyle(td);
          const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
          worst = Math.min(worst, (a + 0.05) / (b + 0.05));
          if (!/\d/.test(td.textContent)) return 0;
        }
        return worst;
      });
      assert.ok(contrast >= 4.5, `heat-map contrast ${contrast}`);
      assert.deepEqual(await axe22(page), []);
      await page.click('.lang-button[lang=en]');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.deepEqual(await brokenWords(page), []);
      assert.deepEqual(await axe22(page), []);
      if (SHOTS) await page.locator('.rollup-scroll').screenshot({ path: `/tmp/orgview-${viewport.width}-en.png` });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the heat map keeps its contrast in the projector theme', async () => {
    const { page, problems, context } = await openLong({ width: 1280, height: 800 });
    await page.evaluate(() => { document.documentElement.dataset.theme = 'projector'; });
    const worst = await page.evaluate(() => {
      const lum = (rgb) => {
        const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let min = 99;
      for (const td of document.querySelectorAll('.rollup-table td[class*="heat-"]')) {
        const s = getComputedStyle(td);
        const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
        min = Math.min(min, (a + 0.05) / (b + 0.05));
      }
      return min;
    });
    assert.ok(worst >= 4.5, `projector heat-map contrast ${worst}`);
    if (SHOTS) await page.locator('.rollup-scroll').screenshot({ path: '/tmp/orgview-1280-projector.png' });
    assert.deepEqual(await axe22(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
