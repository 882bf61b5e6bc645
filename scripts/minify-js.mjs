// Minifies the JavaScript that wasm-bindgen writes (terser, from package-lock.json) in a built
// dist/, after both trunk builds and before scripts/service-worker.mjs and scripts/csp.mjs:
// - the app's nara-vard-kompassen-<hash>.js and the participant page's participant-<hash>.js, as
//   ES modules (wasm-bindgen's `--target web`): local names are mangled, property names never: the
//   wasm calls its imports by the names of the import object's properties (short ones, given
//   below by scripts/wasm-names.mjs, in place of wasm-bindgen's `__wbg_…`), and the
//   page's bootstrap imports `default` (init) and every export (`window.wasmBindings`), which a
//   module's exports keep;
// - the scanning worker's scan_worker.js, a classic script (wasm-bindgen's `--target no-modules`):
//   nothing at its top level is renamed, so scan_worker_loader.js still finds `wasm_bindgen`.
// Trunk's own JS minifier cannot parse wasm-bindgen's output (README, "Bundle size").
//
// File names: a module takes a new name, `<stem>-<first 16 hex of the SHA-256 of the minified
// file>.js`, and the pages (index.html, join.html) are rewritten to it: the bootstrap's import
// and the `modulepreload` link, whose `integrity` (sha384, Subresource Integrity) is computed
// again, or the browser would refuse the file. Keeping trunk's name is not safe: trunk's hash is
// of the file before minifying, and a file whose name carries a hash is taken from the browser's
// HTTP cache by the service worker (`force-cache`, scripts/service-worker.mjs) and may be cached
// for a year by the host (README, "Deploying"). After a change of terser or of its options, a
// browser holding the old minified file under the same name would use it against the new page's
// integrity value, and the app would not start. A name from the minified content keeps "one name,
// one content". The scanning worker keeps its name: the wasm starts it by that name, which has no
// hash (the service worker asks the server again).
//
// Before minifying, a module and its wasm trade wasm-bindgen's long generated names for short ones
// (scripts/wasm-names.mjs: `__wbg_createElement_<16 hex>` becomes `a`, in the wasm's import section
// and in the JS's import object; the same for the closures' exports). The wasm then takes a new name
// from its new content, as the module does, and the pages follow with its `integrity`. The worker
// keeps its names.
// Usage: node scripts/minify-js.mjs [dist-dir]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { generatedWords, renameInJs, renameInWasm, renames } from './wasm-names.mjs';

/** The pages of a build, each loading one module of wasm-bindgen's. */
export const PAGES = ['index.html', 'join.html'];

/** A module of wasm-bindgen's as trunk names it: stem and trunk's content hash (the benchmark's
 * hello world, bench/hello, is minified the same way, so that it stays a yardstick of the same
 * profile). */
export const MODULE = /^(nara-vard-kompassen|participant|hello-yardstick)-[0-9a-f]{12,16}\.js$/;

/** The scanning worker's script (a classic script, its name fixed in the app's code). */
export const WORKER = 'scan_worker.js';

/** `code` minified; `module`: an ES module (top-level names mangled) or a classic script (kept). */
export async function minifyCode(code, module) {
  // New objects each time: terser writes `toplevel` and `module` into the ones it is given.
  const options = { ecma: 2020, module, toplevel: module, compress: { passes: 2 }, mangle: true };
  return (await minify(code, { ...options, format: { comments: false } })).code;
}

