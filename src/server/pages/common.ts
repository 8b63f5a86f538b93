/** Small pieces several pages share: QuadClass names, Goldstein badges, entity links. */
import { countryName } from '../../kb/keys.ts';
import type { ArticleRef, EventSide } from '../../kb/types.ts';
import { html, type Html } from '../html.ts';

export const QUAD_NAMES = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

/**
 * A Goldstein weight as a coloured badge (+ cooperation, − conflict).
 *
 * @example
 * goldsteinBadge(8).value; // '<span class="gs gs-pos" title="Goldstein scale, −10 conflict … +10 cooperation">+8.0</span>'
 */
export function goldsteinBadge(g: number): Html {
  const cls = g > 0 ? 'gs-pos' : g < 0 ? 'gs-neg' : 'gs-zero';
  return html`<span class="gs ${cls}" title="Goldstein scale, −10 conflict … +10 cooperation">${g > 0 ? '+' : ''}${g.toFixed(1)}</span>`;
}

/**
 * Link to an entity page.
 *
 * @example
 * entityLink('country:IN', 'India').value; // '<a href="/entity/country%3AIN">India</a>'
 */
export function entityLink(key: string, label: string, cls = ''): Html {
  return html`<a${cls ? html` class="${cls}"` : ''} href="/entity/${encodeURIComponent(key)}">${label}</a>`;
}

/**
 * One side of an event, linked (entity name and its country).
 *
 * @example
 * sideLabel({ country: 'PK', entity: null }).value; // '<a href="/entity/country%3APK">Pakistan</a>'
 */
export function sideLabel(side: EventSide | null): Html {
  if (!side) return html`<span class="muted">—</span>`;
  if (side.entity) {
    const country = side.country && !side.entity.key.startsWith('country:') ? html` <span class="muted">(${side.country})</span>` : '';
    return html`${entityLink(side.entity.key, side.entity.name)}${country}`;
  }
  return side.country ? entityLink(`country:${side.country}`, countryName(side.country)) : html`<span class="muted">—</span>`;
}

/**
 * Link to the reader of an article, with its day.
 *
 * @example
 * articleLink({ id: 2, title: 'रूस', site: null, url: null, day: '2025-07-11' }).value; // '<a href="/article/2">रूस</a> <span class="muted">2025-07-11</span>'
 */
export function articleLink(a: ArticleRef): Html {
  return html`<a href="/article/${a.id}">${a.title ?? `article ${a.id}`}</a>${a.day ? html` <span class="muted">${a.day}</span>` : ''}`;
}
