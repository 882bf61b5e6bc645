// The benchmark's statistics and the report's number formats, kept apart so that they are tested
// (scripts/bench/format.test.mjs).

/** The median: the middle value, or the mean of the two middle values of an even count. */
export const median = (xs) => {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The 95th percentile by the nearest-rank method. */
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
export const ms = (n) => (Number.isNaN(n) ? '–' : n >= 10000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(1)} ms`);

/** The Long Tasks API reports only tasks of 50 ms or more: none seen means "< 50 ms". */
export const LONG_TASK = 50;
export const longest = (n) => (n < LONG_TASK ? '< 50 ms' : ms(n));

/** A row's verdict on its longest task against `limit` ms: "longest task, met" or "…, missed". */
export const verdict = (n, limit) => `${longest(n)}, ${n <= limit ? 'met' : 'missed'}`;

/** How many times `b` is `a`, for the growth tables: "× 9.8". */
export const ratio = (a, b) => (a > 0 && Number.isFinite(b) ? `× ${(b / a).toFixed(1)}` : '');
