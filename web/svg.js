/* global document */
// Tiny SVG helpers for the charts (no library).
const NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and appends it to `parent` when given. */
export function el(name, attrs = {}, parent = null) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

/** A text node element. */
export function text(parent, x, y, s, attrs = {}) {
  const t = el('text', { x, y, ...attrs }, parent);
  t.textContent = s;
  return t;
}

/** Colour of a mean Goldstein value: red (−10) … grey (0) … green (+10). */
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [150, 150, 150];
  const end = t >= 0 ? [45, 138, 87] : [192, 57, 43];
  const f = Math.abs(t) ** 0.6;
  return `rgb(${mix(grey[0], end[0], f)},${mix(grey[1], end[1], f)},${mix(grey[2], end[2], f)})`;
}
