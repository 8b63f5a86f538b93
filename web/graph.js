/* global document, location, fetch, URLSearchParams */
// Relation graph: a small force layout of our own (repulsion, springs, gravity), drawn in SVG.
import { el, goldsteinColour, text } from '/static/svg.js';

/** Runs `steps` iterations of a force layout over nodes {x, y} and edges {s, t, w}. */
export function layout(nodes, edges, W, H, steps = 300) {
  const n = nodes.length;
  nodes.forEach((p, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    p.x ??= W / 2 + Math.cos(a) * W * 0.3;
    p.y ??= H / 2 + Math.sin(a) * H * 0.3;
    p.vx = 0; p.vy = 0;
  });
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  for (let step = 0; step < steps; step++) {
    const cool = 1 - step / steps;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.5; }
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05; a.vy += dy * f * 0.05;
        b.vx -= dx * f * 0.05; b.vy -= dy * f * 0.05;
      }
    }
    for (const e of edges) {
      const a = e.s, b = e.t;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.05 * Math.min(3, 1 + Math.log(e.w));
      a.vx += dx * f; a.vy += dy * f;
      b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const p of nodes) {
      p.vx += (W / 2 - p.x) * 0.01; p.vy += (H / 2 - p.y) * 0.01;
      if (p.fixed) { p.vx = 0; p.vy = 0; continue; }
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy);
      const max = 20 * cool + 1;
      if (v > max) { p.vx *= max / v; p.vy *= max / v; }
      p.x = Math.max(20, Math.min(W - 20, p.x + p.vx));
      p.y = Math.max(20, Math.min(H - 20, p.y + p.vy));
      p.vx *= 0.6; p.vy *= 0.6;
    }
  }
  return nodes;
}

function nodeHref(id) {
  return `/entity/${encodeURIComponent(id.startsWith('organization:') ? id : `country:${id}`)}`;
}

/** Draws the graph into `figure` and makes nodes draggable. */
export function draw(figure, graph) {
  figure.textContent = '';
  if (graph.nodes.length === 0) {
    figure.textContent = 'No events between countries or organisations in the window.';
    return null;
  }
  const W = 800, H = 560;
  const byId = new Map(graph.nodes.map((n) => [n.id, { ...n }]));
  const edges = graph.edges.map((e) => ({ ...e, s: byId.get(e.source), t: byId.get(e.target), w: e.count }));
  const nodes = layout([...byId.values()], edges, W, H);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'relation graph' }, figure);
  const maxW = Math.max(1, ...edges.map((e) => e.count));
  const lines = edges.map((e) => {
    const line = el('line', { stroke: goldsteinColour(e.goldsteinMean), 'stroke-width': 1 + 7 * (e.count / maxW), 'stroke-opacity': 0.8, class: 'edge' }, svg);
    el('title', {}, line).textContent = `${e.s.label} – ${e.t.label}: ${e.count} events, mean Goldstein ${e.goldsteinMean}`;
    return [line, e];
  });
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const groups = nodes.map((n) => {
    const g = el('g', { class: `node ${n.type}`, tabindex: 0, 'data-id': n.id }, svg);
    const r = 6 + 14 * Math.sqrt(n.events / maxN);
    el(n.type === 'country' ? 'circle' : 'rect', n.type === 'country' ? { r, fill: '#2f6db5', 'fill-opacity': 0.85 } : { x: -r, y: -r, width: 2 * r, height: 2 * r, fill: '#b5517a', 'fill-opacity': 0.85 }, g);
    text(g, r + 3, 4, n.label);
    el('title', {}, g).textContent = `${n.label}: ${n.events} events`;
    return [g, n];
  });
  const paint = () => {
    for (const [line, e] of lines) { line.setAttribute('x1', e.s.x); line.setAttribute('y1', e.s.y); line.setAttribute('x2', e.t.x); line.setAttribute('y2', e.t.y); }
    for (const [g, n] of groups) g.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
  };
  paint();
  const toSvg = (ev) => {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  };
  for (const [g, n] of groups) {
    let moved = false;
    g.addEventListener('pointerdown', (ev) => {
      g.setPointerCapture(ev.pointerId);
      moved = false;
      const move = (e) => {
        const p = toSvg(e);
        n.x = p.x; n.y = p.y; n.fixed = true; moved = true;
        layout(nodes, edges, W, H, 8);
        paint();
      };
      const up = () => {
        g.removeEventListener('pointermove', move);
        g.removeEventListener('pointerup', up);
        if (!moved) location.href = nodeHref(n.id);
      };
      g.addEventListener('pointermove', move);
      g.addEventListener('pointerup', up);
    });
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter') location.href = nodeHref(n.id); });
  }
  return svg;
}

export async function start(data) {
  const params = new URLSearchParams();
  if (data.from) params.set('from', data.from);
  if (data.to) params.set('to', data.to);
  const res = await fetch(`/api/graph?${params}`);
  if (!res.ok) throw new Error(`graph: HTTP ${res.status}`);
  const graph = await res.json();
  draw(document.getElementById('graph'), graph);
  const list = document.getElementById('graph-list');
  list.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.window.from} – ${graph.window.to}`;
}
