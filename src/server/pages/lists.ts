/** Pages that are mostly lists: home (recent articles), search results, errors. */
import type { ArticleList, EntitySummary } from '../../kb/types.ts';
import type { SearchResult } from '../../store/types.ts';
import { html, type Html } from '../html.ts';
import { articleLink, entityLink } from './common.ts';
import { layout } from './layout.ts';

/**
 * The home page: the latest articles, a page at a time.
 *
 * @example
 * homePage({ total: 0, articles: [] }, 0, 30).value.includes('No articles'); // true
 */
export function homePage(list: ArticleList, offset: number, limit: number): Html {
  const next = offset + limit < list.total ? html`<a rel="next" href="/?offset=${offset + limit}">older →</a>` : '';
  const prev = offset > 0 ? html`<a rel="prev" href="/?offset=${Math.max(0, offset - limit)}">← newer</a>` : '';
  return layout({ title: 'Articles', page: 'home' }, html`
<h1>Articles <span class="muted">(${list.total})</span></h1>
${list.articles.length === 0 ? html`<p>No articles stored yet. Run <code>khabar ingest FILE…</code>.</p>` : html`<ul class="articles">${list.articles.map((a) => html`<li>
  ${articleLink(a)} <span class="muted">${a.site ?? ''} · ${a.entities} entities · ${a.events} events</span></li>`)}</ul>`}
<nav class="pager">${prev} ${next}</nav>`);
}

function snippetHtml(s: string): Html {
  // The store marks matched words with [ ]; everything else is text.
  const parts = s.split(/(\[[^\][]*\])/g);
  return html`${parts.map((p) => (/^\[[^\][]*\]$/.test(p) ? html`<b>${p.slice(1, -1)}</b>` : p))}`;
}

/**
 * The search page: matching entities and articles (Hindi or Latin script).
 *
 * @example
 * searchPage('', null, []).value.includes('Type a word'); // true
 */
export function searchPage(q: string, result: SearchResult | null, entities: EntitySummary[], error?: string): Html {
  return layout({ title: q ? `Search: ${q}` : 'Search', page: 'search', query: q }, html`
<h1>Search</h1>
${!q ? html`<p>Type a word in Hindi or Latin script: <a href="/search?q=Moscow">Moscow</a>, <a href="/search?q=${'समझौता'}">समझौता</a>.</p>` : ''}
${error ? html`<p class="error">${error}</p>` : ''}
${entities.length ? html`<h2>Entities</h2><ul class="ents">${entities.map((e) => html`<li>${entityLink(e.key, e.name, `m m-${e.type.toLowerCase()}`)} <span class="muted">${e.kind ?? e.type.toLowerCase()} · ${e.articles} articles</span></li>`)}</ul>` : ''}
${result ? html`<h2>Articles <span class="muted">(${result.total})</span></h2>
<ol class="hits">${result.hits.map((h) => html`<li>${articleLink({ id: h.id, title: h.title, site: h.site, url: h.url, day: h.published?.slice(0, 10) ?? null })}
  <p class="snippet">${snippetHtml(h.snippet)}</p></li>`)}</ol>` : ''}`);
}

/**
 * An error page.
 *
 * @example
 * errorPage(404, 'KHABAR_ERR_NOT_FOUND', 'no such article').value.includes('404'); // true
 */
export function errorPage(status: number, code: string, message: string): Html {
  return layout({ title: `Error ${status}`, page: 'error' }, html`<h1>Error ${status}</h1><p class="error">${message} <code>${code}</code></p><p><a href="/">Back to the articles</a></p>`);
}
