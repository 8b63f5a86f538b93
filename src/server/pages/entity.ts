/** The entity page: mentions across articles, roles over time, co-occurring entities, events. */
import type { EntityPage, EventRecord } from '../../kb/types.ts';
import { html, type Html } from '../html.ts';
import { articleLink, entityLink, goldsteinBadge, sideLabel } from './common.ts';
import { layout } from './layout.ts';

/**
 * A table of stored events (used by entity and pair pages).
 *
 * @example
 * eventTable([]).value.includes('No events'); // true
 */
export function eventTable(events: EventRecord[]): Html {
  if (events.length === 0) return html`<p class="muted">No events.</p>`;
  return html`<div class="scroll"><table class="evtable"><thead><tr><th>Day</th><th>Source</th><th>Event</th><th>Target</th><th>G</th><th>Article</th></tr></thead>
<tbody>${events.map((e) => html`<tr class="q${e.quad}"><td>${e.day ?? ''}</td><td>${sideLabel(e.source)}</td>
<td>${e.label} <span class="code">${e.code}</span></td><td>${sideLabel(e.target)}</td><td>${goldsteinBadge(e.goldstein)}</td>
<td><a href="/article/${e.articleId}#ev-${e.index}">${e.article.title ?? `article ${e.articleId}`}</a></td></tr>`)}</tbody></table></div>`;
}

/**
 * Renders an entity page.
 *
 * @example
 * entityPage(await kb.entity('country:PK')).value.includes('Pakistan'); // true
 */
export function entityPage(p: EntityPage): Html {
  const e = p.entity;
  const lens = e.code ? html` · <a href="/lens/${e.code}">lens for ${e.name}</a>` : '';
  return layout({ title: e.name, page: 'entity' }, html`
<h1><span class="m m-${e.type.toLowerCase()}">${e.name}</span></h1>
<p class="muted">${e.type.toLowerCase()}${e.kind ? ` · ${e.kind}` : ''}${e.code ? ` · ${e.code}` : ''}${e.country ? ` · ${e.country}` : ''} · ${e.articles} articles · ${e.mentions} mentions${lens}</p>
<section><h2>Written as</h2><p>${p.surfaces.map((s) => html`<span class="chip">${s.text} <span class="muted">×${s.count}</span></span> `)}</p></section>
${p.roles.length ? html`<section><h2>Roles</h2><ul>${p.roles.map((r) => html`<li>${r.role} <span class="muted">${r.first ?? ''}${r.last && r.last !== r.first ? ` – ${r.last}` : ''} · ${r.articles} articles</span></li>`)}</ul></section>` : ''}
<section><h2>Events</h2>${eventTable(p.events)}</section>
<section><h2>Named with</h2><p>${p.cooccurring.map((o) => html`${entityLink(o.key, o.name, `chip m m-${o.type.toLowerCase()}`)} `)}</p></section>
<section><h2>Mentions</h2><ul class="articles">${p.mentions.map((m) => html`<li>${articleLink(m.article)} <span class="muted">×${m.spans.length}</span></li>`)}</ul></section>`);
}
