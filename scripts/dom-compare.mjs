// Compares two folders of pages written by the accessibility matrix with `DOM_OUT=folder`
// (tests/e2e/support/matrix.mjs): one file per state and language. A change meant to alter no
// view (a smaller build, say) should leave every state the same. What differs between two runs of
// the same build is left out first: the bundle's hashed file names and SRI hashes, the server's
// port, and whatever `--same <regex>` names (random workshop ids, answer codes, the clock).
// Usage: node scripts/dom-compare.mjs before/ after/ [--same '<regex>']...
// Exits 1 when a state differs or is missing on one side.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const folders = [];
const same = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--same') same.push(new RegExp(args[++i], 'g'));
  else folders.push(args[i]);
}
if (folders.length !== 2) {
  console.error('usage: node scripts/dom-compare.mjs before/ after/ [--same <regex>]...');
  process.exit(2);
}

/** The page with what varies between two runs of one build replaced by a placeholder. */
export function normalise(html, extra = []) {
  let out = html
    .replace(/-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)/g, '-HASH$1.$2')
    .replace(/integrity="[^"]*"/g, 'integrity="SRI"')
    .replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:PORT');
  for (const re of extra) out = out.replace(re, 'SAME');
  return out;
}

/** Where `a` and `b` first differ, with some text either side. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `  before: …${a.slice(from, i + 120)}…\n  after:  …${b.slice(from, i + 120)}…`;
}

const [before, after] = folders;
const names = new Set([...readdirSync(before), ...readdirSync(after)].filter((n) => n.endsWith('.html')));
let differ = 0;
for (const name of [...names].sort()) {
  let a, b;
  try {
    a = normalise(readFileSync(join(before, name), 'utf8'), same);
    b = normalise(readFileSync(join(after, name), 'utf8'), same);
  } catch {
    console.log(`missing on one side: ${name}`);
    differ++;
    continue;
  }
  if (a !== b) {
    console.log(`differs: ${name}\n${firstDifference(a, b)}`);
    differ++;
  }
}
console.log(`${names.size} states, ${names.size - differ} the same, ${differ} different or missing`);
process.exit(differ === 0 ? 0 : 1);
