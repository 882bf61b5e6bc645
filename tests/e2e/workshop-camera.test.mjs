// Answer codes in by camera: Chromium's fake camera plays a video, made here from real answer
// codes (one from a participant's phone, the rest from the core's own encoder for this workshop),
// of QR symbols shown one after another. The scanner (the QR-reading web worker: this Chromium
// has no BarcodeDetector) collects them, refuses a repeat and a stranger with the reason, beeps,
// stops the camera when closed, and says so plainly when the camera is refused. Served under a
// sub-path with the strict Content-Security-Policy.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist } from './support/server.mjs';
import { sitePolicy } from '../../scripts/csp.mjs';
import { axeViolations, launch, openPage, scrollsSideways } from './support/browser.mjs';
import { writeQrVideo } from './support/y4m.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PHONE = { width: 375, height: 667 };
const SHOTS = process.env.SCREENSHOTS;

/** Runs a core example (built from this checkout, no download) and returns what it prints. */
function example(name, args = [], input = '') {
  return execFileSync('cargo', ['run', '-q', '--offline', '-p', 'kompass-core', '--example', name, '--', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
}

/** Codes the core encodes for the workshop of `link`, as a chat would hold them. */
function codesFor(link, n) {
  return [...example('workshop_codes', [link, String(n)]).matchAll(/kod: (\S+) tack/g)].map((m) => m[1]);
}

/** Keeps each stream the page gets from the camera, and each beep's pitch. */
function watchCameraAndSound() {
  window.__streams = [];
  window.__beeps = [];
  const get = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = function (c) {
    return get.call(this, c).then((stream) => {
      window.__streams.push(stream);
      return stream;
    });
  };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) {
    window.__beeps.push(this.frequency.value);
    return start.apply(this, args);
  };
}

const cameraOn = (page) =>
  page.evaluate(() => window.__streams.some((s) => s.getTracks().some((t) => t.readyState === 'live')));

async function openWorkshop(browser, url, storageState, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, storageState });
  await context.addInitScript(watchCameraAndSound);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  const requests = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
  await page.waitForSelector('.workshop-collect');
  return { context, page, problems, requests };
}

