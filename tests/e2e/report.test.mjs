// The CSV as Swedish LibreOffice reads it, and the printed report as a PDF.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withApp } from './support/suite.mjs';
import { openPage } from './support/browser.mjs';
import { rateEverything } from './support/journeys.mjs';

const SORMLAND = JSON.parse(readFileSync(new URL('../../core/src/framework/presets/sormland-2035.json', import.meta.url)));

/** What `assess` rates, item by item in framework order: the level now (or "Vet ej"), target 5. */
const RATED = [
  ...SORMLAND.shifts.map((s) => ({ id: s.id, name: s.to.sv, kind: 'shift' })),
  ...SORMLAND.factors.map((f) => ({ id: f.id, name: f.name.sv, kind: 'factor' })),
].map((item, k) => {
  const i = k + 2; // its place in the step list
  return { ...item, now: i === 3 ? 'Vet ej' : 1 + (i % 3), target: 5 };
});

/** One assessment with ratings, a "Vet ej", a note, an answer and an action. */
async function assess(page) {
  await rateEverything(page);
  await page.click('.step-nav li:nth-child(2) button');
  await page.fill('#question-0', 'Trygghet för de mest sjuka äldre');
  await page.fill('#add-person-what', 'Inför fast vårdkontakt');
  await page.click('.action-form button[type=submit]');
  await page.click('.step-nav li:nth-child(10) button');
  await page.fill('#item-note', 'Enkät till medarbetare 2025');
}

describe('CSV and the printed report', () => {
  const app = withApp();

  test('LibreOffice in Swedish reads the CSV into the right cells, numbers as numbers', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await assess(page);
    await page.click('.file-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.save-csv')]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const dir = mkdtempSync(join(tmpdir(), 'nvk-csv-'));
    const csv = join(dir, 'export.csv');
    writeFileSync(csv, Buffer.concat(await (await download.createReadStream()).toArray()));
    assert.equal(readFileSync(csv).subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 BOM');
    // Separator ;, text in ", UTF-8, from line 1, Swedish locale: as Swedish Excel opens it.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=CSV:59,34,76,1,,1053',
      '--convert-to', 'html', '--outdir', dir, csv], { stdio: 'ignore', timeout: 120000 });
    const html = readFileSync(join(dir, 'export.html'), 'utf8');
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1].matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map((c) => ({
        attrs: c[1],
        text: c[2].replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim(),
      })),
    );
    assert.deepEqual(rows[0].map((c) => c.text).slice(0, 4), ['Enhet', 'Ramverk', 'Datum', 'Typ']);
    const person = rows.find((r) => r[4]?.text === 'person');
    assert.equal(person[0].text, 'Vårdcentralen Nyköping');
    assert.equal(person[5].text, 'Person och relation');
    // "50,0" with a decimal comma became the number 50 (level 3): LibreOffice gives it a value.
    assert.match(person[8].attrs, /sdval="50"/);
    assert.equal(person[8].text, '50');
    assert.match(person[2].attrs, /sdval="\d+"/, 'the ISO date is read as a date');
    const samordning = rows.find((r) => r[4]?.text === 'samordning');
    assert.equal(samordning[6].text, 'Vet ej');
    const tillit = rows.find((r) => r[4]?.text === 'tillit');
    assert.equal(tillit[11].text, 'Enkät till medarbetare 2025');
    const goal = rows.find((r) => r[3]?.text === 'Målområde' && r[4]?.text === 'nara');
    assert.match(goal[8].attrs, /sdval="[\d.]+"/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('printing gives an A4 report with title, unit, date, charts, notes and the action plan', async () => {
    const { page, problems, context } = await openPage(app.browser, app.server.url);
    await assess(page);
    await page.click('.step-nav li:last-child button');
    assert.equal(await page.locator('.print-button button').textContent(), 'Skriv ut / spara som PDF');
    const dir = mkdtempSync(join(tmpdir(), 'nvk-pdf-'));
    const pdf = join(dir, 'rapport.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    // Content order, white space folded: captions may wrap over lines.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Resultat: Sörmland 2035',
      'Vårdcentralen Nyköping, 2026-03-01',
      'Mot målbilden 2035',
      'Förflyttningarna: i dag och mål',
      'Dialog och anteckningar',
      'Trygghet för de mest sjuka äldre',
      'Enkät till medarbetare 2025',
      'Handlingsplan',
      'Inför fast vårdkontakt',
    ]) {
      assert.ok(text.includes(expected), `the report lacks "${expected}":\n${text.slice(0, 1500)}`);
    }
    // The charts' tables, whole and in order: every shift and factor with its level now and its target.
    for (const [kind, caption] of [['shift', 'Förflyttningarna: i dag och mål'], ['factor', 'Förutsättningar och framgångsfaktorer: i dag och mål']]) {
      const rows = RATED.filter((r) => r.kind === kind).map((r, k) => `${k + 1} ${r.name} ${r.now} ${r.target}`);
      assert.ok(text.includes(caption), `the report lacks the chart "${caption}"`);
      const table = `# Område I dag Mål ${rows.join(' ')}`;
      assert.ok(text.includes(table), `the report lacks the table "${table}":\n${text}`);
    }
    // The lists, by README's rules (Scoring), computed here from what was rated.
    const levels = RATED.filter((r) => typeof r.now === 'number');
    const [min, max] = [Math.min(...levels.map((r) => r.now)), Math.max(...levels.map((r) => r.now))];
    const strongest = levels.filter((r) => r.now > min).sort((a, b) => b.now - a.now).slice(0, 3);
    const weakest = levels.filter((r) => r.now < max && !strongest.includes(r)).sort((a, b) => a.now - b.now).slice(0, 3);
    const gaps = levels.filter((r) => r.target > r.now).sort((a, b) => b.target - b.now - (a.target - a.now));
    const unknown = RATED.filter((r) => r.now === 'Vet ej');
    assert.equal(strongest.length, 3);
    assert.equal(weakest.length, 3);
    assert.equal(unknown.length, 1);
    for (const list of [
      `Starkast i dag ${strongest.map((r) => `${r.name} (${r.now})`).join(' ')} Svagast i dag`,
      `Svagast i dag ${weakest.map((r) => `${r.name} (${r.now})`).join(' ')} Störst avstånd till målet`,
      `Störst avstånd till målet ${gaps.map((r) => `${r.name} (+${r.target - r.now} steg)`).join(' ')} Att ta reda på`,
      `Att ta reda på (”Vet ej”) ${unknown.map((r) => r.name).join(' ')} Dialog och anteckningar`,
      // The action plan as a table: the action, its shift, and its status.
      'Handlingsplan Åtgärd Gäller Ansvarig Klart senast Status Inför fast vårdkontakt Person och relation Planerad',
    ]) {
      assert.ok(text.includes(list), `the report lacks "${list}":\n${text}`);
    }
    for (const control of ['Spara som fil', 'Nästa', 'Skriv ut / spara som PDF', 'Öppna fil']) {
      assert.ok(!text.includes(control), `the report shows the control "${control}"`);
    }
    // The charts are drawn: each radar's polygons are vector paths in the PDF.
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
