// Tests of scripts/minify-js.mjs on small files shaped as wasm-bindgen writes them (the real
// build's output is checked by scripts/bundle-size.mjs and loaded by the end-to-end tests).
// Usage: node --test scripts/minify-js.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integrity, minifyCode, minifyDist, problems } from './minify-js.mjs';
import { renameInWasm, writeLeb } from './wasm-names.mjs';

// An ES module as `--target web` writes it: an import object whose property names the wasm
// calls, and `initSync`, which instantiates the wasm with it and calls the wasm's start export.
const MODULE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_0123456789abcdef: function(arg0, arg1) {
            const longLocalName = arg0 + arg1;
            globalThis.alerts = (globalThis.alerts ?? 0) + 1;
            return longLocalName;
        },
    };
    return { __proto__: null, "./app_bg.js": import0 };
}

let wasm;
async function __wbg_init(module_or_path) {
    const imports = __wbg_get_imports();
    return { imports, path: module_or_path };
}

function initSync({ module }) {
    const instance = new WebAssembly.Instance(module, __wbg_get_imports());
    wasm = instance.exports;
    wasm.__wbindgen_start();
    return wasm;
}

export { initSync, __wbg_init as default };
`;

// A classic script as `--target no-modules` writes it: one global that the loader calls.
const WORKER = `let wasm_bindgen = (function(exports) {
    function __wbg_get_imports() {
        const import0 = { __wbg_log_0123456789abcdef: function(a) { return a; } };
        return { "./scan_worker_bg.js": import0 };
    }
    function initialize(path) { return { path, imports: __wbg_get_imports() }; }
    function initSync({ module }) { return new WebAssembly.Instance(module, __wbg_get_imports()).exports; }
    return Object.assign(initialize, { initSync });
})({ __proto__: null });
`;

const text = (t) => [t.length, ...Buffer.from(t)];

/**
 * A wasm that imports one function, `module`.`name` (what the fixtures' import objects hold), and,
 * with `start`, exports under that name a function that calls it.
 */
function wasmImporting(module, name, start) {
  const section = (id, body) => [id, body.length, ...body];
  const sections = [
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [1, ...text(module), ...text(name), 0, 0]),
  ];
  if (start) {
    sections.push(...section(3, [1, 0]), ...section(7, [1, ...text(start), 0, 1]));
    sections.push(...section(10, [1, 4, 0, 0x10, 0, 0x0b]));
  }
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...sections]);
}

const importModule = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

test('a module keeps its exports and the import names the wasm calls, and loses its local names', async () => {
  const code = await minifyCode(MODULE, true);
  assert.ok(code.length < MODULE.length / 1.5, code);
  assert.doesNotMatch(code, /__wbg_get_imports|longLocalName|\n/);
  const module = await importModule(code);
  assert.deepEqual(Object.keys(module).sort(), ['default', 'initSync']);
  const { imports, path } = await module.default('./app_bg.wasm');
  assert.equal(path, './app_bg.wasm');
  assert.deepEqual(Object.keys(imports), ['./app_bg.js']);
  assert.equal(Object.getPrototypeOf(imports['./app_bg.js']), null);
  assert.equal(imports['./app_bg.js'].__wbg_alert_0123456789abcdef(2, 3), 5);
  const wasm = module.initSync({ module: new WebAssembly.Module(wasmImporting('./app_bg.js', '__wbg_alert_0123456789abcdef', '__wbindgen_start')) });
  assert.equal(typeof wasm.__wbindgen_start, 'function');
});

test('the worker keeps its global wasm_bindgen and its import names', async () => {
  const code = await minifyCode(WORKER, false);
  assert.doesNotMatch(code, /__wbg_get_imports/);
  const wasmBindgen = new Function(`${code}; return wasm_bindgen;`)();
  const { path, imports } = wasmBindgen('./scan_worker_bg.wasm');
  assert.equal(path, './scan_worker_bg.wasm');
  assert.equal(imports['./scan_worker_bg.js'].__wbg_log_0123456789abcdef(7), 7);
});

test('a dist: the module and its wasm trade long names for short ones and are renamed by their new content, the page follows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-minify-'));
  const old = 'participant-0123456789abcdef.js';
  const oldWasm = 'participant-0123456789abcdef_bg.wasm';
  writeFileSync(join(dir, old), MODULE);
  writeFileSync(join(dir, oldWasm), wasmImporting('./app_bg.js', 'alert', '__wbindgen_start'));
  writeFileSync(join(dir, 'scan_worker.js'), WORKER);
  writeFileSync(join(dir, 'scan_worker_bg.wasm'), wasmImporting('./scan_worker_bg.js', '__wbg_log_0123456789abcdef'));
  const wasmLink = (bytes) => `<link rel="preload" href="./${oldWasm}" crossorigin="anonymous" integrity="${integrity(bytes)}" as="fetch">`;
  writeFileSync(
    join(dir, 'join.html'),
    `<script type="module">import init from './${old}'; await init({ module_or_path: './${oldWasm}' });</script>\n` +
      `<link rel="modulepreload" href="./${old}" crossorigin="anonymous" integrity="${integrity(Buffer.from(MODULE))}">` +
      wasmLink(readFileSync(join(dir, oldWasm))),
  );
  assert.deepEqual(await problems(dir), [
    `${old} is not minified`,
    `${old} lacks 1 imports of ${oldWasm}: alert`,
    'scan_worker.js is not minified',
  ]);
  const wasmBefore = wasmImporting('./app_bg.js', '__wbg_alert_0123456789abcdef', '__wbindgen_start');
  writeFileSync(join(dir, oldWasm), wasmBefore);
  writeFileSync(join(dir, 'join.html'), readFileSync(join(dir, 'join.html'), 'utf8').replace(/<link rel="preload"[^>]*>/, wasmLink(wasmBefore)));

  const [changed, changedWasm] = await minifyDist(dir);
  assert.equal(changed.name, old);
  assert.match(changed.renamed, /^participant-[0-9a-f]{16}\.js$/);
  assert.equal(changedWasm.name, oldWasm);
  assert.match(changedWasm.renamed, /^participant-[0-9a-f]{16}_bg\.wasm$/);
  assert.ok(!existsSync(join(dir, old)) && !existsSync(join(dir, oldWasm)));
  const page = readFileSync(join(dir, 'join.html'), 'utf8');
  assert.ok(!page.includes(old) && !page.includes(oldWasm));
  assert.ok(page.includes(`import init from './${changed.renamed}'`));
  assert.ok(page.includes(`init({ module_or_path: './${changedWasm.renamed}' })`));
  const code = readFileSync(join(dir, changed.renamed), 'utf8');
  const wasmBytes = readFileSync(join(dir, changedWasm.renamed));
  assert.ok(page.includes(`integrity="${integrity(Buffer.from(code))}"`));
  assert.ok(page.includes(`integrity="${integrity(wasmBytes)}"`));
  assert.deepEqual(await problems(dir), []);

  // The long names are gone from both, and the short ones still meet: the start export runs and calls the import.
  const module = new WebAssembly.Module(wasmBytes);
  const [imported] = WebAssembly.Module.imports(module);
  const [exported] = WebAssembly.Module.exports(module);
  assert.deepEqual([imported.module, imported.kind, exported.kind], ['./app_bg.js', 'function', 'function']);
  assert.match(imported.name, /^[a-zA-Z]$/);
  assert.match(exported.name, /^[a-zA-Z]$/);
  assert.notEqual(imported.name, exported.name);
  assert.doesNotMatch(code, /__wbg_alert|__wbindgen_start/);
  const alertsBefore = globalThis.alerts ?? 0;
  (await importModule(code)).initSync({ module });
  assert.equal(globalThis.alerts, alertsBefore + 1);
  // The worker keeps its names.
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(join(dir, 'scan_worker_bg.wasm')))).map((i) => i.name), [
    '__wbg_log_0123456789abcdef',
  ]);

  // A wasm that imports a name its JS does not give is caught, before any of it runs.
  writeFileSync(join(dir, changedWasm.renamed), wasmImporting('./app_bg.js', 'zz', exported.name));
  assert.deepEqual(await problems(dir), [
    `${changed.renamed} lacks 1 imports of ${changedWasm.renamed}: zz`,
    `join.html: integrity of ${changedWasm.renamed} does not match the file`,
  ]);
  writeFileSync(join(dir, changedWasm.renamed), wasmBytes);

  // A generated name left in the JS that the wasm lacks (a rename done on one side only), and a
  // file changed after its page was written (no longer matching its integrity).
  writeFileSync(join(dir, changed.renamed), `${code};globalThis.x=globalThis.__wbindgen_start;`);
  assert.deepEqual(await problems(dir), [
    `${changed.renamed} names 1 that ${changedWasm.renamed} lacks: __wbindgen_start`,
    `join.html: integrity of ${changed.renamed} does not match the file`,
  ]);
});

test('long names and sections over 127 bytes (lengths of more than one byte) are written back right', () => {
  const name = (t) => [...writeLeb(Buffer.byteLength(t)), ...Buffer.from(t)];
  const section = (id, body) => [id, ...writeLeb(body.length), ...body];
  const longExport = `wasm_bindgen_0123456789abcdef___${'x'.repeat(200)}`;
  const imports = Array.from({ length: 6 }, (_, i) => `__wbg_import${i}_0123456789abcdef`);
  const bytes = Buffer.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(2, [imports.length + 1, ...imports.flatMap((n) => [...name('./app_bg.js'), ...name(n), 0, 0]),
      ...name('./app_bg.js'), ...name('memory'), 2, 0, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name(longExport), 0, imports.length]),
    ...section(10, [1, 2, 0, 0x0b]),
  ]);
  assert.ok(bytes.length > 300);
  const renamed = renameInWasm(bytes, {
    imports: new Map(imports.map((n, i) => [n, `i${i}`])),
    exports: new Map([[longExport, 'e']]),
  });
  const module = new WebAssembly.Module(renamed);
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => `${i.name}:${i.kind}`), [
    ...imports.map((_, i) => `i${i}:function`),
    'memory:memory',
  ]);
  assert.deepEqual(WebAssembly.Module.exports(module), [{ name: 'e', kind: 'function' }]);
  // Back again: every byte as it was.
  const back = renameInWasm(renamed, {
    imports: new Map(imports.map((n, i) => [`i${i}`, n])),
    exports: new Map([['e', longExport]]),
  });
  assert.deepEqual(back, bytes);
});
