// Short names for what a wasm and wasm-bindgen's JS call each other by (scripts/minify-js.mjs).
// wasm-bindgen names every import `__wbg_<name>_<16 hex>` and some exports after the Rust types of
// a closure (200 characters and more); each name is written twice, once in the wasm's import or
// export section and once in the JS, and the hex does not compress. This module finds the names
// that are safe to rename in a pair (wasm, JS), gives them short ones, and writes the wasm again
// with only its import and export names changed: every other byte of every section is copied.
// Usage: imported by scripts/minify-js.mjs.
import { leb } from './wasm-top.mjs';

/** `count` short, distinct names (a…z, A…Z, then two letters, and so on), none of them in `taken`. */
export function shortNames(count, taken = new Set()) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const reserved = new Set(['do', 'if', 'in']);
  const names = [];
  for (let n = 0; names.length < count; n++) {
    let name = '';
    for (let i = n; ; i = Math.floor(i / letters.length) - 1) {
      name = letters[i % letters.length] + name;
      if (i < letters.length) break;
    }
    if (!reserved.has(name) && !taken.has(name)) names.push(name);
  }
  return names;
}

/** The names wasm-bindgen generates, never written by hand: safe to find as words in its JS. */
const GENERATED = /^(?:__wbg_|__wbindgen_|__externref_|wasm_bindgen_[0-9a-f]+___|__abort_handler$|__instance_terminated$)/;

/** Every word (identifier or property name) in `js`. */
const words = (js) => new Set(js.match(/(?<![\w$])[A-Za-z_$][\w$]*/g));

/**
 * Every name in `js` that wasm-bindgen generates for the wasm to call or be called by (as
 * `GENERATED` above), as words; `__wbg_ptr`, the field of an exported Rust struct's JS class,
 * is not one of them.
 */
export function generatedWords(js) {
  return [...words(js)].filter((w) => GENERATED.test(w) && w !== '__wbg_ptr');
}

const escape = (s) => s.replace(/[$]/g, '\\$&');

/**
 * The renames for a wasm module and its JS: `{ imports, exports }`, each a Map from old to new
 * name. Only the names wasm-bindgen generated are renamed (`memory`, `main` and the like keep
 * theirs), each to a short name that is no word anywhere in the JS. So replacing every whole-word
 * occurrence in the JS is safe: the JS names an export both as the wasm's property (`wasm.x`) and
 * as its own function that calls it, and the new name can neither meet nor shadow another one.
 */
export function renames(module, js) {
  const present = words(js);
  const imports = WebAssembly.Module.imports(module).filter((i) => i.kind === 'function').map((i) => i.name);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  const generated = (names) => [...new Set(names)].filter((n) => GENERATED.test(n) && present.has(n));
  const [fromImports, fromExports] = [generated(imports), generated(exports)];
  // One set of new names for both, so that an import and an export never share one in the JS.
  const short = shortNames(fromImports.length + fromExports.length, present);
  return {
    imports: new Map(fromImports.map((n, i) => [n, short[i]])),
    exports: new Map(fromExports.map((n, i) => [n, short[fromImports.length + i]])),
  };
}

/** `js` with every renamed name replaced (names are whole words, see `renames`). */
export function renameInJs(js, { imports, exports }) {
  const all = new Map([...imports, ...exports]);
  if (all.size === 0) return js;
  const words = [...all.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  return js.replace(new RegExp(`(?<![\\w$])(?:${words})(?![\\w$])`, 'g'), (name) => all.get(name));
}

/** `value` as unsigned LEB128 bytes. */
export function writeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A wasm name: its UTF-8 length, then its bytes. */
export const text = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.from(writeLeb(bytes.length)), bytes]);
};

function readName(bytes, pos) {
  const [length, start] = leb(bytes, pos);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/** Where an import's description (after its two names) ends: function, table, memory, global, tag. */
function descEnd(bytes, pos) {
  const kind = bytes[pos++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  if (kind === 0) return leb(bytes, pos)[1];
  if (kind === 1) return limits(pos + 1);
  if (kind === 2) return limits(pos);
  if (kind === 3) return pos + 2;
  if (kind === 4) return leb(bytes, pos + 1)[1];
  throw new Error(`unknown import kind ${kind}`);
}

/** The entries of an import (id 2) or export (id 7) section, their names replaced from `map`. */
function renamedSection(id, body, map) {
  let [count, pos] = leb(body, 0);
  const parts = [Buffer.from(writeLeb(count))];
  for (let i = 0; i < count; i++) {
    let module;
    if (id === 2) {
      [module, pos] = readName(body, pos);
      parts.push(text(module));
    }
    let name;
    [name, pos] = readName(body, pos);
    parts.push(text(map.get(name) ?? name));
    const end = id === 2 ? descEnd(body, pos) : leb(body, pos + 1)[1];
    parts.push(body.subarray(pos, end));
    pos = end;
  }
  if (pos !== body.length) throw new Error(`section ${id}: ${body.length - pos} bytes left over`);
  return Buffer.concat(parts);
}

/** The wasm `bytes` with its function imports and its exports renamed (Maps from old to new name). */
export function renameInWasm(bytes, { imports, exports }) {
  const parts = [bytes.subarray(0, 8)];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = leb(bytes, pos + 1);
    const body = bytes.subarray(start, start + size);
    if ((id === 2 && imports.size > 0) || (id === 7 && exports.size > 0)) {
      const renamed = renamedSection(id, body, id === 2 ? imports : exports);
      parts.push(Buffer.from([id, ...writeLeb(renamed.length)]), renamed);
    } else {
      parts.push(bytes.subarray(pos, start + size));
    }
    pos = start + size;
  }
  return Buffer.concat(parts);
}
