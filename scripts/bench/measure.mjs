// Measurements in Chromium: start-up, input latency, a large saved workspace, memory.
import { launch } from '../../tests/e2e/support/browser.mjs';
import { median, p95 } from './format.mjs';

export { median, p95 };

/**
 * An init script, so that start-up is timed inside the page and not through the driver's round
 * trips: `usable` is when `control` is first in the DOM; then it is acted on (a select set to
 * `value` with a change event, anything else clicked) and `interactive` is when the page has
 * handled that input: `watch`'s text is no longer `before`. A control drawn before its listener
 * is attached ignores the input, so the act is repeated each frame until it is handled. Without
 * `watch` (the static copy, which has no code) only `usable` is recorded.
 */
function probeStartup({ control, value, watch, before }) {
  const probe = (window.__probe = {});
  const act = (el) => {
    probe.acts = (probe.acts ?? 0) + 1;
    if (el.tagName === 'SELECT') {
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.click();
    }
  };
  const handled = () => {
    const text = document.querySelector(watch)?.textContent.trim();
    return text !== undefined && text !== before;
  };
  const check = () => {
    if (probe.interactive || probe.done) return;
    const el = document.querySelector(control);
    if (!el) return;
    probe.usable ??= performance.now();
    if (!watch) {
      probe.done = true;
      observer.disconnect();
      return;
    }
    if (probe.acts && handled()) {
      probe.interactive = performance.now();
      observer.disconnect();
    } else if (!probe.acts) {
      act(el);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const retry = () => {
    if (probe.interactive || probe.done) return;
    const el = document.querySelector(control);
    if (el && probe.acts && !handled()) act(el);
    requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
}

/**
 * Cold loads of `url` (a fresh context each: empty cache): first contentful paint, `usable` and
 * `interactive` (see `probeStartup`), in ms from navigation start, medians of `runs`.
 */
/** Chrome DevTools' "Fast 3G" preset (bytes per second, ms), as `Network.emulateNetworkConditions` takes it. */
export const FAST_3G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.44 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((675 * 1000) / 8) * 0.9 };

export async function startup(browser, url, probe, runs, { cpu = 1, network = null, viewport } = {}) {
  const fcp = [];
  const usable = [];
  const interactive = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(viewport ? { viewport } : {});
    await context.addInitScript(probeStartup, probe);
    const page = await context.newPage();
    if (cpu > 1 || network) {
      const cdp = await context.newCDPSession(page);
      if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      if (network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', network);
      }
    }
    await page.goto(url);
    await page.waitForFunction(() => window.__probe?.interactive || window.__probe?.done, null, { timeout: 60000 });
    const t = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { ...window.__probe, fcp: paint ? paint.startTime : NaN };
    });
    fcp.push(t.fcp);
    usable.push(t.usable);
    interactive.push(t.interactive ?? NaN);
    await context.close();
  }
  return { fcp: median(fcp), usable: median(usable), interactive: median(interactive), runs };
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

/**
 * A saved workspace of `count` assessments, loaded at start-up: the first screen's time from
 * navigation start, then `rounds` switches between the assessments view and the trend view,
 * each timed in the page from the click until the view is in the DOM; medians.
 */
