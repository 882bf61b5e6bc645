// A small static server for the release bundle (dist/), on loopback only. It can serve under a
// sub-path and add response headers, and it records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** The built bundle; `DIST=…` serves another build (e.g. one made beside it while tests run). */
export const DIST = resolve(process.env.DIST ?? new URL('../../../dist', import.meta.url).pathname);

/**
 * Serve `root` at http://127.0.0.1:<port><base>.
 * `gzip`: send text, JS and wasm gzip-compressed to a browser that accepts it, as a web server
 * configured for it would (the benchmark's throttled start-up).
 * @param {{root?: string, base?: string, headers?: Record<string,string>, port?: number, gzip?: boolean}} options
 */
export async function serveDist({ root = DIST, base = '/', headers = {}, port = 0, gzip = false } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const zipped = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|mjs|wasm|css|json|svg)$/.test(file);
      if (zipped) body = gzipSync(body, { level: 9 });
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    origin: `http://127.0.0.1:${actual}`,
    requests,
    // Open keep-alive connections are cut too, so a closed server is really gone (offline tests).
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}
