// node --test scripts/bench/format.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kb, longest, median, ms, p95, ratio, verdict } from './format.mjs';

test('the median of an odd count is the middle value, of an even count the mean of the two middle ones', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([10, 20]), 15);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
  // A missed measurement (NaN) is left out, not sorted into the middle.
  assert.equal(median([NaN, 1, 3]), 2);
  // The input is not reordered.
  const xs = [3, 1, 2];
  median(xs);
  assert.deepEqual(xs, [3, 1, 2]);
});

test('p95 takes the nearest rank', () => {
  const xs = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(p95(xs), 95);
  assert.equal(p95([1, 2]), 2);
});

test('a longest task under 50 ms is printed as "< 50 ms", since the Long Tasks API reports none shorter', () => {
  assert.equal(longest(0), '< 50 ms');
  assert.equal(longest(49.9), '< 50 ms');
  assert.equal(longest(50), '50.0 ms');
  assert.equal(longest(202), '202.0 ms');
  assert.equal(verdict(0, 200), '< 50 ms, met');
  assert.equal(verdict(250, 200), '250.0 ms, missed');
  assert.equal(verdict(200, 200), '200.0 ms, met');
});

test('times, sizes and ratios', () => {
  assert.equal(ms(12.345), '12.3 ms');
  assert.equal(ms(12345), '12.3 s');
  assert.equal(ms(NaN), '–');
  assert.equal(kb(430123), '430.1 KB');
  assert.equal(ratio(100, 980), '× 9.8');
  assert.equal(ratio(0, 5), '');
});
