// Writes the Content-Security-Policy for a built dist/ to dist/csp-header.txt and prints it.
// Trunk inlines one bootstrap <script type="module">; the policy allows exactly that script by
// its SHA-256 hash, and nothing else inline. Usage: node scripts/csp.mjs [dist-dir]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const policy = policyFor(readFileSync(join(dir, 'index.html'), 'utf8'));
  writeFileSync(join(dir, 'csp-header.txt'), `Content-Security-Policy: ${policy}\n`);
  console.log(`Content-Security-Policy: ${policy}`);
}
