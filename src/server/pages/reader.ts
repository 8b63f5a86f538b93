/**
 * The annotated reader: the body with entity mentions highlighted by type, dates and quotes
 * marked, and event evidence marked per event; the events listed beside it with CAMEO label,
 * Goldstein weight and evidence (web/reader.js highlights an event's evidence on click).
 */
import type { Analysis, Entity } from '../../analysis/types.ts';
import { countryName } from '../../kb/keys.ts';
import type { StoredArticle } from '../../store/types.ts';
import { annotateBlock, blocks, sortAnnotations, type Annotation } from '../annotate.ts';
import { escapeHtml, html, raw, safeHttpUrl, type Html } from '../html.ts';
import { entityLink, goldsteinBadge, QUAD_NAMES } from './common.ts';
import { layout } from './layout.ts';

const attr = escapeHtml;

/** The annotations of an analysis, ready for {@link annotateBlock}. */
export function annotations(a: Analysis, keys: Record<string, string>): Annotation[] {
  const list: Annotation[] = [];
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) {
    const who = q.speaker ? byId.get(q.speaker)?.name : q.speakerText;
    list.push({ start: q.start, end: q.end, rank: 0, open: `<span class="quote" title="${attr(who ? `quote: ${who}` : 'quote')}">`, close: '</span>' });
  }
  a.events.forEach((ev, i) => {
    for (const s of ev.evidence) list.push({ start: s.start, end: s.end, rank: 1, open: `<mark class="ev" data-ev="${i}">`, close: '</mark>' });
  });
  for (const d of a.dates) {
    const title = d.value ? `date: ${d.value}${d.qualifier ? ` (${d.qualifier})` : ''}` : 'date (unresolved)';
    list.push({ start: d.start, end: d.end, rank: 2, open: `<span class="date" title="${attr(title)}">`, close: '</span>' });
  }
  for (const e of a.entities) {
    const href = `/entity/${encodeURIComponent(keys[e.id] ?? '')}`;
    const title = `${e.type.toLowerCase()}${e.kind ? ` (${e.kind})` : ''}: ${e.name}`;
    for (const m of e.mentions) {
      list.push({ start: m.start, end: m.end, rank: 3, open: `<a class="m m-${e.type.toLowerCase()}" href="${attr(href)}" title="${attr(title)}">`, close: '</a>' });
    }
  }
  return sortAnnotations(list);
}

/** The body as paragraphs and headings with every annotation. */
export function annotatedBody(a: Analysis, keys: Record<string, string>): Html {
  const anns = annotations(a, keys);
  const headings = new Set(a.headings.map((h) => `${h.start}:${h.end}`));
  const out: string[] = [];
  blocks(a.body).forEach((b, i) => {
    const inner = annotateBlock(a.body, b, anns);
    const isTitle = i === 0 && a.title !== null && a.body.slice(b.start, b.end).trim() === a.title.trim();
    const tag = isTitle ? 'h1' : headings.has(`${b.start}:${b.end}`) ? 'h2' : 'p';
    out.push(`<${tag} data-start="${b.start}">${inner}</${tag}>`);
  });
  return raw(out.join('\n'));
}

function actorName(a: Analysis, side: { entity: string | null; country: string | null } | null, keys: Record<string, string>): Html {
  if (!side) return html`<span class="muted">—</span>`;
  const ent = side.entity ? a.entities.find((e) => e.id === side.entity) : undefined;
  if (ent) return entityLink(keys[ent.id] ?? '', ent.name);
  return side.country ? entityLink(`country:${side.country}`, countryName(side.country)) : html`<span class="muted">—</span>`;
}

function eventList(a: Analysis, keys: Record<string, string>): Html {
  if (a.events.length === 0) return html`<p class="muted">No events coded in this article.</p>`;
  return html`<ol class="events">${a.events.map((ev, i) => html`<li>
    <button type="button" class="event q${ev.quad}" data-ev="${i}" aria-pressed="false">
      <span class="ev-label">${ev.label}</span> <span class="code">CAMEO ${ev.code}</span> ${goldsteinBadge(ev.goldstein)}
    </button>
    <div class="ev-actors">${actorName(a, ev.source, keys)} → ${actorName(a, ev.target, keys)}
      <span class="muted">· ${QUAD_NAMES[ev.quad] ?? ''}${ev.date ? ` · ${ev.date}` : ''}${ev.place ? ` · ${a.entities.find((e) => e.id === ev.place)?.name ?? ''}` : ''}</span></div>
    <div class="ev-evidence">${ev.evidence.map((s) => html`<q>${a.body.slice(s.start, s.end)}</q> `)}</div>
    ${ev.source?.country && ev.target?.country && ev.source.country !== ev.target.country
      ? html`<a class="small" href="/pair/${ev.source.country}/${ev.target.country}">timeline ${ev.source.country}–${ev.target.country}</a>` : ''}
  </li>`)}</ol>`;
}

function entityList(a: Analysis, keys: Record<string, string>): Html {
  const groups: [string, Entity[]][] = (['PERSON', 'ORGANIZATION', 'LOCATION'] as const).map((t) => [t, a.entities.filter((e) => e.type === t)]);
  return html`${groups.filter(([, l]) => l.length).map(([t, l]) => html`<h3>${t.toLowerCase()}</h3><ul class="ents">${l.map((e) => html`<li>
    ${entityLink(keys[e.id] ?? '', e.name, `m m-${t.toLowerCase()}`)} <span class="muted">×${e.mentions.length}${e.roles.length ? ` · ${e.roles.join(', ')}` : ''}${e.country ? ` · ${e.country}` : ''}</span></li>`)}</ul>`)}`;
}

/**
 * The reader page of a stored article.
 *
 * @example
 * readerPage(await store.getArticle(1), await kb.articleEntityKeys(1)).value.includes('class="ev"'); // true when it has events
 */
export function readerPage(article: StoredArticle, keys: Record<string, string>): Html {
  const a = article.analysis;
  const m = article.meta;
  const link = safeHttpUrl(m.canonicalUrl ?? m.url);
  const day = m.published?.slice(0, 10) ?? a.anchorDate;
  const title = m.title ?? a.title ?? `article ${article.id}`;
  const bodyHasTitle = a.title !== null && a.body.trimStart().startsWith(a.title.trim());
  return layout({ title, page: 'reader', data: { article: String(article.id) } }, html`
<article class="reader">
  <div class="meta">${m.site ?? ''} ${day ? html`<time>${day}</time>` : ''} <span class="muted">· pipeline ${article.pipeline} · ${a.language.code}</span></div>
  ${bodyHasTitle ? '' : html`<h1>${title}</h1>`}
  <div class="legend"><span class="m m-person">person</span> <span class="m m-organization">organisation</span> <span class="m m-location">place</span> <span class="date">date</span> <span class="quote">quote</span> <span class="ev-legend">evidence</span></div>
  <div class="body" lang="${a.language.code}">${annotatedBody(a, keys)}</div>
  ${link ? html`<p class="source">Read more at <a href="${link}" rel="noopener noreferrer nofollow">${new URL(link).hostname}</a></p>` : m.site ? html`<p class="source">Source: ${m.site}</p>` : ''}
</article>
<aside class="side">
  <section><h2>Events (${a.events.length})</h2>${eventList(a, keys)}</section>
  <section><h2>Entities (${a.entities.length})</h2>${entityList(a, keys)}</section>
</aside>`);
}