describe('workshop: answer codes by camera', () => {
  let server;
  let plain;
  let dir;
  let link;
  let storageState;
  let phoneCode;
  before(async () => {
    // As on an intranet: under a sub-path, with the strict Content-Security-Policy (the worker
    // and its wasm must load under it).
    const policy = sitePolicy(DIST);
    server = await serveDist({ base: '/sites/naravard/kompassen/', headers: { 'Content-Security-Policy': policy } });
    plain = await launch();
    dir = mkdtempSync(join(tmpdir(), 'kompass-camera-'));
    // The facilitator starts a workshop on four shifts; one participant rates on a phone.
    const lead = await openPage(plain, server.url);
    await lead.page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
    await lead.page.fill('#ws-unit', 'Vårdcentralen Ekbacken');
    const boxes = lead.page.locator('.ws-items input[type=checkbox]');
    for (let i = 4; i < (await boxes.count()); i += 1) await boxes.nth(i).uncheck();
    await lead.page.click('text=Starta workshopen');
    link = await lead.page.textContent('.join-link code');
    storageState = await lead.context.storageState();
    const phone = await openPage(plain, link, { viewport: PHONE });
    // One item per screen: rate, then "Nästa", and after the last "Klar".
    const levels = [3, 1, 2, 'vet-ej'];
    for (const [i, level] of levels.entries()) {
      await phone.page.check(`#delta-${i}-nu-${level}`);
      if (i < levels.length - 1) await phone.page.click('text=Nästa');
    }
    await phone.page.click('text=Klar – visa min svarskod');
    phoneCode = await phone.page.textContent('.answer-code');
    await phone.context.close();
    await lead.context.close();
  });
  after(async () => {
    await plain?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('twenty phones shown to the camera are collected; a repeat and a stranger are refused', async () => {
    const id = link.match(/workshop=([0-9A-Z]{3})/)[1];
    const codes = [phoneCode, ...codesFor(link, 19)];
    assert.equal(new Set(codes).size, 20);
    const strangerLink = link.replace(`workshop=${id}`, `workshop=${id === 'ZZZ' ? 'YYY' : 'ZZZ'}`);
    const [stranger] = codesFor(strangerLink, 1);
    // The phone's own code again at the end, then one from another workshop.
    const shown = [...codes, phoneCode, stranger];
    const symbols = example('workshop_qr', [], `${shown.join('\n')}\n`)
      .trim()
      .split('\n')
      .map((line) => {
        const [text, size, bits] = line.split('\t');
        return { text, size: Number(size), bits };
      });
    assert.deepEqual(symbols.map((s) => s.text), shown);
    const video = join(dir, 'codes.y4m');
    const seconds = writeQrVideo(video, symbols);

    const camera = await launch([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const { page, problems, requests, context } = await openWorkshop(camera, server.url, storageState);
      assert.equal(await page.textContent('.collected-count'), '0 svar insamlade');
      assert.ok(!requests.some((r) => r.includes('scan_worker')), 'the QR reader loads only when scanning');
      const started = Date.now();
      await page.click('text=Skanna svarskoder');
      await page.waitForSelector('.scanner-live >> text=Kameran är på. Visa nästa kod.');
      await page.waitForFunction(() => document.querySelector('.collected-count')?.textContent === '20 svar insamlade', null, { timeout: 120000 });
      const took = (Date.now() - started) / 1000;
      console.log(`scanned 20 codes in ${took.toFixed(1)} s (the video shows them over ${seconds.toFixed(1)} s)`);
      // The repeat and the stranger, each with its reason, in the scanner's own words.
      const log = page.locator('.scanner');
      await log.locator(`text=Inte inlagd: ${phoneCode} – finns redan – koden är redan inlagd`).first().waitFor({ timeout: 30000 });
      await log.locator(`text=Inte inlagd: ${stranger} – hör till en annan workshop`).first().waitFor({ timeout: 30000 });
      assert.equal(await page.textContent('.collected-count'), '20 svar insamlade');
      // Through the same checks as a pasted code: the collect panel's report says the same.
      assert.match(await page.textContent('.paste-report'), /finns redan|hör till en annan workshop|1 kod lades till/);
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('nara-vard-kompassen')));
      const collected = JSON.stringify(saved).match(/"code":"[0-9A-Z]+"/g) ?? [];
      assert.deepEqual(
        [...new Set(collected.map((c) => c.slice(8, -1)))].sort(),
        codes.map((c) => c.replaceAll('-', '')).sort(),
      );
      // Heard: a high beep per code taken, a low one per refusal.
      const beeps = await page.evaluate(() => window.__beeps);
      assert.ok(beeps.filter((f) => f > 500).length >= 20, beeps.join(','));
      assert.ok(beeps.filter((f) => f < 500).length >= 2, beeps.join(','));
      // Nothing but this app's own files was asked for: no frame leaves the device.
      assert.ok(requests.every((r) => r.startsWith('GET ') && r.includes('127.0.0.1')), requests.join('\n'));
      assert.ok(requests.some((r) => r.includes('scan_worker_bg.wasm')));

      for (const lang of ['English', 'Svenska']) {
        await page.getByRole('button', { name: lang }).click();
        assert.deepEqual(await axeViolations(page), [], `scanner open, ${lang}`);
      }
      for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
        await page.setViewportSize(viewport);
        await page.locator('.scanner').scrollIntoViewIfNeeded();
        assert.equal(await scrollsSideways(page), false, `sideways at ${viewport.width}`);
        // The code in the outcome is never broken across lines.
        const lines = await page.evaluate(() => document.querySelector('.scan-outcome .code').getClientRects().length);
        assert.equal(lines, 1, `the code on one line at ${viewport.width}`);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `scanner-${viewport.width}.png`) });
      }
      // Closing the panel turns the camera off.
      assert.equal(await cameraOn(page), true);
      await page.click('text=Stäng kameran');
      await page.waitForFunction(() => window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));
      assert.equal(await page.locator('video').count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skanna svarskoder');
      // So does leaving the page while it is open.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.click('text=Skanna svarskoder');
      await page.waitForSelector('.scanner-live >> text=Kameran är på. Visa nästa kod.');
      assert.equal(await cameraOn(page), true);
      await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Självskattning', exact: true }).click();
      await page.waitForFunction(() => window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await camera.close();
    }
  });

  test('where the browser has a BarcodeDetector, it reads the codes and the worker is never loaded', async () => {
    const codes = codesFor(link, 3);
    const camera = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
    try {
      const context = await camera.newContext({ viewport: { width: 1280, height: 800 }, storageState });
      // A stand-in for the browser's detector: each code "in view" for five frames in turn.
      await context.addInitScript((shown) => {
        let calls = 0;
        window.BarcodeDetector = class {
          constructor(options) {
            if (!options.formats.includes('qr_code')) throw new TypeError('qr_code expected');
          }
          async detect(source) {
            if (!(source instanceof HTMLVideoElement)) throw new TypeError('a video expected');
            const code = shown[Math.floor(calls / 5)];
            calls += 1;
            return code ? [{ rawValue: code, format: 'qr_code' }] : [];
          }
        };
      }, codes);
      const page = await context.newPage();
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(server.url);
      await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name: 'Workshop' }).click();
      await page.click('text=Skanna svarskoder');
      await page.waitForFunction(() => document.querySelector('.collected-count')?.textContent === '3 svar insamlade');
      assert.equal(await page.textContent('.scan-outcome'), `Inlagd: ${codes[2]}`);
      assert.ok(!requests.some((r) => r.includes('scan_worker')), 'no worker where the browser reads QR codes itself');
      await context.close();
    } finally {
      await camera.close();
    }
  });

  test('a refused camera says so, and typing codes still works', async () => {
    // No fake permission prompt: the request is refused.
    const camera = await launch(['--use-fake-device-for-media-stream']);
    try {
      const { page, problems, context } = await openWorkshop(camera, server.url, storageState, PHONE);
      await page.click('text=Skanna svarskoder');
      const failed = page.locator('.scanner .scan-failed');
      await failed.waitFor();
      assert.equal(
        await failed.textContent(),
        'Kameran får inte användas. Tillåt kameran för den här sidan i webbläsarens inställningar, eller skriv eller klistra in koderna i stället.',
      );
      assert.equal(await page.locator('.scanner video').count(), 0);
      assert.deepEqual(await axeViolations(page), [], 'camera refused, Svenska');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'scanner-refused-375.png'), fullPage: true });
      await page.getByRole('button', { name: 'English' }).click();
      assert.match(await failed.textContent(), /^The camera may not be used\./);
      assert.deepEqual(await axeViolations(page), [], 'camera refused, English');
      await page.getByRole('button', { name: 'Svenska' }).click();
      await page.fill('#paste-codes', phoneCode);
      await page.click('text=Lägg till koderna');
      assert.equal(await page.textContent('.collected-count'), '1 svar insamlat');
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await camera.close();
    }
  });
});
