// Scales of a framework's own: a B3-like framework rated 0–5 with each dimension's own wording of
// its levels, through an assessment by keyboard, the results (rings 0–5, percentages worked by
// hand) and the printed report; and statements rated once on a four-step agreement scale.
// Both served as the site's own frameworks (site.json), axe in Swedish and English.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist } from './support/server.mjs';
import { axeViolations, launch, openPage, scrollsSideways } from './support/browser.mjs';
import { chooseRadio } from './support/keyboard.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const SHOTS = process.env.SHOTS;

/** dist/ with both fixture frameworks as the site's own, the B3-like one the default. */
async function site() {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-scales-'));
  cpSync(DIST, dir, { recursive: true });
  mkdirSync(join(dir, 'frameworks'), { recursive: true });
  for (const f of ['b3-mognad.json', 'pastaenden-4.json']) cpSync(join(FIXTURES, f), join(dir, 'frameworks', f));
  writeFileSync(join(dir, 'site.json'), JSON.stringify({
    format: 'nara-vard-kompassen/site',
    version: 1,
    framework: 'b3-mognad',
    frameworks: ['frameworks/b3-mognad.json', 'frameworks/pastaenden-4.json'],
  }));
  return serveDist({ root: dir });
}

/** Opens step `i` of the step list (1 is the start, the last the results). */
async function step(page, i) {
  await page.click(`.step-nav li:nth-child(${i}) button`);
  await page.waitForSelector('#step-heading');
}

/** Rates the open item by keyboard: `now` and `target` as option indexes (last = "Vet ej"). */
async function rate(page, now, target) {
  if (now !== undefined) await chooseRadio(page, 'now', now);
  if (target !== undefined) await chooseRadio(page, 'target', target);
}

