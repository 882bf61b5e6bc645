// Tests of scripts/optimize-wasm.mjs on a small wasm shaped as wasm-bindgen writes it (with its
// function names); the real build's result is measured by scripts/bundle-size.mjs and loaded by
// the end-to-end tests. Needs wasm-opt on PATH (scripts/setup.sh installs it).
// Usage: node --test scripts/optimize-wasm.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { namedInOrder, optimize, orderKey } from './optimize-wasm.mjs';
import { text, writeLeb } from './wasm-names.mjs';
import { leb } from './wasm-top.mjs';

const section = (id, body) => [id, ...writeLeb(body.length), ...body];

/** A wasm of functions that each return their own number, exported as f0, f1, …, named `names`. */
function wasmNamed(names) {
  const n = names.length;
  const exports = names.flatMap((_, i) => [...text(`f${i}`), 0, i]);
  const bodies = names.flatMap((_, i) => [4, 0, 0x41, i + 10, 0x0b]);
  const nameList = [n, ...names.flatMap((name, i) => [i, ...text(name)])];
  const nameSection = [...text('name'), 1, ...writeLeb(nameList.length), ...nameList];
  return Buffer.from([
    0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(3, [n, ...names.map(() => 0)]),
    ...section(7, [n, ...exports]),
    ...section(10, [n, ...bodies]),
    ...section(0, nameSection),
  ]);
}

// The compiler's order, and a plain sort by name, would both differ from the order wanted.
const NAMES = [
  '<a::A as core::cmp::PartialEq>::eq',
  '<b::B as core::clone::Clone>::clone',
  '<c[0123456789abcdef]::C as core::cmp::PartialEq>::eq',
  '<d::D as core[0123456789abcdef]::clone::Clone>::clone',
  'alloc::free',
];

test('the key: the trait method first, then the type, without crate hashes; other functions by name', () => {
  assert.equal(orderKey(NAMES[2]), 'core::cmp::PartialEq::eq c::C');
  assert.equal(orderKey(NAMES[3]), 'core::clone::Clone::clone d::D');
  assert.equal(orderKey('alloc::free'), 'alloc::free');
});

test('functions come out in the order of their keys, with the same code and no names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-optimize-'));
  const file = join(dir, 'app_bg.wasm');
  writeFileSync(file, wasmNamed(NAMES));
  optimize(file);
  assert.deepEqual(readdirSync(dir), ['app_bg.wasm']);
  const module = new WebAssembly.Module(readFileSync(file));
  assert.deepEqual(WebAssembly.Module.customSections(module, 'name'), []);
  const exports = new WebAssembly.Instance(module).exports;
  // Each export still returns its own number …
  assert.deepEqual(NAMES.map((_, i) => exports[`f${i}`]()), [10, 11, 12, 13, 14]);
  // … and the functions stand in the file in the order of their keys.
  const order = exportOrder(readFileSync(file));
  assert.deepEqual(order, ['f4', 'f1', 'f3', 'f0', 'f2']);
});

test('a wasm without function names is refused, rather than losing the order unnoticed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nvk-optimize-'));
  const file = join(dir, 'app_bg.wasm');
  writeFileSync(file, Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  assert.throws(() => optimize(file), /no function names/);
  assert.throws(() => namedInOrder(readFileSync(file)), /no function names/);
});

/** The exports' names in the order of the functions they point to. */
function exportOrder(bytes) {
  for (let pos = 8; pos < bytes.length; ) {
    const id = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    if (id === 7) {
      let [count, p] = leb(bytes, start);
      const indices = [];
      for (let i = 0; i < count; i++) {
        let length;
        [length, p] = leb(bytes, p);
        const name = bytes.subarray(p, p + length).toString();
        let index;
        [index, p] = leb(bytes, p + length + 1);
        indices.push([name, index]);
      }
      return indices.sort((a, b) => a[1] - b[1]).map(([name]) => name);
    }
    pos = start + size;
  }
  throw new Error('no export section');
}
