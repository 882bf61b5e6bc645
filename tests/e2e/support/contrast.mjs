// axe-core leaves colour contrast "incomplete" where it cannot find the background: text in SVG
// charts, text partly outside a scrolled list, text over more than one element. This judges each
// such node itself (WCAG 1.4.3): the text's colour (CSS `color`, or `fill` for SVG text, with
// every opacity on the way) against what is painted behind it at points inside the text, found
// with elementsFromPoint — backgrounds of HTML boxes and fills of SVG shapes, laid over each
// other from the page's canvas up, and a translucent shape over the text tinting both. Under 4.5:1 fails (3:1 for large text: 24 px, or 18.66 px
// bold, as rendered, so an SVG's scale counts); a node that cannot be judged is listed with why.

/**
 * Judges the nodes `targets` (axe's selectors) in `frame`. Returns `{ failures, unjudged, judged }`,
 * each failure and unjudged node a readable line.
 */
export function judgeContrast(frame, targets) {
  return frame.evaluate((selectors) => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => {
      const a = top.a + bottom.a * (1 - top.a);
      if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
      const mix = (k) => (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a;
      return { r: mix('r'), g: mix('g'), b: mix('b'), a };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (x, y) => {
      const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p);
      return (hi + 0.05) / (lo + 0.05);
    };
    const hex = ({ r, g, b }) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    /** Opacity of an element and its ancestors together. */
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const SHAPES = new Set(['rect', 'circle', 'ellipse', 'polygon', 'path']);
    /** What one element paints over the point: a colour, null (nothing), or a reason it is unknown. */
    const paint = (el) => {
      const s = getComputedStyle(el);
      if (el instanceof SVGElement) {
        if (!SHAPES.has(el.tagName)) return null;
        if (s.fill === 'none') return null;
        const c = parse(s.fill);
        if (!c) return { unknown: `${el.tagName} filled with ${s.fill}` };
        return { ...c, a: c.a * Number(s.fillOpacity) * opacity(el) };
      }
      if (s.backgroundImage !== 'none') return { unknown: `a background image on ${el.tagName.toLowerCase()}.${el.className}` };
      const c = parse(s.backgroundColor);
      if (!c || c.a === 0) return null;
      return { ...c, a: c.a * opacity(el) };
    };
    const name = (el) => (!el ? 'nothing' : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`);
    const failures = [];
    const unjudged = [];
    let judged = 0;
    // Judging scrolls each node into view; every scroll position is put back after, so the next
    // audit sees the page as it was.
    const scrolled = [document.scrollingElement, ...document.querySelectorAll('body *')]
      .filter((e) => e.scrollLeft || e.scrollTop || e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight)
      .map((e) => [e, e.scrollLeft, e.scrollTop]);
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      const text = (el?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const label = `${sel} "${text}"`;
      if (!el) { unjudged.push(`${label}: not found`); continue; }
      if (!text) { unjudged.push(`${label}: no text`); continue; }
      const s = getComputedStyle(el);
      const svg = el instanceof SVGElement;
      let fg = parse(svg ? s.fill : s.color);
      if (!fg) { unjudged.push(`${label}: text drawn with ${svg ? s.fill : s.color}`); continue; }
      fg = { ...fg, a: fg.a * (svg ? Number(s.fillOpacity) : 1) * opacity(el) };
      // The rendered size: an SVG's text is scaled with its viewBox.
      const scale = svg && el.getScreenCTM ? Math.hypot(el.getScreenCTM().a, el.getScreenCTM().b) : 1;
      const px = parseFloat(s.fontSize) * scale;
      const bold = Number(s.fontWeight) >= 700;
      const large = px >= 24 || (bold && px >= 18.66);
      const need = large ? 3 : 4.5;
      // In the middle of the screen and of any list scrolled sideways (not under a sticky column).
      el.scrollIntoView({ block: 'center', inline: 'center' });
      // Points inside the text: the middle of each line box's left, centre and right part.
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const points = rects.flatMap((r) => [0.2, 0.5, 0.8].map((f) => [r.left + r.width * f, r.top + r.height / 2]))
        .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      if (points.length === 0) { unjudged.push(`${label}: not on the screen`); continue; }
      let worst = null;
      let why = null;
      for (const [x, y] of points) {
        const stack = document.elementsFromPoint(x, y);
        const at = stack.indexOf(el) >= 0 ? stack.indexOf(el) : stack.findIndex((e) => e.contains(el) || el.contains(e));
        if (at < 0) { why = `covered at (${Math.round(x)}, ${Math.round(y)}) by ${name(stack[0])}`; break; }
        // What paints over the text (a chart's translucent area) tints text and background alike;
        // an opaque box over it hides it (an open menu): nothing to judge there.
        const above = stack.slice(0, at).filter((e) => !el.contains(e) && paint(e));
        const hider = above.find((e) => paint(e).unknown || paint(e).a >= 1);
        if (hider) { why = `hidden under ${name(hider)}`; break; }
        // From the bottom (the page's canvas, white unless the root paints) up to the text's own box.
        let bg = { r: 255, g: 255, b: 255, a: 1 };
        for (const e of stack.slice(at).reverse()) {
          const p = paint(e);
          if (p?.unknown) { why = p.unknown; break; }
          if (p) bg = over(p, bg);
        }
        if (why) break;
        let shown = over(fg, bg);
        for (const e of [...above].reverse()) {
          shown = over(paint(e), shown);
          bg = over(paint(e), bg);
        }
        const r = ratio(shown, bg);
        if (!worst || r < worst.r) worst = { r, fg: shown, bg };
      }
      if (why) { unjudged.push(`${label}: ${why}`); continue; }
      judged += 1;
      if (worst.r < need) failures.push(`${label} ${worst.r.toFixed(2)}:1 (${hex(worst.fg)} on ${hex(worst.bg)}, ${px.toFixed(1)} px${bold ? ' bold' : ''}), needs ${need}:1`);
    }
    for (const [e, left, top] of scrolled) e.scrollTo(left, top);
    return { failures, unjudged, judged };
  }, targets);
}
