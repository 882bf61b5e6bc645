// The checks run on every row of the accessibility matrix (core/src/accessibility/matrix.json):
// axe-core with the matrix's WCAG tags, and what axe cannot see — sideways scrolling (1.4.10),
// pointer target size with WCAG 2.5.8's exceptions, text spacing (1.4.12) clipping no text, and
// the contrast of the text axe left "incomplete" (support/contrast.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { scrollsSideways } from './browser.mjs';
import { judgeContrast } from './contrast.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const MATRIX = JSON.parse(readFileSync(new URL('../../../core/src/accessibility/matrix.json', import.meta.url), 'utf8'));

/** axe-core in `frame` (a page or a frame) with the matrix's tags: violations and incomplete, readable. */
export async function axe(frame) {
  if (!(await frame.evaluate(() => Boolean(window.axe)))) await frame.evaluate(AXE_SOURCE);
  // `resultTypes`: every rule still runs on every node; only the passing and inapplicable nodes
  // are not all listed (their selectors cost most of a run's time), as they are not read.
  const result = await frame.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations', 'incomplete'],
  }), MATRIX.tags);
  // The nodes whose contrast axe could not judge (support/contrast.mjs judges them).
  const contrast = result.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes.map((n) => n.target.at(-1)));
  const readable = (list) => list.map((v) => `${v.id} (${v.impact ?? '-'}): ${v.help} — ${v.nodes.slice(0, 6).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 6 ? ` and ${v.nodes.length - 6} more` : ''}`);
  return { violations: readable(result.violations), incomplete: readable(result.incomplete), contrast };
}

/**
 * Pointer targets smaller than 24 × 24 CSS px that no exception of WCAG 2.5.8 allows:
 * - spacing: a 24 px circle on the target's centre meets no other target and no other small
 *   target's circle;
 * - inline: a link in a sentence (its block holds text besides the link);
 * - user agent: the browser's own parts of a control are not the page's (the control's box is
 *   what is measured);
 * a radio or checkbox counts with its label, which the browser makes part of the target.
 */
export function smallTargets(frame) {
  return frame.evaluate(() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab], [tabindex]:not([tabindex="-1"])';
    const visible = (el) => {
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.display === 'none' || el.closest('[inert], [hidden]')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > -window.scrollY;
    };
    const union = (a, b) => {
      const left = Math.min(a.left, b.left), top = Math.min(a.top, b.top);
      const right = Math.max(a.right, b.right), bottom = Math.max(a.bottom, b.bottom);
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible).map((el) => {
      let box = el.getBoundingClientRect();
      if (el.labels) for (const l of el.labels) if (visible(l)) box = union(box, l.getBoundingClientRect());
      return { el, box };
    });
    const inline = (el) => {
      if (el.tagName !== 'A') return false;
      const block = el.parentElement?.closest('p, li, dd, td, figcaption, span, small');
      if (!block || getComputedStyle(el).display !== 'inline') return false;
      return block.textContent.replace(el.textContent, '').trim().length > 0;
    };
    const small = targets.filter((t) => (t.box.width < 23.95 || t.box.height < 23.95) && !inline(t.el));
    const centre = (b) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
    const distToBox = ([x, y], b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    const out = [];
    for (const t of small) {
      const c = centre(t.box);
      const clash = targets.find((o) => {
        if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
        if (small.includes(o)) return Math.hypot(c[0] - centre(o.box)[0], c[1] - centre(o.box)[1]) < 24;
        return distToBox(c, o.box) < 12;
      });
      if (clash) out.push(`${name(t.el)} ${Math.round(t.box.width)}×${Math.round(t.box.height)} too near ${name(clash.el)}`);
    }
    return out;
  });
}

/**
 * WCAG 1.4.12: with the standard text-spacing bookmarklet's values (line height 1.5, paragraph
 * spacing 2em, letter 0.12em, word 0.16em), no element that hides its overflow clips its text.
 * Returns the clipping elements; the override is removed again.
 */
export function clippedWithTextSpacing(frame) {
  return frame.evaluate(async () => {
    // Through the CSS object model (a constructed sheet), as a strict CSP allows no <style>.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el instanceof SVGElement || !el.textContent.trim()) continue;
      const s = getComputedStyle(el);
      const hidesX = ['hidden', 'clip'].includes(s.overflowX);
      const hidesY = ['hidden', 'clip'].includes(s.overflowY);
      if (!hidesX && !hidesY) continue;
      // Visually hidden text for screen readers is clipped on purpose.
      if (el.clientWidth <= 1 || el.clientHeight <= 1 || s.clip !== 'auto' || s.clipPath !== 'none') continue;
      const wide = hidesX && el.scrollWidth > el.clientWidth + 1;
      const tall = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return out;
  });
}

/** Seconds spent in each check over the whole file (printed by support/matrix.mjs). */
export const SPENT = { axe: 0, reflow: 0, 'target-size': 0, 'text-spacing': 0, contrast: 0 };

const timed = async (what, work) => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    SPENT[what] += (performance.now() - start) / 1000;
  }
};

/**
 * Every check of a matrix row on `frame`; returns the problems found, axe's incomplete list, the
 * incomplete contrast nodes that could not be judged (with why) and how many were judged.
 */
export async function auditRow(frame, where) {
  const problems = [];
  const { violations, incomplete, contrast } = await timed('axe', () => axe(frame));
  for (const v of violations) problems.push(`${where}: axe ${v}`);
  const sideways = await timed('reflow', () => scrollsSideways(frame));
  if (sideways) problems.push(`${where}: scrolls sideways (${sideways})`);
  for (const t of await timed('target-size', () => smallTargets(frame))) problems.push(`${where}: small target ${t}`);
  for (const c of await timed('text-spacing', () => clippedWithTextSpacing(frame))) problems.push(`${where}: text spacing clips ${c}`);
  // Last: it scrolls each node into view (and back).
  const judged = await timed('contrast', () => judgeContrast(frame, contrast));
  for (const f of judged.failures) problems.push(`${where}: contrast ${f}`);
  return {
    problems,
    incomplete: incomplete.map((i) => `${where}: ${i}`),
    unjudged: judged.unjudged.map((u) => `${where}: ${u}`),
    judged: judged.judged,
  };
}
