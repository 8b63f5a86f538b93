/**
 * Totals over articles: counts are summed (micro-averaging), then turned into rates, so an
 * article with many entities weighs more than one with few.
 */

import { ratio, rates, type Counts, type Rates } from './counts.ts';
import type { ArticleScore } from './article.ts';

export interface Fraction {
  right: number;
  total: number;
  rate: number | null;
}

export interface PrfTotals extends Counts, Rates {}

export interface Totals {
  articles: number;
  title: Fraction;
  headings: PrfTotals;
  /** Gold boilerplate strings removed from the body. */
  boilerplate: Fraction;
  /** Gold related titles found. */
  related: Fraction;
  /** Over articles whose gold names a source. */
  source: Fraction;
  language: Fraction;
  entities: PrfTotals & { attributes: { code: Fraction; kind: Fraction; country: Fraction; role: Fraction } };
  dates: {
    gold: number; found: number; right: number; spurious: number; repeats: number; unresolved: number;
    /** found / gold */
    mentionRecall: number | null;
    /** right / gold: a date not found is not right. */
    valueAccuracy: number | null;
    /** right / found */
    valueAccuracyFound: number | null;
    /** found / (found + spurious) */
    precision: number | null;
  };
  quotes: {
    gold: number; found: number; speakerRight: number; spurious: number;
    /** found / gold */
    recall: number | null;
    /** found / (found + spurious) */
    precision: number | null;
    /** speakerRight / gold */
    speakerAccuracy: number | null;
    /** speakerRight / found */
    speakerAccuracyFound: number | null;
  };
  events: PrfTotals & { optionalMatched: number };
}

const fraction = (right: number, total: number): Fraction => ({ right, total, rate: ratio(right, total) });
const prf = (c: Counts): PrfTotals => ({ ...c, ...rates(c) });
const sum = (xs: ArticleScore[], f: (a: ArticleScore) => number) => xs.reduce((n, a) => n + f(a), 0);
const sumCounts = (xs: ArticleScore[], f: (a: ArticleScore) => Counts): Counts =>
  ({ tp: sum(xs, (a) => f(a).tp), fp: sum(xs, (a) => f(a).fp), fn: sum(xs, (a) => f(a).fn) });

/**
 * Sums the article scores into totals.
 *
 * @example
 * totals([scoreArticle(gold, analysis)]).entities.f1;
 */
export function totals(xs: ArticleScore[]): Totals {
  const attr = (k: 'code' | 'kind' | 'country' | 'role') =>
    fraction(sum(xs, (a) => a.entities.attributes[k].right), sum(xs, (a) => a.entities.attributes[k].total));
  const d = {
    gold: sum(xs, (a) => a.dates.gold), found: sum(xs, (a) => a.dates.found), right: sum(xs, (a) => a.dates.right),
    spurious: sum(xs, (a) => a.dates.spurious), repeats: sum(xs, (a) => a.dates.repeats),
    unresolved: sum(xs, (a) => a.dates.unresolved.length),
  };
  const q = {
    gold: sum(xs, (a) => a.quotes.gold), found: sum(xs, (a) => a.quotes.found),
    speakerRight: sum(xs, (a) => a.quotes.speakerRight), spurious: sum(xs, (a) => a.quotes.spurious),
  };
  const scoredSources = xs.filter((a) => a.source.right !== null);
  return {
    articles: xs.length,
    title: fraction(sum(xs, (a) => (a.title.right ? 1 : 0)), xs.length),
    headings: prf(sumCounts(xs, (a) => a.headings)),
    boilerplate: fraction(sum(xs, (a) => a.boilerplate.removed), sum(xs, (a) => a.boilerplate.total)),
    related: fraction(sum(xs, (a) => a.related.found), sum(xs, (a) => a.related.total)),
    source: fraction(scoredSources.filter((a) => a.source.right).length, scoredSources.length),
    language: fraction(sum(xs, (a) => (a.language.right ? 1 : 0)), xs.length),
    entities: {
      ...prf(sumCounts(xs, (a) => a.entities)),
      attributes: { code: attr('code'), kind: attr('kind'), country: attr('country'), role: attr('role') },
    },
    dates: {
      ...d,
      mentionRecall: ratio(d.found, d.gold),
      valueAccuracy: ratio(d.right, d.gold),
      valueAccuracyFound: ratio(d.right, d.found),
      precision: ratio(d.found, d.found + d.spurious),
    },
    quotes: {
      ...q,
      recall: ratio(q.found, q.gold),
      precision: ratio(q.found, q.found + q.spurious),
      speakerAccuracy: ratio(q.speakerRight, q.gold),
      speakerAccuracyFound: ratio(q.speakerRight, q.found),
    },
    events: { ...prf(sumCounts(xs, (a) => a.events)), optionalMatched: sum(xs, (a) => a.events.optionalMatched) },
  };
}
