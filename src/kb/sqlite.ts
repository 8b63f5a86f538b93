/**
 * The knowledge base over the SQLite store's normalised tables (articles, entities, mentions,
 * events). SQL is kept plain (CTEs, CASE, COALESCE, LIKE) so the PostgreSQL version (issue 7)
 * can reuse it; bucketing and ranking happen in TypeScript (period.ts, lens.ts).
 */
import type { Database } from 'better-sqlite3';
import type { EntityType, Span } from '../analysis/types.ts';
import { VersionedMemo } from '../store/sqlite/memo.ts';
import { countryName, entityKey, parseEntityKey } from './keys.ts';
import { buildLens, stanceOf, type CandidateRow, type RelationRow } from './lens.ts';
import { periodOf, resolveWindow } from './period.ts';
import type {
  ArticleList, ArticleQuery, ArticleRef, DayWindow, EntityPage, EntityRef, EntitySummary, EventPage, EventQuery, EventRecord,
  EventSide, Granularity, GraphEdge, GraphNode, GraphQuery, KnowledgeBase, Lens, LensQuery, PairTimeline, RelationGraph,
  TimelineBucket,
} from './types.ts';

type Row = Record<string, unknown>;

/** The SQL expression of an entity's key (see keys.ts), for a table alias. */
const keySql = (t: string) => `CASE WHEN ${t}.code IS NOT NULL AND ${t}.type = 'LOCATION' THEN 'country:' || ${t}.code ELSE lower(${t}.type) || ':' || ${t}.name_lc END`;

/** The day of an event: its own date when the text gives a full day, else its article's day. */
const DAY_SQL = 'CASE WHEN length(ev.date) = 10 THEN ev.date ELSE a.published_date END';

/** Every event with its article and actor entities; wrapped as a subquery `x` so `day` can be filtered. */
const EVENT_BASE = `SELECT ev.article_id, ev.idx, ev.code, ev.root, ev.label, ev.quad, ev.goldstein, ev.source_country, ev.target_country,
  ev.source_entity, ev.target_entity, ev.date, ev.evidence, ev.confidence, a.title, a.site, COALESCE(a.canonical_url, a.url) AS url, a.published_date,
  se.type AS s_type, se.kind AS s_kind, se.name AS s_name, se.code AS s_code,
  te.type AS t_type, te.kind AS t_kind, te.name AS t_name, te.code AS t_code,
  ${DAY_SQL} AS day
  FROM events ev JOIN articles a ON a.id = ev.article_id
  LEFT JOIN entities se ON se.article_id = ev.article_id AND se.eid = ev.source_entity
  LEFT JOIN entities te ON te.article_id = ev.article_id AND te.eid = ev.target_entity`;

const articleRef = (r: Row, id = r.article_id): ArticleRef => ({
  id: id as number, title: (r.title as string) ?? null, site: (r.site as string) ?? null, url: (r.url as string) ?? null,
  day: (r.published_date as string) ?? null,
});

function side(country: unknown, type: unknown, kind: unknown, name: unknown, code: unknown): EventSide | null {
  if (country == null && name == null) return null;
  return {
    country: (country as string) ?? null,
    entity: name == null ? null : { key: entityKey(type as EntityType, kind as string | null, name as string, code as string | null), name: name as string, type: type as EntityType },
  };
}

