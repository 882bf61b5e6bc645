// Measurements in Chromium: start-up, input latency, a large saved workspace, memory.
import { launch } from '../../tests/e2e/support/browser.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** Cold loads of `url` (a fresh context each: empty cache); FCP and "interactive" in ms. */
export async function startup(browser, url, readySelector, runs) {
  const fcp = [];
  const ready = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(readySelector);
    // Interactive: the first control is there and answers an input event.
    const t = await page.evaluate(async (sel) => {
      const el = document.querySelector(sel);
      el.focus();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { ready: performance.now(), fcp: paint ? paint.startTime : NaN };
    }, readySelector);
    fcp.push(t.fcp);
    ready.push(t.ready);
    await context.close();
  }
  return { fcp: median(fcp), ready: median(ready), runs };
}

/** A rating change → the DOM updated by the app's re-render, `n` times; optional CPU slowdown. */
export async function inputLatency(browser, url, n, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('form.start-form');
  await page.click('form.start-form button[type=submit]');
  await page.waitForSelector('.item-step');
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const times = await page.evaluate(async (count) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const radio = document.querySelector(`#now-${1 + (i % 5)}`);
      // No DOM change within a second counts as a miss (NaN), so the run never hangs.
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          obs.disconnect();
          resolve(performance.now());
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => {
          obs.disconnect();
          resolve(NaN);
        }, 1000);
      });
      const t0 = performance.now();
      radio.click();
      out.push((await done) - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    return out;
  }, n);
  await context.close();
  const seen = times.filter((t) => !Number.isNaN(t));
  return { median: median(seen), p95: p95(seen), n: seen.length, missed: times.length - seen.length };
}

/** A saved workspace of `count` assessments, loaded at start-up; time to the history view. */
export async function largeWorkspace(browser, url, workspaceJson) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      try {
        localStorage.setItem('nara-vard-kompassen', text);
      } catch (e) {
        window.__seedFailed = e.name;
      }
      sessionStorage.setItem('seeded', '1');
    }
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  }, workspaceJson);
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  const refused = await page.evaluate(() => window.__seedFailed ?? null);
  if (refused) {
    await context.close();
    return { refused };
  }
  const loaded = await page.evaluate(() => performance.now());
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Bedömningar' }).click();
  await page.waitForSelector('.history-view');
  const history = (await page.evaluate(() => performance.now())) - t0;
  const t1 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Utveckling över tid' }).click();
  await page.waitForSelector('.trend-view');
  const trend = (await page.evaluate(() => performance.now())) - t1;
  const memory = await page.evaluate(() => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
    longest: Math.max(0, ...window.__longTasks),
  }));
  await context.close();
  return { loaded, history, trend, ...memory };
}

export { launch };

/** An init script: every long task's duration goes to `window.__longTasks`. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
    .observe({ type: 'longtask', buffered: true });
}

/**
 * Reads `files` into the organisation view of a fresh page, then clears it and reads them again
 * in the same page: the time until every unit is in its table, split into steps by the app's
 * User Timing marks (`rollup:read`, `rollup:checked` per file, `rollup:aggregated`).
 */
export async function rollupImport(browser, url, files, units) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchLongTasks);
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  await page.getByRole('button', { name: 'Sammanställning' }).click();
  const once = async () => {
    // From the change event (caught on window, before the app's own listener) until the last
    // unit's row is in the DOM (a MutationObserver, so no frame rounding).
    await page.evaluate((n) => {
      window.__longTasks = [];
      performance.clearMarks();
      window.__done = new Promise((resolve) => {
        window.addEventListener('change', () => {
          const t0 = performance.now();
          const rows = () => document.querySelectorAll('.rollup-table tbody tr').length;
          const observer = new MutationObserver(() => {
            if (rows() !== n) return;
            observer.disconnect();
            const end = performance.now();
            const marks = performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]);
            let at = t0;
            const steps = { read: 0, check: 0, aggregate: 0 };
            for (const [name, time] of marks) {
              const step = { 'rollup:read': 'read', 'rollup:checked': 'check', 'rollup:aggregated': 'aggregate' }[name];
              if (step) { steps[step] += time - at; at = time; }
            }
            resolve({ elapsed: end - t0, ...steps, draw: end - at });
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }, { capture: true, once: true });
      });
    }, units);
    await page.setInputFiles('.rollup-view input[type=file]', files);
    const timed = await page.evaluate(() => window.__done);
    return { ...timed, longest: await page.evaluate(() => Math.max(0, ...window.__longTasks)) };
  };
  const first = await once();
  const { heap, wasm } = await page.evaluate(() => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
  }));
  await page.getByRole('button', { name: 'Töm sammanställningen' }).click();
  await page.waitForSelector('.rollup-table', { state: 'detached' });
  const again = await once();
  await context.close();
  return { first, again, heap, wasm };
}

/**
 * A facilitator pastes a chat with `count` answer codes (all 13 items of Sörmland 2035): the
 * time until all are collected, then from "reveal" until every item's result is drawn.
 * `chatFor(link)` returns the chat text for the workshop's join link.
 */
export async function workshopPaste(browser, url, chatFor, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  await page.getByRole('button', { name: 'Workshop' }).click();
  await page.click('text=Starta workshopen');
  const link = await page.textContent('.join-link code');
  const chat = chatFor(link);
  await page.fill('#paste-codes', chat);
  // Timed inside the page, from the click until the count shows, and the same for the reveal.
  const timed = (button, done) => page.evaluate(([button, done]) => new Promise((resolve) => {
    const el = [...document.querySelectorAll('button')].find((b) => b.textContent === button);
    el.addEventListener('click', () => {
      const t0 = performance.now();
      const check = () => (new Function(`return ${done}`)() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      check();
    }, { capture: true, once: true });
    el.click();
  }), [button, done]);
  await page.evaluate(() => { window.__longTasks = []; });
  const pasted = await timed('Lägg till koderna', `document.querySelector('.collected-count')?.textContent === '${count} svar insamlade'`);
  const reveal = await timed('Visa resultatet', "document.querySelectorAll('.result-items > li').length === 13");
  const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
  await context.close();
  return { chars: chat.length, pasted, reveal, longest, heap };
}
