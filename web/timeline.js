/* global document */
// Pair timeline: stacked bars of events per period by QuadClass, and the mean Goldstein line.
import { el, goldsteinColour, text } from '/static/svg.js';

const QUAD_COLOURS = ['#7fc79b', '#2d8a57', '#e59a8f', '#c0392b'];
const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

/** Reads the buckets from the table the server rendered. */
export function readBuckets(doc = document) {
  return [...doc.querySelectorAll('table.buckets tbody tr')].map((tr) => ({
    period: tr.dataset.period, quad: tr.dataset.quad.split(',').map(Number), mean: Number(tr.dataset.mean),
  }));
}

/** Draws the chart into `figure`. */
export function draw(figure, buckets) {
  figure.textContent = '';
  if (buckets.length === 0) {
    figure.textContent = 'No events between these countries in the window.';
    return null;
  }
  const W = 720, H = 260, L = 36, R = 36, T = 12, B = 40;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' }, figure);
  const max = Math.max(1, ...buckets.map((b) => b.quad.reduce((s, n) => s + n, 0)));
  const step = (W - L - R) / buckets.length;
  const bw = Math.max(2, Math.min(48, step * 0.7));
  const y = (n) => H - B - (n / max) * (H - T - B);
  const gy = (g) => T + ((10 - g) / 20) * (H - T - B);
  el('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#999' }, svg);
  el('line', { x1: L, x2: W - R, y1: gy(0), y2: gy(0), stroke: '#ccc', 'stroke-dasharray': '3 3' }, svg);
  text(svg, 4, y(max) + 4, String(max), { class: 'axis' });
  text(svg, W - R + 4, gy(10) + 4, '+10', { class: 'axis' });
  text(svg, W - R + 4, gy(-10), '−10', { class: 'axis' });
  const every = Math.ceil(buckets.length / 12);
  const points = [];
  buckets.forEach((b, i) => {
    const x = L + i * step + (step - bw) / 2;
    let acc = 0;
    b.quad.forEach((n, q) => {
      if (!n) return;
      const r = el('rect', { x, y: y(acc + n), width: bw, height: y(acc) - y(acc + n), fill: QUAD_COLOURS[q], class: `bar q${q + 1}` }, svg);
      el('title', {}, r).textContent = `${b.period}: ${n} × ${QUAD_NAMES[q]}`;
      acc += n;
    });
    points.push([x + bw / 2, gy(b.mean), b]);
    if (i % every === 0) text(svg, x + bw / 2, H - B + 14, b.period, { class: 'axis', 'text-anchor': 'middle' });
  });
  el('polyline', { points: points.map(([px, py]) => `${px},${py}`).join(' '), fill: 'none', stroke: '#333', 'stroke-width': 1.5 }, svg);
  for (const [px, py, b] of points) {
    const c = el('circle', { cx: px, cy: py, r: 4, fill: goldsteinColour(b.mean), stroke: '#333' }, svg);
    el('title', {}, c).textContent = `${b.period}: mean Goldstein ${b.mean}`;
  }
  QUAD_NAMES.forEach((n, q) => {
    el('rect', { x: L + q * 150, y: H - 16, width: 10, height: 10, fill: QUAD_COLOURS[q] }, svg);
    text(svg, L + q * 150 + 14, H - 7, n, { class: 'axis' });
  });
  return svg;
}

export function start() {
  draw(document.getElementById('timeline'), readBuckets());
}