function eventFromRow(r: Row): EventRecord {
  return {
    articleId: r.article_id as number, index: r.idx as number, code: r.code as string, root: r.root as string, label: r.label as string,
    quad: r.quad as number, goldstein: r.goldstein as number,
    source: side(r.source_country, r.s_type, r.s_kind, r.s_name, r.s_code),
    target: side(r.target_country, r.t_type, r.t_kind, r.t_name, r.t_code),
    date: (r.date as string) ?? null, day: (r.day as string) ?? null, evidence: JSON.parse(r.evidence as string) as Span[],
    confidence: r.confidence as number, article: articleRef(r),
  };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const round = (x: number) => Math.round(x * 100) / 100;

/** Knowledge base reading a khabar SQLite database through a better-sqlite3 handle. */
export class SqliteKnowledgeBase implements KnowledgeBase {
  private readonly db: Database;
  private readonly memo: VersionedMemo;

  /**
   * @example
   * const kb = new SqliteKnowledgeBase(openSqliteStore('khabar.db').db);
   */
  constructor(db: Database) {
    this.db = db;
    this.memo = new VersionedMemo(db);
  }

  /** Memoises a heavy query until the database changes (see VersionedMemo). */
  private cached<T>(key: string, compute: () => T): T {
    return this.memo.get(key, compute);
  }

  async latestDay(): Promise<string | null> {
    return (this.db.prepare('SELECT max(published_date) FROM articles').pluck().get() as string | null) ?? null;
  }

  private async window(w: Partial<DayWindow>): Promise<DayWindow> {
    return resolveWindow(w, w.to ? null : await this.latestDay());
  }

  async articles(q: ArticleQuery): Promise<ArticleList> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.from) { where.push('a.published_date >= ?'); params.push(q.from); }
    if (q.to) { where.push('a.published_date <= ?'); params.push(q.to); }
    if (q.site) { where.push('a.site = ?'); params.push(q.site); }
    if (q.root) { where.push('EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.root = ?)'); params.push(q.root); }
    if (q.entity) {
      const k = parseEntityKey(q.entity);
      if (!k) return { total: 0, articles: [] };
      if (k.code) { where.push("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.code = ? AND e.type = 'LOCATION')"); params.push(k.code); }
      else { where.push('EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = ? AND e.name_lc = ?)'); params.push(k.type, k.nameLc); }
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM articles a ${w}`).pluck().get(...params) as number;
    const rows = this.db.prepare(`SELECT a.id, a.title, a.site, COALESCE(a.canonical_url, a.url) AS url, a.published_date,
      (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS n_entities, (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS n_events
      FROM articles a ${w} ORDER BY CASE WHEN a.published_date IS NULL THEN 1 ELSE 0 END, a.published_date DESC, a.id DESC LIMIT ? OFFSET ?`)
      .all(...params, q.limit ?? 20, q.offset ?? 0) as Row[];
    return { total, articles: rows.map((r) => ({ ...articleRef(r, r.id), entities: r.n_entities as number, events: r.n_events as number })) };
  }

  async articleEntityKeys(articleId: number): Promise<Record<string, string>> {
    const rows = this.db.prepare('SELECT eid, type, kind, name, code FROM entities WHERE article_id = ?').all(articleId) as Row[];
    return Object.fromEntries(rows.map((r) => [r.eid as string, entityKey(r.type as EntityType, r.kind as string | null, r.name as string, r.code as string | null)]));
  }

  async findEntities(q: string, limit = 20): Promise<EntitySummary[]> {
    const text = q.trim();
    if (!text) return [];
    const lc = text.toLowerCase();
    const rows = this.db.prepare(`SELECT ${keySql('e')} AS k, min(e.type) AS type, min(e.kind) AS kind, max(e.name) AS name, min(e.code) AS code,
      max(e.country) AS country, count(DISTINCT e.article_id) AS articles,
      sum((SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id AND m.eid = e.eid)) AS mentions
      FROM entities e
      WHERE e.name_lc LIKE ? OR e.name_lc LIKE ? OR e.code = ?
        OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = e.article_id AND m.eid = e.eid AND m.text >= ? AND m.text < ?)
      GROUP BY ${keySql('e')} ORDER BY articles DESC, mentions DESC LIMIT ?`)
      .all(`${lc}%`, `% ${lc}%`, text.toUpperCase(), text, `${text}\uffff`, limit) as Row[];
    return rows.map((r) => ({
      key: r.k as string, type: r.type as EntityType, kind: (r.kind as string) ?? null, name: r.name as string, code: (r.code as string) ?? null,
      country: (r.country as string) ?? null, articles: r.articles as number, mentions: r.mentions as number,
    }));
  }

  /** SQL (and its parameters) selecting the (article_id, eid) rows of one entity key. */
  private matchEntity(key: string): { sql: string; params: unknown[] } | null {
    const k = parseEntityKey(key);
    if (!k) return null;
    if (k.code) return { sql: "SELECT article_id, eid FROM entities WHERE code = ? AND type = 'LOCATION'", params: [k.code] };
    return { sql: 'SELECT article_id, eid FROM entities WHERE type = ? AND name_lc = ?', params: [k.type, k.nameLc] };
  }

  async entity(key: string): Promise<EntityPage | null> {
    const m = this.matchEntity(key);
    if (!m) return null;
    const k = parseEntityKey(key)!;
    const db = this.db;
    const rows = db.prepare(`WITH m AS (${m.sql}) SELECT e.article_id, e.eid, e.type, e.kind, e.name, e.code, e.country, e.roles,
      a.title, a.site, COALESCE(a.canonical_url, a.url) AS url, a.published_date
      FROM m JOIN entities e ON e.article_id = m.article_id AND e.eid = m.eid JOIN articles a ON a.id = e.article_id
      ORDER BY CASE WHEN a.published_date IS NULL THEN 1 ELSE 0 END, a.published_date DESC, a.id DESC`).all(...m.params) as Row[];
    if (rows.length === 0) return null;
    const most = (f: (r: Row) => unknown) => {
      const c = new Map<unknown, number>();
      for (const r of rows) { const v = f(r); if (v != null) c.set(v, (c.get(v) ?? 0) + 1); }
      return [...c].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    };
    const spans = db.prepare(`WITH m AS (${m.sql}) SELECT mm.article_id, mm.start, mm.end, mm.text FROM m
      JOIN mentions mm ON mm.article_id = m.article_id AND mm.eid = m.eid ORDER BY mm.article_id, mm.start`).all(...m.params) as Row[];
    const byArticle = new Map<number, { start: number; end: number; text: string }[]>();
    const surfaces = new Map<string, number>();
    for (const s of spans) {
      const list = byArticle.get(s.article_id as number) ?? [];
      list.push({ start: s.start as number, end: s.end as number, text: s.text as string });
      byArticle.set(s.article_id as number, list);
      surfaces.set(s.text as string, (surfaces.get(s.text as string) ?? 0) + 1);
    }
    const roles = new Map<string, { role: string; first: string | null; last: string | null; articles: number }>();
    for (const r of rows) {
      for (const role of JSON.parse(r.roles as string) as string[]) {
        const day = (r.published_date as string) ?? null;
        const cur = roles.get(role) ?? { role, first: day, last: day, articles: 0 };
        cur.articles++;
        if (day && (!cur.first || day < cur.first)) cur.first = day;
        if (day && (!cur.last || day > cur.last)) cur.last = day;
        roles.set(role, cur);
      }
    }
    const co = db.prepare(`WITH m AS (${m.sql}) SELECT ${keySql('o')} AS k, min(o.type) AS type, min(o.kind) AS kind, max(o.name) AS name,
      min(o.code) AS code, max(o.country) AS country, count(DISTINCT o.article_id) AS articles
      FROM m JOIN entities o ON o.article_id = m.article_id AND o.eid <> m.eid
      GROUP BY ${keySql('o')} ORDER BY articles DESC, name LIMIT 30`).all(...m.params) as Row[];
    const first = rows[0];
    const entity: EntitySummary = {
      key, type: k.type, kind: (most((r) => r.kind) as string) ?? null, name: (most((r) => r.name) as string) ?? (first.name as string),
      code: k.code, country: (most((r) => r.country) as string) ?? null,
      articles: new Set(rows.map((r) => r.article_id)).size, mentions: spans.length,
    };
    const events = k.code
      ? (db.prepare(`SELECT * FROM (${EVENT_BASE}) x WHERE x.source_country = ? OR x.target_country = ?
          ORDER BY CASE WHEN x.day IS NULL THEN 1 ELSE 0 END, x.day DESC, x.article_id DESC, x.idx LIMIT 100`).all(k.code, k.code) as Row[])
      : (db.prepare(`WITH m AS (${m.sql}) SELECT x.* FROM (${EVENT_BASE}) x
          JOIN m ON m.article_id = x.article_id AND (m.eid = x.source_entity OR m.eid = x.target_entity)
          ORDER BY CASE WHEN x.day IS NULL THEN 1 ELSE 0 END, x.day DESC, x.article_id DESC, x.idx LIMIT 100`).all(...m.params) as Row[]);
    return {
      entity,
      surfaces: [...surfaces].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count).slice(0, 20),
      mentions: rows.slice(0, 50).map((r) => ({ article: articleRef(r), spans: byArticle.get(r.article_id as number) ?? [] })),
      roles: [...roles.values()].sort((a, b) => b.articles - a.articles),
      cooccurring: co.map((r): EntityRef & { articles: number } => ({
        key: r.k as string, type: r.type as EntityType, kind: (r.kind as string) ?? null, name: r.name as string,
        code: (r.code as string) ?? null, country: (r.country as string) ?? null, articles: r.articles as number,
      })),
      events: events.map(eventFromRow),
    };
  }

  async events(q: EventQuery): Promise<EventPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    const actors = q.actors ?? [];
    if (actors.length === 1) { where.push('(x.source_country = ? OR x.target_country = ?)'); params.push(actors[0], actors[0]); }
    else if (actors.length > 1) {
      where.push(`x.source_country IN (${placeholders(actors.length)}) AND x.target_country IN (${placeholders(actors.length)}) AND x.source_country <> x.target_country`);
      params.push(...actors, ...actors);
    }
    if (q.codes?.length) { where.push(`(${q.codes.map(() => 'x.code LIKE ?').join(' OR ')})`); params.push(...q.codes.map((c) => `${c}%`)); }
    if (q.quad) { where.push('x.quad = ?'); params.push(q.quad); }
    if (q.from) { where.push('x.day >= ?'); params.push(q.from); }
    if (q.to) { where.push('x.day <= ?'); params.push(q.to); }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM (${EVENT_BASE}) x ${w}`).pluck().get(...params) as number;
    const rows = this.db.prepare(`SELECT * FROM (${EVENT_BASE}) x ${w}
      ORDER BY CASE WHEN x.day IS NULL THEN 1 ELSE 0 END, x.day DESC, x.article_id DESC, x.idx LIMIT ? OFFSET ?`)
      .all(...params, q.limit ?? 50, q.offset ?? 0) as Row[];
    return { total, events: rows.map(eventFromRow) };
  }

  async pairTimeline(a: string, b: string, by: Granularity, w: Partial<DayWindow> = {}): Promise<PairTimeline> {
    const window = await this.window(w);
    return this.cached(`timeline:${a}:${b}:${by}:${window.from}:${window.to}`, () => {
      const rows = this.db.prepare(`SELECT * FROM (${EVENT_BASE}) x
        WHERE ((x.source_country = ? AND x.target_country = ?) OR (x.source_country = ? AND x.target_country = ?))
          AND x.day >= ? AND x.day <= ? ORDER BY x.day DESC, x.article_id DESC, x.idx`).all(a, b, b, a, window.from, window.to) as Row[];
      const buckets = new Map<string, TimelineBucket>();
      let sum = 0;
      for (const r of rows) {
        const { period, start } = periodOf(r.day as string, by);
        const bk = buckets.get(period) ?? { period, start, count: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0 };
        bk.count++;
        const q = r.quad as number;
        if (q >= 1 && q <= 4) bk.quad[q - 1]++;
        bk.goldsteinSum += r.goldstein as number;
        sum += r.goldstein as number;
        buckets.set(period, bk);
      }
      const list = [...buckets.values()].sort((x, y) => x.start.localeCompare(y.start));
      for (const bk of list) { bk.goldsteinSum = round(bk.goldsteinSum); bk.goldsteinMean = round(bk.goldsteinSum / bk.count); }
      return {
        a, b, by, window, total: rows.length, goldsteinMean: rows.length ? round(sum / rows.length) : null,
        buckets: list, events: rows.slice(0, 100).map(eventFromRow),
      };
    });
  }

  async graph(q: GraphQuery = {}): Promise<RelationGraph> {
    const window = await this.window(q);
    const maxEdges = q.maxEdges ?? 150;
    const minCount = q.minCount ?? 1;
    return this.cached(`graph:${window.from}:${window.to}:${maxEdges}:${minCount}`, () => {
      const node = (t: string, c: string) => `CASE WHEN ${t}.type = 'ORGANIZATION' THEN 'organization:' || ${t}.name_lc ELSE ev.${c} END`;
      const rows = this.db.prepare(`SELECT s, t, count(*) AS n, avg(goldstein) AS mean, max(s_name) AS s_name, max(t_name) AS t_name FROM (
          SELECT ${node('se', 'source_country')} AS s, ${node('te', 'target_country')} AS t, ev.goldstein,
            CASE WHEN se.type = 'ORGANIZATION' THEN se.name END AS s_name, CASE WHEN te.type = 'ORGANIZATION' THEN te.name END AS t_name
          FROM events ev JOIN articles a ON a.id = ev.article_id
          LEFT JOIN entities se ON se.article_id = ev.article_id AND se.eid = ev.source_entity
          LEFT JOIN entities te ON te.article_id = ev.article_id AND te.eid = ev.target_entity
          WHERE ${DAY_SQL} >= ? AND ${DAY_SQL} <= ?) x
        WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t GROUP BY s, t`).all(window.from, window.to) as Row[];
      const edges = new Map<string, { source: string; target: string; count: number; sum: number }>();
      const labels = new Map<string, string>();
      for (const r of rows) {
        const [s, t] = [r.s as string, r.t as string].sort();
        const e = edges.get(`${s}|${t}`) ?? { source: s, target: t, count: 0, sum: 0 };
        e.count += r.n as number;
        e.sum += (r.mean as number) * (r.n as number);
        edges.set(`${s}|${t}`, e);
        if (r.s_name) labels.set(r.s as string, r.s_name as string);
        if (r.t_name) labels.set(r.t as string, r.t_name as string);
      }
      const kept: GraphEdge[] = [...edges.values()].filter((e) => e.count >= minCount)
        .sort((x, y) => y.count - x.count || x.source.localeCompare(y.source)).slice(0, maxEdges)
        .map((e) => ({ source: e.source, target: e.target, count: e.count, goldsteinMean: round(e.sum / e.count) }));
      const nodes = new Map<string, GraphNode>();
      for (const e of kept) {
        for (const id of [e.source, e.target]) {
          const n = nodes.get(id) ?? {
            id, type: id.startsWith('organization:') ? 'organization' as const : 'country' as const,
            label: labels.get(id) ?? (id.startsWith('organization:') ? id.slice(13) : countryName(id)), events: 0,
          };
          n.events += e.count;
          nodes.set(id, n);
        }
      }
      return { window, nodes: [...nodes.values()], edges: kept };
    });
  }

  async lens(focus: string, q: LensQuery = {}): Promise<Lens> {
    const window = await this.window(q);
    const limit = q.limit ?? 30;
    return this.cached(`lens:${focus}:${window.from}:${window.to}:${limit}`, () => this.computeLens(focus, window, limit));
  }

  private computeLens(focus: string, window: DayWindow, limit: number): Lens {
    const db = this.db;
    const relations = db.prepare(`SELECT other, count(*) AS n, avg(goldstein) AS mean FROM (
        SELECT CASE WHEN ev.source_country = ? THEN ev.target_country ELSE ev.source_country END AS other, ev.goldstein, ${DAY_SQL} AS day
        FROM events ev JOIN articles a ON a.id = ev.article_id
        WHERE (ev.source_country = ? OR ev.target_country = ?) AND ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL
          AND ev.source_country <> ev.target_country) x
      WHERE x.day >= ? AND x.day <= ? GROUP BY other ORDER BY n DESC`).all(focus, focus, focus, window.from, window.to) as Row[];
    const relationRows: RelationRow[] = relations.map((r) => ({ country: r.other as string, events: r.n as number, goldsteinMean: round(r.mean as number) }));
    const rivals = relationRows.filter((r) => stanceOf(r.goldsteinMean) === 'rival').map((r) => r.country);
    const rivalSql = rivals.length ? `x.source_country IN (${placeholders(rivals.length)}) OR x.target_country IN (${placeholders(rivals.length)}) OR ` : '';
    const rows = db.prepare(`SELECT x.* FROM (${EVENT_BASE}) x
      WHERE x.source_country IS NOT NULL AND x.target_country IS NOT NULL AND x.source_country <> x.target_country
        AND x.source_country <> ? AND x.target_country <> ? AND x.day >= ? AND x.day <= ?
        AND (${rivalSql}EXISTS (SELECT 1 FROM entities f WHERE f.article_id = x.article_id AND f.code = ? AND f.type = 'LOCATION'))
      ORDER BY x.day DESC LIMIT 5000`).all(focus, focus, window.from, window.to, ...rivals, ...rivals, focus) as Row[];
    const focusIn = db.prepare("SELECT 1 FROM entities WHERE article_id = ? AND code = ? AND type = 'LOCATION' LIMIT 1").pluck();
    const spans = new Map<string, Span[]>();
    const candidates: CandidateRow[] = rows.map((r) => {
      spans.set(`${r.article_id}:${r.idx}`, JSON.parse(r.evidence as string) as Span[]);
      return {
        articleId: r.article_id as number, index: r.idx as number, source: r.source_country as string, target: r.target_country as string,
        code: r.code as string, root: r.root as string, label: r.label as string, quad: r.quad as number, goldstein: r.goldstein as number,
        day: (r.day as string) ?? null, article: articleRef(r), namesFocus: focusIn.get(r.article_id, focus) !== undefined, evidence: '',
      };
    });
    const lens = buildLens(focus, relationRows, candidates, window, limit);
    const body = db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
    const bodies = new Map<number, string>();
    for (const item of lens.items) {
      for (const rep of item.reports) {
        const span = spans.get(`${rep.article.id}:${rep.index}`)?.[0];
        if (!span) continue;
        if (!bodies.has(rep.article.id)) bodies.set(rep.article.id, body.get(rep.article.id) as string);
        rep.evidence = sentenceAround(bodies.get(rep.article.id)!, span);
      }
    }
    return lens;
  }
}

/**
 * The sentence-ish window of the body around a span (up to the nearest danda/full stop or line
 * break, at most 300 characters), so a lens item shows the words that state it.
 *
 * @example
 * sentenceAround('पहला वाक्य. रूस ने समझौता किया. तीसरा.', { start: 12, end: 15 }); // 'रूस ने समझौता किया.'
 */
export function sentenceAround(body: string, span: Span): string {
  const stops = /[.।?!\n]/;
  let s = span.start;
  while (s > 0 && span.start - s < 200 && !stops.test(body[s - 1])) s--;
  let e = span.end;
  while (e < body.length && e - span.end < 200 && !stops.test(body[e])) e++;
  if (e < body.length && body[e] !== '\n') e++;
  return body.slice(s, e).trim();
}