async function audit(page, what) {
  for (const lang of ['sv', 'en']) {
    await page.click(`.lang-button[lang=${lang}]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.deepEqual(await axeViolations(page), [], `${what} (${lang})`);
  }
  await page.click('.lang-button[lang=sv]');
}

async function shoot(page, name) {
  if (!SHOTS) return;
  for (const [w, h] of [[375, 667], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `${name}-${w}.png`), fullPage: true });
    assert.equal(await scrollsSideways(page), false, `${name} at ${w} px scrolls sideways`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}


describe('scales of a framework\'s own', () => {
  let server;
  let browser;
  before(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    server = await site();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a 0–5 framework with each dimension\'s own level wording: assessment, results, report', async () => {
    const { page, problems, context } = await openPage(browser, server.url);
    await page.waitForFunction(() => /Mognad för integrerad vård/.test(document.querySelector('main')?.textContent ?? ''));
    await page.fill('#unit-name', 'Vårdcentralen Ekbacken');
    await page.fill('#assessment-date', '2026-03-01');
    await page.dispatchEvent('#assessment-date', 'change');
    await page.click('form.start-form button[type=submit]');
    // Step 2: the shift, on 0–5: six steps numbered 0–5 with the scale's labels, and "Vet ej".
    await page.waitForSelector('#now-0');
    assert.equal(await page.locator('input[name=now]').count(), 7);
    assert.equal(await page.locator('#now-6').count(), 0);
    assert.match(await page.textContent('label[for=now-0]'), /^0\s*Saknas$/);
    assert.match(await page.textContent('label[for=now-5]'), /^5\s*Fullt integrerat$/);
    // Items in order: the shift, then beredskap, styrning, digital-infrastruktur, processer,
    // finansiering, hinder, befolkning, egenmakt, utvardering, bredd, innovation, kompetens.
    // Option index = level (0–5), 6 = "Vet ej".
    await rate(page, 2, 5); // integrerad-vard (Invånaren)
    await step(page, 3); // beredskap: its own wording of every level under the label
    assert.match(await page.textContent('label[for=now-0]'), /^0\s*Saknas\s*Det finns ingen gemensam bild av varför vården behöver integreras\.$/);
    assert.match(await page.textContent('label[for=target-5]'), /Förändringen är en del av den ordinarie verksamheten\./);
    await shoot(page, 'b3-item');
    await audit(page, 'item step with level wording');
    await rate(page, 1, 5);
    await step(page, 4); await rate(page, 2, 5); // styrning
    await step(page, 5); await rate(page, 3, 5); // digital-infrastruktur
    await step(page, 6); await rate(page, 0, 4); // processer (Invånaren)
    // A dimension without its own wording shows the scale's labels only.
    await step(page, 7);
    assert.match(await page.textContent('label[for=now-4]'), /^4\s*Etablerat$/);
    await rate(page, 4, 5); // finansiering
    await step(page, 8); await rate(page, 0, 5); // hinder
    await step(page, 9); await rate(page, 5, 5); // befolkning (Invånaren)
    await step(page, 10); await rate(page, 3, 5); // egenmakt (Invånaren)
    await step(page, 12); await rate(page, 6, 5); // bredd: "Vet ej" (Invånaren)
    assert.equal(await page.isChecked('#now-vet-ej'), true);
    await page.click('.step-nav li:last-child button');
    await page.waitForSelector('.results-step');
    // Invånaren: 2, 0, 5, 3 of 5 → 40, 0, 100, 60 → 50 %; targets 5, 4, 5, 5, 5 → 96 %.
    // Styrning och struktur: 1, 2, 3, 4, 0 → 20, 40, 60, 80, 0 → 40 %; targets 100, 100, 100,
    // 100, 100 → 100 %.
    const goal = (id) => page.textContent(`.goal-progress[data-goal=${id}]`);
    assert.match(await goal('invanaren'), /Ni har kommit 50 % av vägen mot Invånaren – ert mål är 96 %\./);
    assert.match(await goal('styrning-och-struktur'), /Ni har kommit 40 % av vägen mot Styrning och struktur – ert mål är 100 %\./);
    // One shift makes no radar; the twelve dimensions do, with six rings numbered 0–5.
    assert.equal(await page.locator('.radar svg').count(), 1);
    assert.deepEqual(await page.$$eval('.radar svg .ring-label', (ls) => ls.map((l) => l.textContent)), ['0', '1', '2', '3', '4', '5']);
    assert.equal(await page.locator('.radar svg polygon.ring').count(), 6);
    assert.match(await page.textContent('.radar svg desc'), /^Nivå 0 ligger närmast mitten, nivå 5 ytterst\./);
    await shoot(page, 'b3-results');
    await audit(page, 'results on 0–5');
    // The printed report: the same figures and the 0–5 levels in the chart's table.
    const dir = mkdtempSync(join(tmpdir(), 'nvk-scales-pdf-'));
    const pdf = join(dir, 'rapport.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Resultat: Mognad för integrerad vård (B3-liknande)',
      'Vårdcentralen Ekbacken, 2026-03-01',
      'Ni har kommit 50 % av vägen mot Invånaren – ert mål är 96 %.',
      'Ni har kommit 40 % av vägen mot Styrning och struktur – ert mål är 100 %.',
      'Dimensioner: i dag och mål',
      '4 Samordnade processer 0 4',
      '7 Befolkningsperspektiv 5 5',
    ]) assert.ok(text.includes(expected), `the report has "${expected}"`);
    if (SHOTS) {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(SHOTS, 'b3-report-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('statements rated once on a four-step agreement scale', async () => {
    const { page, problems, context } = await openPage(browser, server.url);
    await page.waitForSelector('#framework-select option[value=pastaenden]', { state: 'attached' });
    await page.selectOption('#framework-select', 'pastaenden');
    await page.waitForFunction(() => /Påståenden om nära vård/.test(document.querySelector('main')?.textContent ?? ''));
    await page.fill('#unit-name', 'Hemtjänsten Väst');
    await page.click('form.start-form button[type=submit]');
    // The shift names no scale: today's five steps from FRÅN to TILL.
    await page.waitForSelector('#now-1');
    assert.equal(await page.locator('input[name=now]').count(), 6);
    assert.match(await page.textContent('label[for=now-1]'), /^1\s*Vi arbetar som i FRÅN$/);
    await rate(page, 2); // samverkan: 3 of 1–5
    await step(page, 3); // the first statement, on "Stämmer inte alls" … "Stämmer helt"
    assert.equal(await page.locator('input[name=now]').count(), 5);
    const labels = await page.$$eval('input[name=now] + .scale-number + .scale-text', (ts) => ts.map((t) => t.textContent));
    assert.deepEqual(labels, ['Stämmer inte alls', 'Stämmer ganska dåligt', 'Stämmer ganska bra', 'Stämmer helt']);
    assert.match(await page.textContent('#step-heading'), /Vi känner de andra verksamheterna runt våra patienter\./);
    await shoot(page, 'statements-item');
    await audit(page, 'statement step');
    await rate(page, 1); // vi-kanner-varandra: 2 of 1–4
    await step(page, 4); await rate(page, 3); // vi-planerar-tillsammans: 4
    await step(page, 5); await rate(page, 2); // invanaren-ar-med: 3
    await step(page, 6); await rate(page, 4); // en-vag-in: "Vet ej"
    await step(page, 7); await rate(page, 0); // vi-foljer-upp: 1
    await page.click('.step-nav li:last-child button');
    await page.waitForSelector('.results-step');
    // Samarbete: the shift 3 of 1–5 = 50 %; 2, 4, 1 of 1–4 = 33.3, 100, 0 → 183.3 / 4 = 46 %.
    // Invånarna: 3 of 1–4 = 66.7 %, "Vet ej" left out, 1 = 0 % → 33 %.
    assert.match(await page.textContent('.goal-progress[data-goal=samarbete]'), /Ni har kommit 46 % av vägen mot Samarbete\./);
    assert.match(await page.textContent('.goal-progress[data-goal=invanare]'), /Ni har kommit 33 % av vägen mot Invånarna\./);
    // Five statements make a radar with four rings, 1–4.
    assert.deepEqual(await page.$$eval('.radar svg .ring-label', (ls) => ls.map((l) => l.textContent)), ['1', '2', '3', '4']);
    await shoot(page, 'statements-results');
    await audit(page, 'results on 1–4');
    await page.click('.lang-button[lang=en]');
    assert.match(await page.textContent('.goal-progress[data-goal=samarbete]'), /46 %|46%/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a workshop on 0–5: codes, a column per step in the reveal and the overview, every slide within 1920 × 1080', async () => {
    const { page, problems, context } = await openPage(browser, server.url, { viewport: { width: 1920, height: 1080 } });
    await page.waitForFunction(() => /Mognad för integrerad vård/.test(document.querySelector('main')?.textContent ?? ''));
    await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
    await page.fill('#ws-unit', 'Vårdcentralen Ekbacken');
    await page.check('#ws-targets');
    // 26 ratings in base 8 (blank, 0–5, Vet ej): 8²⁶ − 1 takes 78 bits, + 20 → 20 characters,
    // + 3 for the id and 1 check = 24.
    assert.match(await page.textContent('.workshop-setup, main'), /24 tecken/);
    await page.click('text=Starta workshopen');
    await page.waitForSelector('.workshop-join');
    // 40 answers straight into the saved workshop (as 40 pasted codes would), levels 0–5,
    // "Vet ej" and blanks among them; then a reload.
    await page.evaluate(() => {
      const key = 'nara-vard-kompassen';
      const saved = JSON.parse(localStorage.getItem(key));
      const w = saved.workspace.workshop;
      if (JSON.stringify(w.setup.scales) !== JSON.stringify(w.setup.items.map(() => [0, 5]))) throw new Error('scales not saved');
      w.responses = Array.from({ length: 40 }, (_, p) => ({
        slots: w.setup.items.flatMap((_, i) => {
          const now = i === 0 ? 3 : (p * (i + 2) + i) % 8; // 6 is Vet ej, 7 blank
          const rating = now <= 5 ? { level: now } : now === 6 ? 'dont_know' : null;
          return [rating, { level: Math.min(5, ((p + i) % 3) + 3) }];
        }),
      }));
      localStorage.setItem(key, JSON.stringify(saved));
    });
    await page.reload();
    await page.waitForSelector('main#main h1');
    await page.locator('.workshop-results').getByRole('button', { name: 'Visa resultatet' }).click();
    // The facilitator's page: each item's steps 0–5 and "Vet ej" under its plots.
    assert.deepEqual(await page.locator('.result-item').first().locator('.axis-step').allTextContents(), ['0', '1', '2', '3', '4', '5', 'Vet ej']);
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await page.waitForSelector('main.projector');
    for (let i = 1; i <= 1 + 1 + 13 + 1; i += 1) {
      const size = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, width: document.querySelector('main.projector').scrollWidth }));
      assert.ok(size.page <= 1080 && size.width <= 1920, `slide ${i}: ${size.width} × ${size.page}`);
      if (await page.locator('.reveal-slide').count()) {
        assert.deepEqual(await page.locator('.reveal-slide .axis-step').allTextContents(), ['0', '1', '2', '3', '4', '5', 'Vet ej']);
        assert.equal(await page.locator('.reveal-slide svg.dot-plot').count(), 2);
        if (SHOTS && i === 3) await page.screenshot({ path: join(SHOTS, 'b3-reveal-1920.png') });
      }
      if (await page.locator('table.overview').count()) {
        assert.deepEqual(await page.locator('table.overview thead th.num').allTextContents(), ['0', '1', '2', '3', '4', '5', 'Vet ej', 'Median', 'Spridning', 'Mål (median)']);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, 'b3-overview-1920.png') });
        assert.deepEqual(await axeViolations(page), [], 'overview');
      }
      await page.keyboard.press('ArrowRight');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
