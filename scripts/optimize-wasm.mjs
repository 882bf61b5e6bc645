// Runs wasm-opt on the full app's wasm in a built dist/ (scripts/build.sh, after both trunk builds
// and before scripts/minify-js.mjs; trunk's own wasm-opt is off for this wasm, `data-wasm-opt="0"`
// in www/index.html), with its functions put in an order that gzip compresses better.
//
// The code is the same; only the order of the functions in the file changes. wasm-opt can order
// functions by their names (`--reorder-functions-by-name`), and the wasm that wasm-bindgen writes
// still has them (the name section). Before wasm-opt reads it, this script gives each function a
// new name that sorts in the order wanted: the trait method a function implements first, then the
// type it implements it for (`<X as core::clone::Clone>::clone` sorts as `core::clone::Clone::clone
// X`), and any other function by its own name. So the many instances of one generic method, which
// compile to much the same code, stand together, and gzip finds in its window what it has just
// seen. wasm-opt drops the names when it writes (no `-g`). Measured on the app: this order −2.0 KB
// gzip against plain name order, which was −6.1 KB against the compiler's order (README, "Bundle
// size"). The participant page keeps trunk's wasm-opt `-Oz` and the compiler's order, which is
// smaller there.
//
// The benchmark's hello world (bench/hello) goes through the same step, so that it stays a
// yardstick of the same profile.
// Usage: node scripts/optimize-wasm.mjs [dist-dir]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { text, writeLeb } from './wasm-names.mjs';
import { functionNames, leb } from './wasm-top.mjs';

/** The wasm files this step optimizes: the app's and the hello world's, as trunk names them. */
export const OPTIMIZED = /^(nara-vard-kompassen|hello-yardstick)-[0-9a-f]{12,16}_bg\.wasm$/;

/** wasm-opt's options after the name change (the order of passes is the order given). */
export const WASM_OPT = ['-Oz', '--converge', '--reorder-functions-by-name', '--strip-producers', '--strip-target-features'];

/** The key a function of this (demangled) name sorts by: trait method, then type; else the name. */
export function orderKey(name) {
  const plain = name.replace(/\[[0-9a-f]{16}\]/g, '');
  const implementation = /^<(.*) as (.*)>::(.*)$/.exec(plain);
  return implementation ? `${implementation[2]}::${implementation[3]} ${implementation[1]}` : plain;
}

/**
 * The wasm `bytes` with its name section replaced by one that names each function by its place in
 * the order of `orderKey` (`000000`, `000001`, …; ties keep the compiler's order). Throws when the
 * wasm has no function names, since the order would then silently be lost.
 */
export function namedInOrder(bytes) {
  const parts = [bytes.subarray(0, 8)];
  let names = null;
  for (let pos = 8; pos < bytes.length; ) {
    const id = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    const found = id === 0 ? functionNames(bytes.subarray(start, start + size)) : null;
    if (found) names = found;
    else parts.push(bytes.subarray(pos, start + size));
    pos = start + size;
  }
  if (!names || names.length === 0) throw new Error('the wasm has no function names to order by');
  const keyed = names.map(([index, name]) => [index, orderKey(name)]);
  keyed.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]));
  const width = String(keyed.length).length;
  const entries = keyed
    .map(([index], rank) => [index, String(rank).padStart(width, '0')])
    .sort((a, b) => a[0] - b[0])
    .map(([index, name]) => Buffer.concat([Buffer.from(writeLeb(index)), text(name)]));
  const list = Buffer.concat([Buffer.from(writeLeb(entries.length)), ...entries]);
  const section = Buffer.concat([text('name'), Buffer.from([1, ...writeLeb(list.length)]), list]);
  parts.push(Buffer.from([0, ...writeLeb(section.length)]), section);
  return Buffer.concat(parts);
}

/** Optimizes `file` in place: names in order, then wasm-opt with WASM_OPT. */
export function optimize(file) {
  const input = `${file}.named`;
  writeFileSync(input, namedInOrder(readFileSync(file)));
  try {
    const run = spawnSync('wasm-opt', [...WASM_OPT, input, '-o', file], { stdio: 'inherit' });
    if (run.status !== 0) {
      throw new Error(`wasm-opt failed on ${file} (${run.error?.message ?? `status ${run.status}`})`);
    }
  } finally {
    unlinkSync(input);
  }
  return readFileSync(file).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const found = readdirSync(dir).filter((n) => OPTIMIZED.test(n));
  // trunk's own wasm-opt is off for this wasm: without this step it would ship unoptimized.
  if (found.length === 0) {
    console.error(`FAIL: no wasm in ${dir} matches ${OPTIMIZED}`);
    process.exit(1);
  }
  for (const name of found) {
    const before = readFileSync(join(dir, name)).length;
    console.log(`optimized: ${name}: ${before} -> ${optimize(join(dir, name))} bytes`);
  }
}
