// A join link that carries an own framework, made the way the facilitator's app makes one: the
// framework packed as lines (here Kalmar län's, under an own id), raw deflate, base64url.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const PACKED = readFileSync(new URL('../../../core/src/framework/presets/packed/kalmar-lan.txt', import.meta.url), 'utf8');

/** `#workshop=…` for workshop `id` on the own framework `fwId`: its first four items, no targets. */
export function carriedFragment(id = 'K7Q', fwId = 'eget-1a2b3c4d') {
  const packed = deflateRawSync(Buffer.from(PACKED, 'utf8')).toString('base64url');
  return `#workshop=${id}.${fwId}.F.3.${packed}`;
}
