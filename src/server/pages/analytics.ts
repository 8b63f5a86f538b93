/** Pages over many articles: the pair timeline, the relation graph and the country lens. */
import type { Lens, PairTimeline } from '../../kb/types.ts';
import { countryName } from '../../kb/keys.ts';
import { html, type Html } from '../html.ts';
import { articleLink, entityLink, goldsteinBadge, QUAD_NAMES } from './common.ts';
import { eventTable } from './entity.ts';
import { layout } from './layout.ts';

/**
 * The pair timeline page: a chart drawn by web/timeline.js from the data table rendered here.
 *
 * @example
 * pairPage(await kb.pairTimeline('PK', 'RU', 'month')).value.includes('id="timeline"'); // true
 */
export function pairPage(t: PairTimeline): Html {
  const by = (g: string) => (g === t.by ? html`<b>${g}</b>` : html`<a href="/pair/${t.a}/${t.b}?by=${g}">${g}</a>`);
  return layout({ title: `${t.a}–${t.b} timeline`, page: 'pair', data: { a: t.a, b: t.b, by: t.by } }, html`
<h1>${entityLink(`country:${t.a}`, countryName(t.a))} – ${entityLink(`country:${t.b}`, countryName(t.b))}</h1>
<p class="muted">${t.total} events from ${t.window.from} to ${t.window.to}${t.goldsteinMean !== null ? html` · mean Goldstein ${goldsteinBadge(t.goldsteinMean)}` : ''} · by ${by('day')} ${by('week')} ${by('month')}</p>
<figure id="timeline" class="chart" aria-label="Events per period by QuadClass, with the mean Goldstein line"></figure>
<div class="scroll"><table class="buckets"><thead><tr><th>Period</th>${[1, 2, 3, 4].map((q) => html`<th class="q${q}">${QUAD_NAMES[q]}</th>`)}<th>Events</th><th>Goldstein sum</th><th>mean</th></tr></thead>
<tbody>${t.buckets.map((b) => html`<tr data-period="${b.period}" data-start="${b.start}" data-quad="${b.quad.join(',')}" data-mean="${b.goldsteinMean}">
<td>${b.period}</td>${b.quad.map((n) => html`<td>${n}</td>`)}<td>${b.count}</td><td>${b.goldsteinSum}</td><td>${b.goldsteinMean}</td></tr>`)}</tbody></table></div>
<section><h2>Events</h2>${eventTable(t.events)}</section>`);
}

/**
 * The relation graph page (drawn by web/graph.js from /api/graph).
 *
 * @example
 * graphPage().value.includes('id="graph"'); // true
 */
export function graphPage(from?: string, to?: string): Html {
  const data: Record<string, string> = {};
  if (from) data.from = from;
  if (to) data.to = to;
  return layout({ title: 'Relation graph', page: 'graph', data }, html`
<h1>Relation graph</h1>
<p class="muted">Countries and organisations; an edge's width is the number of events between them, its colour their mean Goldstein (green cooperation, red conflict). Drag nodes; click one to open its page.</p>
<figure id="graph" class="chart graph" aria-label="Relation graph"></figure>
<div id="graph-list" class="small"></div>`);
}

function relationList(title: string, list: Lens['partners']): Html {
  return html`<section class="rel"><h3>${title} (${list.length})</h3>${list.length === 0 ? html`<p class="muted">none in the window</p>` : html`<ul>${list.map((r) => html`<li>
  ${entityLink(`country:${r.country}`, r.name)} ${goldsteinBadge(r.goldsteinMean)} <span class="muted">${r.events} events</span></li>`)}</ul>`}</section>`;
}

const KIND_TITLE = { 'rival-partner': 'rival ↔ partner', 'rival-third': 'rival ↔ third power', 'reported-with': `reported with the focus` } as const;

/**
 * The country lens page, each item with its "why is this here".
 *
 * @example
 * lensPage(await kb.lens('IN')).value.includes('Why is this here'); // true
 */
export function lensPage(l: Lens): Html {
  return layout({ title: `Lens: ${l.name}`, page: 'lens' }, html`
<h1>Lens: ${entityLink(`country:${l.focus}`, l.name)}</h1>
<p class="muted">Window ${l.window.from} – ${l.window.to}. Partners have a mean Goldstein with ${l.name} of at least ${l.method.partnerAtLeast},
rivals at most ${l.method.rivalAtMost}, from ${l.name}'s own events. Items rank by kind × |Goldstein|/10 × recency (half-life ${l.method.halfLifeDays} days) × reports.</p>
<div class="rels">${relationList('Partners', l.partners)}${relationList('Rivals', l.rivals)}${relationList('Neither', l.neutral)}</div>
<h2>What ties ${l.name}'s rivals to others</h2>
${l.items.length === 0 ? html`<p class="muted">Nothing yet: no events in the window tie a rival of ${l.name} to another power, and no article naming ${l.name} reports events between others.</p>` : html`
<ol class="lens">${l.items.map((it) => html`<li class="lens-item k-${it.kind}">
  <div><span class="kind">${KIND_TITLE[it.kind]}</span>
  ${entityLink(`country:${it.source.country}`, it.source.name)} → ${entityLink(`country:${it.target.country}`, it.target.name)}:
  <b>${it.label}</b> <span class="code">CAMEO ${it.code}</span> ${goldsteinBadge(it.goldstein)} <span class="muted">${it.day ?? ''} · score ${it.score}</span>
  <a class="small" href="/pair/${it.source.country}/${it.target.country}">timeline</a></div>
  <details><summary>Why is this here?</summary><p>${it.why}</p></details>
  <ul class="reports">${it.reports.map((r) => html`<li>${articleLink(r.article)}: <q>${r.evidence}</q></li>`)}</ul>
</li>`)}</ol>`}`);
}
