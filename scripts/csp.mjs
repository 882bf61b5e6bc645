// Writes the Content-Security-Policy for a built dist/ to dist/csp-header.txt and prints it.
// Trunk inlines one bootstrap <script type="module"> in each page (the app's index.html and the
// participant page's join.html); the one policy for the site allows exactly those scripts by
// their SHA-256 hashes, and nothing else inline. Usage: node scripts/csp.mjs [dist-dir]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pages of a build that carry a bootstrap script. */
export const PAGES = ['index.html', 'join.html'];

export function policyFor(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** The policy for every page of the build in `dir`. */
export function sitePolicy(dir) {
  return policyFor(PAGES.map((page) => readFileSync(join(dir, page), 'utf8')).join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const policy = sitePolicy(dir);
  writeFileSync(join(dir, 'csp-header.txt'), `Content-Security-Policy: ${policy}\n`);
  console.log(`Content-Security-Policy: ${policy}`);
}
