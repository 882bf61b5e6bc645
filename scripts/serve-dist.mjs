// Serves a built dist/ (the app and the participant page) on loopback until Ctrl-C, with the
// same small server the end-to-end tests use. Usage: node scripts/serve-dist.mjs [dist-dir] [port]
import { resolve } from 'node:path';
import { serveDist } from '../tests/e2e/support/server.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const server = await serveDist({ root, port, gzip: true });
console.log(`Serving Nära vård-kompassen at ${server.url} (the participant page: ${server.url}join.html). Ctrl-C stops.`);