/** The value of an `integrity` attribute for `bytes`, as trunk writes it. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The new name of a module (`.js`) or its wasm (`_bg.wasm`): its stem and a hash of its new content. */
export function hashedName(oldName, bytes) {
  const [, stem, suffix] = /^(.*?)(?:-[0-9a-f]+)?(_bg\.wasm|\.js)$/.exec(oldName);
  return `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;
}

/** `html` with `oldName` renamed to `newName`, and the integrity of the tag that loads it set anew. */
export function renameInPage(html, oldName, newName, bytes) {
  const renamed = html.split(`./${oldName}`).join(`./${newName}`);
  return renamed.replace(/<link\b[^>]*>/g, (tag) =>
    tag.includes(`href="./${newName}"`) ? tag.replace(/integrity="[^"]*"/, `integrity="${integrity(bytes)}"`) : tag,
  );
}

/** Minifies the modules and the worker in `dir`, renaming the modules in its pages; returns what changed. */
export async function minifyDist(dir) {
  const names = readdirSync(dir);
  const pages = Object.fromEntries(
    PAGES.filter((p) => names.includes(p)).map((p) => [p, readFileSync(join(dir, p), 'utf8')]),
  );
  const changed = [];
  for (const name of names.filter((n) => MODULE.test(n))) {
    const before = readFileSync(join(dir, name), 'utf8');
    let code = before;
    let wasmChange;
    const wasm = wasmOf(name, names);
    if (wasm) {
      const wasmBytes = readFileSync(join(dir, wasm));
      const renamed = renames(new WebAssembly.Module(wasmBytes), before);
      code = renameInJs(before, renamed);
      const newWasm = renameInWasm(wasmBytes, renamed);
      const wasmName = hashedName(wasm, newWasm);
      writeFileSync(join(dir, wasm), newWasm);
      renameSync(join(dir, wasm), join(dir, wasmName));
      for (const page of Object.keys(pages)) pages[page] = renameInPage(pages[page], wasm, wasmName, newWasm);
      wasmChange = { name: wasm, renamed: wasmName, before: wasmBytes.length, after: newWasm.length };
    }
    const bytes = Buffer.from(await minifyCode(code, true));
    const renamed = hashedName(name, bytes);
    writeFileSync(join(dir, name), bytes);
    renameSync(join(dir, name), join(dir, renamed));
    for (const page of Object.keys(pages)) pages[page] = renameInPage(pages[page], name, renamed, bytes);
    changed.push({ name, renamed, before: Buffer.byteLength(before), after: bytes.length });
    if (wasmChange) changed.push(wasmChange);
  }
  if (names.includes(WORKER)) {
    const before = readFileSync(join(dir, WORKER), 'utf8');
    const after = await minifyCode(before, false);
    writeFileSync(join(dir, WORKER), after);
    changed.push({ name: WORKER, renamed: WORKER, before: Buffer.byteLength(before), after: Buffer.byteLength(after) });
  }
  for (const [page, html] of Object.entries(pages)) writeFileSync(join(dir, page), html);
  return changed;
}

/** The wasm beside a module or the worker: the one `<stem>-<hash>_bg.wasm` (or `<stem>_bg.wasm`). */
function wasmOf(name, names) {
  const stem = name.replace(/(-[0-9a-f]+)?\.js$/, '');
  return names.find((n) => n.endsWith('_bg.wasm') && n.replace(/(-[0-9a-f]+)?_bg\.wasm$/, '') === stem);
}

/**
 * The import object that the module (or, `classic`, the worker's script) `code` gives its wasm
 * in `initSync`: caught at `new WebAssembly.Instance`, before any of the wasm runs.
 */
async function importObject(code, module, classic) {
  const bindings = classic
    ? new Function(`${code}; return wasm_bindgen;`)()
    : await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const real = WebAssembly.Instance;
  let caught;
  WebAssembly.Instance = function caughtInstance(_, imports) {
    caught = imports;
    throw new Error('caught');
  };
  try {
    bindings.initSync({ module });
  } catch {
    // The instance is never made; `caught` says whether initSync got that far.
  } finally {
    WebAssembly.Instance = real;
  }
  return caught ?? {};
}

/**
 * What is wrong with the shipped JS of the build in `dir`: a module of wasm-bindgen's or the
 * worker not minified (more than a few lines, or wasm-bindgen's own local names still there),
 * an import of its wasm that the import object it gives `initSync` lacks, a generated name in the
 * JS that its wasm neither imports nor exports (a rename done in one of the two only), or an
 * `integrity` attribute in a page that does not match its file.
 */
export async function problems(dir) {
  const found = [];
  const names = readdirSync(dir);
  for (const name of names.filter((n) => MODULE.test(n) || n === WORKER)) {
    const code = readFileSync(join(dir, name), 'utf8');
    const minified = code.split('\n').length <= 3 && !/\b__wbg_get_imports\b/.test(code);
    if (!minified) found.push(`${name} is not minified`);
    const wasm = wasmOf(name, names);
    if (!wasm) {
      found.push(`${name}: no wasm beside it`);
      continue;
    }
    const module = new WebAssembly.Module(readFileSync(join(dir, wasm)));
    const given = await importObject(code, module, name === WORKER);
    const imports = WebAssembly.Module.imports(module).filter((i) => i.kind === 'function');
    const lost = imports.filter((i) => typeof given[i.module]?.[i.name] !== 'function').map((i) => i.name);
    if (lost.length > 0) found.push(`${name} lacks ${lost.length} imports of ${wasm}: ${lost.slice(0, 3).join(', ')}`);
    const known = new Set([...imports, ...WebAssembly.Module.exports(module)].map((i) => i.name));
    // Unminified JS still names its own helpers `__wbg_…`; only minified JS must name none but these.
    const stray = minified ? generatedWords(code).filter((w) => !known.has(w)) : [];
    if (stray.length > 0) found.push(`${name} names ${stray.length} that ${wasm} lacks: ${stray.slice(0, 3).join(', ')}`);
  }
  for (const page of PAGES.filter((p) => names.includes(p))) {
    const html = readFileSync(join(dir, page), 'utf8');
    for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\bintegrity="[^"]*"[^>]*>/g)) {
      const file = /\b(?:href|src)="\.\/([^"]+)"/.exec(tag)?.[1];
      const value = /\bintegrity="([^"]*)"/.exec(tag)[1];
      if (!file || !names.includes(file)) found.push(`${page}: integrity for a missing file: ${tag}`);
      else if (value !== integrity(readFileSync(join(dir, file)))) found.push(`${page}: integrity of ${file} does not match the file`);
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  for (const c of await minifyDist(dir)) {
    console.log(`minified: ${c.name} -> ${c.renamed}: ${c.before} -> ${c.after} bytes`);
  }
  const found = await problems(dir);
  for (const p of found) console.error(`FAIL: ${p}`);
  process.exit(found.length > 0 ? 1 : 0);
}
