/**
 * The country lens, as pure functions over rows any backend can fetch: stances from the focus
 * country's own events, then the events that tie its rivals to its partners or to third
 * powers, ranked by Goldstein weight and recency. The method is described in README.md, "The country lens, in plain words".
 */
import { countryName } from './keys.ts';
import { daysBetween } from './period.ts';
import type { ArticleRef, DayWindow, Lens, LensItem, LensKind, Relation, Stance } from './types.ts';

/** A country is a partner when its mean Goldstein with F is at least this. */
export const PARTNER_AT_LEAST = 1;
/** A country is a rival when its mean Goldstein with F is at most this. */
export const RIVAL_AT_MOST = -1;
/** Recency halves every this many days before the window's end. */
export const HALF_LIFE_DAYS = 90;
/** How much each kind of tie counts. */
export const KIND_WEIGHTS: Record<LensKind, number> = { 'rival-partner': 1, 'rival-third': 0.7, 'reported-with': 0.4 };

/** Events of F with one other country: count and mean Goldstein. */
export interface RelationRow {
  country: string;
  events: number;
  goldsteinMean: number;
}

/** An event between two countries other than F, as fetched for ranking. */
export interface CandidateRow {
  articleId: number;
  index: number;
  source: string;
  target: string;
  code: string;
  root: string;
  label: string;
  quad: number;
  goldstein: number;
  day: string | null;
  article: ArticleRef;
  /** Whether the reporting article names F. */
  namesFocus: boolean;
  /** The first evidence span's text. */
  evidence: string;
}

/**
 * Stance of one relation row.
 *
 * @example
 * stanceOf(-3.2); // 'rival'
 */
export function stanceOf(mean: number): Stance {
  if (mean >= PARTNER_AT_LEAST) return 'partner';
  if (mean <= RIVAL_AT_MOST) return 'rival';
  return 'neutral';
}

const fmt = (g: number) => (g > 0 ? `+${g.toFixed(1)}` : g.toFixed(1));
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function describe(r: Relation, focusName: string, window: DayWindow): string {
  const word = r.stance === 'partner' ? 'a partner' : r.stance === 'rival' ? 'a rival' : 'neither partner nor rival';
  return `${r.name} is ${word} of ${focusName}: ${plural(r.events, 'event')} with ${focusName} from ${window.from} to ${window.to}, mean Goldstein ${fmt(r.goldsteinMean)}.`;
}

/**
 * Builds the lens from the relation rows of F and the candidate events.
 *
 * @example
 * const lens = buildLens('IN', [{ country: 'PK', events: 2, goldsteinMean: -3 }], [], { from: '2024-07-11', to: '2025-07-11' }, 20);
 * lens.rivals[0].country; // 'PK'
 */
export function buildLens(focus: string, relationRows: RelationRow[], candidates: CandidateRow[], window: DayWindow, limit: number): Lens {
  const focusName = countryName(focus);
  const relations = relationRows.map((r): Relation => ({
    country: r.country, name: countryName(r.country), events: r.events, goldsteinMean: r.goldsteinMean, stance: stanceOf(r.goldsteinMean),
  }));
  const byCountry = new Map(relations.map((r) => [r.country, r]));
  const stance = (c: string): Stance | null => byCountry.get(c)?.stance ?? null;

  const groups = new Map<string, { rows: CandidateRow[]; kind: LensKind }>();
  for (const row of candidates) {
    const s = stance(row.source);
    const t = stance(row.target);
    let kind: LensKind | null = null;
    if ((s === 'rival' && t === 'partner') || (s === 'partner' && t === 'rival')) kind = 'rival-partner';
    else if (s === 'rival' || t === 'rival') kind = 'rival-third';
    else if (row.namesFocus) kind = 'reported-with';
    if (!kind) continue;
    const key = `${row.source}>${row.target}:${row.code}:${row.day ?? row.articleId}`;
    const g = groups.get(key);
    if (g) g.rows.push(row); else groups.set(key, { rows: [row], kind });
  }

  const items: LensItem[] = [];
  for (const { rows, kind } of groups.values()) {
    const first = rows[0];
    const age = first.day ? Math.max(0, daysBetween(first.day, window.to)) : daysBetween(window.from, window.to);
    const recency = 0.5 ** (age / HALF_LIFE_DAYS);
    const articles = new Set(rows.map((r) => r.articleId)).size;
    const score = KIND_WEIGHTS[kind] * (Math.abs(first.goldstein) / 10) * recency * (1 + 0.2 * Math.min(articles - 1, 5));
    items.push({
      kind,
      source: { country: first.source, name: countryName(first.source), stance: stance(first.source) },
      target: { country: first.target, name: countryName(first.target), stance: stance(first.target) },
      code: first.code, root: first.root, label: first.label, quad: first.quad, goldstein: first.goldstein, day: first.day,
      score: Math.round(score * 1000) / 1000, recency: Math.round(recency * 1000) / 1000,
      why: why(kind, first, byCountry, focusName, window, articles),
      reports: rows.map((r) => ({ article: r.article, index: r.index, evidence: r.evidence })),
    });
  }
  items.sort((a, b) => b.score - a.score || (b.day ?? '').localeCompare(a.day ?? '') || Math.abs(b.goldstein) - Math.abs(a.goldstein));
  const byMean = (a: Relation, b: Relation) => Math.abs(b.goldsteinMean) - Math.abs(a.goldsteinMean) || b.events - a.events;
  return {
    focus, name: focusName, window,
    method: { partnerAtLeast: PARTNER_AT_LEAST, rivalAtMost: RIVAL_AT_MOST, halfLifeDays: HALF_LIFE_DAYS, weights: KIND_WEIGHTS },
    partners: relations.filter((r) => r.stance === 'partner').sort(byMean),
    rivals: relations.filter((r) => r.stance === 'rival').sort(byMean),
    neutral: relations.filter((r) => r.stance === 'neutral').sort(byMean),
    items: items.slice(0, limit),
  };
}

function why(kind: LensKind, row: CandidateRow, rel: Map<string, Relation>, focusName: string, window: DayWindow, articles: number): string {
  const parts: string[] = [];
  for (const c of [row.source, row.target]) {
    const r = rel.get(c);
    if (r && r.stance !== 'neutral') parts.push(describe(r, focusName, window));
  }
  const what = `${countryName(row.source)} → ${countryName(row.target)}: ${row.label} (CAMEO ${row.code}, Goldstein ${fmt(row.goldstein)})${row.day ? ` on ${row.day}` : ''}, reported by ${plural(articles, 'article')}.`;
  const lead = kind === 'rival-partner'
    ? `A rival of ${focusName} deals with a partner of ${focusName}.`
    : kind === 'rival-third'
      ? `A rival of ${focusName} deals with another power.`
      : `Neither side is a known partner or rival of ${focusName} yet, but the article that reports it names ${focusName}.`;
  return [lead, ...parts, what].join(' ');
}
