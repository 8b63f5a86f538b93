/**
 * Scores of the cleaning layer against gold: title, sub-headings, boilerplate removal, related
 * stories, source site and language.
 */

import type { Analysis } from '../../analysis/types.ts';
import type { GoldArticle } from '../gold.ts';
import { normalizeSite, normalizeText } from '../normalize.ts';
import type { Counts } from './counts.ts';

export interface TitleScore {
  gold: string | null;
  output: string | null;
  right: boolean;
}

export interface HeadingsScore extends Counts {
  missed: string[];
  spurious: string[];
}

export interface BoilerplateScore {
  total: number;
  removed: number;
  /** Gold boilerplate strings still found in the cleaned body. */
  remaining: string[];
}

export interface RelatedScore {
  total: number;
  found: number;
  missed: string[];
  /** Output related titles that match no gold one (listed, not scored). */
  extra: string[];
}

/** `right` is null where the gold names no source (not scored). */
export interface SourceScore {
  gold: string | null;
  output: string | null;
  right: boolean | null;
}

export interface LanguageScore {
  gold: string;
  output: string;
  right: boolean;
}

/**
 * Title: right when both normalised strings are equal, or both are null.
 *
 * @example
 * scoreTitle({ title: 'रूस  ने' } as GoldArticle, { title: 'रूस ने' } as Analysis).right; // true
 */
export function scoreTitle(gold: GoldArticle, out: Analysis): TitleScore {
  const g = gold.title === null ? null : normalizeText(gold.title);
  const o = out.title === null || out.title === undefined ? null : normalizeText(out.title);
  return { gold: g, output: o, right: g === o };
}

/**
 * Headings: precision and recall over the sets of normalised heading strings.
 *
 * @example
 * scoreHeadings({ headings: ['क्या कहा?'] } as GoldArticle, { headings: [] } as unknown as Analysis).fn; // 1
 */
export function scoreHeadings(gold: GoldArticle, out: Analysis): HeadingsScore {
  const g = new Set(gold.headings.map(normalizeText));
  const o = new Set((out.headings ?? []).map((h) => normalizeText(h.text)));
  const missed = [...g].filter((h) => !o.has(h));
  const spurious = [...o].filter((h) => !g.has(h));
  return { tp: g.size - missed.length, fp: spurious.length, fn: missed.length, missed, spurious };
}

/**
 * Boilerplate: the share of gold boilerplate strings absent from the normalised body.
 *
 * @example
 * scoreBoilerplate({ boilerplate: ['Read More at'] } as GoldArticle, { body: 'खबर' } as Analysis).removed; // 1
 */
export function scoreBoilerplate(gold: GoldArticle, out: Analysis): BoilerplateScore {
  const body = normalizeText(out.body ?? '');
  const remaining = gold.boilerplate.filter((b) => body.includes(normalizeText(b)));
  return { total: gold.boilerplate.length, removed: gold.boilerplate.length - remaining.length, remaining };
}

/**
 * Related stories: a gold title (or title prefix) is found when an output related title equals
 * it or starts with it, after normalisation.
 *
 * @example
 * scoreRelated({ related: ['डीके शिवकुमार बोले'] } as GoldArticle,
 *   { related: [{ title: 'डीके शिवकुमार बोले- ‘पार्टी…’', url: null }] } as Analysis).found; // 1
 */
export function scoreRelated(gold: GoldArticle, out: Analysis): RelatedScore {
  const titles = (out.related ?? []).map((r) => normalizeText(r.title));
  const golds = gold.related.map(normalizeText);
  const missed = golds.filter((g) => !titles.some((t) => t.startsWith(g)));
  const extra = titles.filter((t) => !golds.some((g) => t.startsWith(g)));
  return { total: golds.length, found: golds.length - missed.length, missed, extra };
}

/**
 * Source: site equality (lower case, no scheme, no `www.`, no trailing slash), scored only
 * where the gold names a source.
 *
 * @example
 * scoreSource({ source: 'abplive.com' } as GoldArticle, { source: { site: 'www.abplive.com' } } as Analysis).right; // true
 */
export function scoreSource(gold: GoldArticle, out: Analysis): SourceScore {
  const o = out.source?.site ? normalizeSite(out.source.site) : null;
  if (gold.source === null) return { gold: null, output: o, right: null };
  const g = normalizeSite(gold.source);
  return { gold: g, output: o, right: g === o };
}

/**
 * Language: the ISO 639-1 codes are equal (case-insensitive).
 *
 * @example
 * scoreLanguage({ language: 'hi' } as GoldArticle, { language: { code: 'hi', confidence: 1 } } as Analysis).right; // true
 */
export function scoreLanguage(gold: GoldArticle, out: Analysis): LanguageScore {
  const o = out.language?.code ?? 'und';
  return { gold: gold.language, output: o, right: gold.language.toLowerCase() === o.toLowerCase() };
}
