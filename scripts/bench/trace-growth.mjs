// Diagnosis, not part of the report: a DevTools trace (CDP Tracing) of "Öppna fil" with 100,000
// assessments, the organisation view with 10,000 units, or (`sort`) those units sorted by name, summarised as each task of 50 ms or more,
// the app's User Timing marks in it and the event kinds that took its time; then the longest.
// Usage, once `node scripts/bench/run.mjs --only growth` has written the files to bench/out/files:
//   node scripts/bench/trace-growth.mjs open|units|sort [dist folder, default dist]
import { serveDist } from '../../tests/e2e/support/server.mjs';
import { launch } from '../../tests/e2e/support/browser.mjs';
const ROOT = new URL('../../', import.meta.url).pathname;
const which = process.argv[2] ?? 'open';
const server = await serveDist({ root: process.argv[3] ?? `${ROOT}dist` });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('main#main h1');
const units = () => Array.from({ length: 10 }, (_, f) => `${ROOT}bench/out/files/enheter-10000-${f + 1}.json`);
const drawn = () => page.waitForFunction(() => document.querySelectorAll('.rollup-table tbody tr').length === 200, null, { timeout: 60000 });
if (which !== 'open') await page.getByRole('button', { name: 'Sammanställning' }).click();
if (which === 'sort') {
  await page.setInputFiles('.rollup-view input[type=file]', units());
  await drawn();
  await page.waitForTimeout(1500);
}
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,blink,disabled-by-default-v8.gc', transferMode: 'ReportEvents' });
if (which === 'open') {
  await page.setInputFiles('.file-open input[type=file]', `${ROOT}bench/out/files/oppna-100000.json`);
  await page.waitForSelector('.file-bar .file-status', { timeout: 60000, state: 'attached' });
} else if (which === 'units') {
  await page.setInputFiles('.rollup-view input[type=file]', units());
  await drawn();
} else {
  await page.getByRole('button', { name: 'Enhet', exact: true }).click();
  await page.waitForSelector('.rollup-table th[aria-sort]');
}
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const ours = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
const tasks = ours.filter((e) => e.name === 'RunTask' && e.dur > 50000);
const marks = ours.filter((e) => e.cat.includes('user_timing')).map((e) => [e.name, e.ts]);
for (const t of tasks) {
  const inside = ours.filter((e) => e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t);
  const by = new Map();
  for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`);
  const m = marks.filter(([, ts]) => ts >= t.ts && ts <= t.ts + t.dur).map(([n, ts]) => `${n}@${((ts - t.ts) / 1000).toFixed(0)}`);
  console.log(`task ${(t.dur / 1000).toFixed(1)} ms at ${(t.ts / 1000).toFixed(0)}; marks ${m.join(' ')}\n   ${top.join('\n   ')}`);
}
await browser.close();
await server.close();
console.log(`LONGEST ${Math.max(0, ...tasks.map((t) => t.dur / 1000)).toFixed(1)} TASKS ${tasks.map((t) => (t.dur / 1000).toFixed(0)).join(' ')}`);
