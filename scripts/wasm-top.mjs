// Lists the largest functions of a wasm file that still has its name section, grouped by crate,
// so a size regression has a culprit. Usage: node scripts/wasm-top.mjs file.wasm [rows]
import { readFileSync } from 'node:fs';

/** An unsigned LEB128 number at `pos` in `buf`: `[value, position after it]`. */
export function leb(buf, pos) {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}

/**
 * The function names in a custom section's body (`[[index, name], …]`), or null when the section
 * is not the name section.
 */
export function functionNames(body) {
  let [length, p] = leb(body, 0);
  if (new TextDecoder().decode(body.subarray(p, p + length)) !== 'name') return null;
  p += length;
  const names = [];
  while (p < body.length) {
    const sub = body[p++];
    let subSize;
    [subSize, p] = leb(body, p);
    const subEnd = p + subSize;
    if (sub === 1) {
      let n;
      [n, p] = leb(body, p);
      for (let i = 0; i < n; i++) {
        let idx, l;
        [idx, p] = leb(body, p);
        [l, p] = leb(body, p);
        names.push([idx, new TextDecoder().decode(body.subarray(p, p + l))]);
        p += l;
      }
    }
    p = subEnd;
  }
  return names;
}

export function functionSizes(bytes) {
  let pos = 8, imports = 0;
  const bodies = [], names = new Map();
  while (pos < bytes.length) {
    const id = bytes[pos++];
    let size;
    [size, pos] = leb(bytes, pos);
    const end = pos + size;
    if (id === 2) {
      // Count imported functions: they come first in the function index space.
      let n, p = pos;
      [n, p] = leb(bytes, p);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = leb(bytes, p); p += len;
        [len, p] = leb(bytes, p); p += len;
        const kind = bytes[p++];
        if (kind === 0) { imports++; [, p] = leb(bytes, p); }
        else if (kind === 1) { p++; let f; [f, p] = leb(bytes, p); [, p] = leb(bytes, p); if (f & 1) [, p] = leb(bytes, p); }
        else if (kind === 2) { let f; [f, p] = leb(bytes, p); [, p] = leb(bytes, p); if (f & 1) [, p] = leb(bytes, p); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; [, p] = leb(bytes, p); }
      }
    } else if (id === 10) {
      let n, p = pos;
      [n, p] = leb(bytes, p);
      for (let i = 0; i < n; i++) {
        let len;
        const start = p;
        [len, p] = leb(bytes, p);
        p += len;
        bodies.push(p - start);
      }
    } else if (id === 0) {
      for (const [idx, name] of functionNames(bytes.subarray(pos, end)) ?? []) names.set(idx, name);
    }
    pos = end;
  }
  return bodies.map((size, i) => ({ name: names.get(i + imports) ?? `func[${i + imports}]`, size }));
}

/** The crate a (demangled or mangled) Rust symbol belongs to, roughly. */
export function crateOf(name) {
  // Legacy mangling: _ZN<len><segment>…; an impl segment starts with _$LT$ (a `<`).
  const plain = name.replace(/^_ZN\d+/, '').replace(/^_?\$LT\$/, '').replace(/^<+/, '');
  // Demangled v0 names carry the crate's hash: `yew[1c3d9801586602e9]::…` (std built with the app).
  const m = plain.match(/^([a-z_][a-z0-9_]*?)(?:\.\.|::|\[[0-9a-f]+\]|\d|$)/i);
  if (m) return m[1];
  const v0 = name.match(/^_R.*?\d+_?([a-z_][a-z0-9_]+)/i); // v0 mangling: first named path segment
  return v0 ? v0[1] : '?';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = readFileSync(process.argv[2]);
  const rows = +(process.argv[3] ?? 25);
  const fns = functionSizes(bytes).sort((a, b) => b.size - a.size);
  const code = fns.reduce((s, f) => s + f.size, 0);
  console.log(`file ${bytes.length} bytes, code ${code} bytes in ${fns.length} functions`);
  const byCrate = new Map();
  for (const f of fns) byCrate.set(crateOf(f.name), (byCrate.get(crateOf(f.name)) ?? 0) + f.size);
  console.log('\nby crate (code bytes):');
  for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(s).padStart(8)}  ${c}`);
  console.log(`\nlargest ${rows} functions:`);
  for (const f of fns.slice(0, rows)) console.log(`${String(f.size).padStart(8)}  ${f.name.slice(0, 110)}`);
}
