// Tests of scripts/minify-js.mjs on small files shaped as wasm-bindgen writes them (the real
// build's output is checked by scripts/bundle-size.mjs and loaded by the end-to-end tests).
// Usage: node --test scripts/minify-js.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integrity, minifyCode, minifyDist, problems } from './minify-js.mjs';

// An ES module as `--target web` writes it: an import object whose property names the wasm calls.
const MODULE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_0123456789abcdef: function(arg0, arg1) {
            const longLocalName = arg0 + arg1;
            return longLocalName;
        },
    };
    return { __proto__: null, "./app_bg.js": import0 };
}

let wasm;
async function __wbg_init(module_or_path) {
    const imports = __wbg_get_imports();
    wasm = { imports, path: module_or_path };
    return wasm;
}

function initSync(module) {
    return __wbg_init(module);
}

export { initSync, __wbg_init as default };
`;

// A classic script as `--target no-modules` writes it: one global that the loader calls.
const WORKER = `let wasm_bindgen = (function(exports) {
    function __wbg_get_imports() { const import0 = { __wbg_log_0123456789abcdef: function(a) { return a; } }; return import0; }
    function initialize(path) { return { path, imports: __wbg_get_imports() }; }
    return Object.assign(initialize, { initSync: initialize });
})({ __proto__: null });
`;

/** A wasm that imports one function, `module`.`name` (what the fixture's import object holds). */
function wasmImporting(module, name) {
  const text = (t) => [t.length, ...Buffer.from(t)];
  const imports = [1, ...text(module), ...text(name), 0, 0];
  const types = [1, 0x60, 0, 0];
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, types.length, ...types, 2, imports.length, ...imports]);
}

const importModule = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

test('a module keeps its exports and the import names the wasm calls, and loses its local names', async () => {
  const code = await minifyCode(MODULE, true);
  assert.ok(code.length < MODULE.length / 2, code);
  assert.doesNotMatch(code, /__wbg_get_imports|longLocalName|\n/);
  const module = await importModule(code);
  assert.deepEqual(Object.keys(module).sort(), ['default', 'initSync']);
  const { imports, path } = await module.default('./app_bg.wasm');
  assert.equal(path, './app_bg.wasm');
  assert.deepEqual(Object.keys(imports), ['./app_bg.js']);
  assert.equal(Object.getPrototypeOf(imports['./app_bg.js']), null);
  assert.equal(imports['./app_bg.js'].__wbg_alert_0123456789abcdef(2, 3), 5);
});

test('the worker keeps its global wasm_bindgen and its import names', async () => {
  const code = await minifyCode(WORKER, false);
  assert.doesNotMatch(code, /__wbg_get_imports/);
  const wasmBindgen = new Function(`${code}; return wasm_bindgen;`)();
  const { path, imports } = wasmBindgen('./scan_worker_bg.wasm');
  assert.equal(path, './scan_worker_bg.wasm');
  assert.equal(imports.__wbg_log_0123456789abcdef(7), 7);
});

test('a dist: the module is renamed by its new content, the page follows with its integrity', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-minify-'));
  const old = 'participant-0123456789abcdef.js';
  writeFileSync(join(dir, old), MODULE);
  writeFileSync(join(dir, 'participant-0123456789abcdef_bg.wasm'), wasmImporting('./app_bg.js', 'alert'));
  writeFileSync(join(dir, 'scan_worker.js'), WORKER);
  writeFileSync(join(dir, 'scan_worker_bg.wasm'), wasmImporting('./scan_worker_bg.js', '__wbg_log_0123456789abcdef'));
  writeFileSync(
    join(dir, 'join.html'),
    `<script type="module">import init from './${old}';</script>\n` +
      `<link rel="modulepreload" href="./${old}" crossorigin="anonymous" integrity="${integrity(Buffer.from(MODULE))}">`,
  );
  assert.deepEqual(problems(dir), [
    `${old} is not minified`,
    `${old} lacks 1 imports of participant-0123456789abcdef_bg.wasm: alert`,
    'scan_worker.js is not minified',
  ]);
  writeFileSync(join(dir, 'participant-0123456789abcdef_bg.wasm'), wasmImporting('./app_bg.js', '__wbg_alert_0123456789abcdef'));

  const [changed] = await minifyDist(dir);
  assert.equal(changed.name, old);
  assert.match(changed.renamed, /^participant-[0-9a-f]{16}\.js$/);
  assert.ok(!existsSync(join(dir, old)));
  const page = readFileSync(join(dir, 'join.html'), 'utf8');
  assert.ok(!page.includes(old));
  assert.ok(page.includes(`import init from './${changed.renamed}'`));
  assert.ok(page.includes(`integrity="${integrity(readFileSync(join(dir, changed.renamed)))}"`));
  assert.deepEqual(problems(dir), []);

  // A file changed after its page was written no longer matches its integrity.
  writeFileSync(join(dir, changed.renamed), `${readFileSync(join(dir, changed.renamed), 'utf8')};`);
  assert.deepEqual(problems(dir), [`join.html: integrity of ${changed.renamed} does not match the file`]);
});