export async function largeWorkspace(browser, url, workspaceJson, rounds = 5) {
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
  await context.addInitScript(probeStartup, { control: 'main#main h1' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  const refused = await page.evaluate(() => window.__seedFailed ?? null);
  if (refused) {
    await context.close();
    return { refused };
  }
  const loaded = await page.evaluate(() => window.__probe.usable);
  const views = await page.evaluate(async (n) => {
    // The view's button by its text (as the driver's role query matched it: a part of the name).
    const button = (name) => {
      const all = [...document.querySelectorAll('button')];
      const found = all.find((b) => b.textContent.trim() === name) ?? all.find((b) => b.textContent.includes(name));
      if (!found) throw new Error(`no button "${name}" among: ${all.map((b) => b.textContent.trim()).join(' | ')}`);
      return found;
    };
    const shown = (selector) => new Promise((resolve) => {
      if (document.querySelector(selector)) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const pause = () => new Promise((r) => setTimeout(r, 100));
    const history = [];
    const trend = [];
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      button('Sparade bedömningar').click();
      history.push((await shown('.history-view')) - t0);
      await pause();
      t0 = performance.now();
      button('Utveckling över tid').click();
      trend.push((await shown('.trend-view')) - t0);
      await pause();
    }
    return { history, trend };
  }, rounds);
  const memory = await page.evaluate(() => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
    longest: Math.max(0, ...window.__longTasks),
  }));
  await context.close();
  return { loaded, history: median(views.history), trend: median(views.trend), rounds, ...memory };
}

/**
 * "Öppna fil" with `path` in a fresh page: from the file input's change event until the message
 * says the assessments were read (or names a problem), split by the app's User Timing marks
 * (`import:read`, `import:checked`, `import:counted`), and the longest task from the change until a second after
 * the message (saving the result to the browser's storage comes after it).
 */
export async function openFile(browser, url, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main#main h1');
  await page.evaluate(() => {
    window.__longTasks = [];
    performance.clearMarks();
    window.__done = new Promise((resolve) => {
      window.addEventListener('change', () => {
        const t0 = performance.now();
        const said = () => document.querySelector('.file-bar .file-status') ?? document.querySelector('.file-bar .file-error');
        const observer = new MutationObserver(() => {
          const el = said();
          if (!el || !el.textContent.trim()) return;
          observer.disconnect();
          const end = performance.now();
          const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          resolve({ elapsed: end - t0, read: mark('import:read') - t0, check: mark('import:checked') - mark('import:read'), count: mark('import:counted') - mark('import:checked'), rest: end - mark('import:counted'), message: el.textContent.trim(), t0 });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, { capture: true, once: true });
    });
  });
  await page.setInputFiles('.file-open input[type=file]', path);
  const timed = await page.evaluate(() => window.__done);
  await page.waitForTimeout(1000);
  const longest = await page.evaluate((t0) => Math.max(0, ...window.__longTaskEntries.filter((e) => e.startTime + e.duration >= t0).map((e) => e.duration)), timed.t0);
  await context.close();
  return { ...timed, longest };
}

export { launch };

/** An init script: every long task's duration goes to `window.__longTasks`. */
function watchLongTasks() {
  window.__longTasks = [];
  window.__longTaskEntries = [];
  new PerformanceObserver((list) => {
    window.__longTasks.push(...list.getEntries().map((e) => e.duration));
    window.__longTaskEntries.push(...list.getEntries().map((e) => ({ startTime: e.startTime, duration: e.duration })));
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Reads `files` into the organisation view of a fresh page, then clears it and reads them again
 * in the same page: the time until every unit is in its table, split into steps by the app's
 * User Timing marks (`rollup:read`, `rollup:checked` per file, `rollup:aggregated`).
 */
/**
 * Presses the units table's sort heading `label` and times, in the page, from the click until the
 * heading says how it sorts (`aria-sort`, set in the same drawing as the sorted rows); the longest
 * task is taken until half a second after.
 */
async function sortTable(page, label) {
  const button = page.getByRole('button', { name: label, exact: true });
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__sorted = new Promise((resolve) => {
      window.addEventListener('click', () => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.rollup-table th[aria-sort]')) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(document.body, { attributes: true, childList: true, subtree: true });
      }, { capture: true, once: true });
    });
  });
  await button.click();
  const elapsed = await page.evaluate(() => window.__sorted);
  await page.waitForTimeout(500);
  return { elapsed, longest: await page.evaluate(() => Math.max(0, ...window.__longTasks)) };
}

export async function rollupImport(browser, url, files, units, { again: twice = true, sortBy = null } = {}) {
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
          const rows = () => document.querySelectorAll(".rollup-table tbody tr").length;
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
    // A long task is reported once it has ended: the one that drew the view, after a moment.
    await page.waitForTimeout(500);
    return { ...timed, longest: await page.evaluate(() => Math.max(0, ...window.__longTasks)) };
  };
  const first = await once();
  if (sortBy) first.sorted = await sortTable(page, sortBy);
  const { heap, wasm } = await page.evaluate(() => ({
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
  }));
  if (!twice) {
    await context.close();
    return { first, heap, wasm };
  }
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
