/**
 * The SQLite implementation of the Store (better-sqlite3, WAL, foreign keys, versioned
 * migrations). Each article is written in one IMMEDIATE transaction, so a process killed
 * mid-ingest leaves either the whole article or nothing.
 */
import Database from 'better-sqlite3';
import type { Analysis } from '../../analysis/types.ts';
import { KhabarError } from '../../errors.ts';
import { highlightTerms, parseQuery } from '../query.ts';
import { foldText, romanColumn } from '../search-text.ts';
import { bandKeys, hamming, NEAR_DUPLICATE_BITS } from '../sketch.ts';
import { snippet } from '../snippet.ts';
import type {
  ArticleInput, DedupKeys, FeedPollUpdate, FeedRecord, PutResult, SearchHit, SearchOptions, SearchResult,
  Store, StoreCounts, StoredArticle,
} from '../types.ts';
import { toFts5 } from './fts-query.ts';
import { VersionedMemo } from './memo.ts';
import { MIGRATIONS, migrate } from './migrations.ts';
import { feedFromRow, keyStrings, type Row } from '../rows.ts';

/** Store backed by one SQLite file. Construct with {@link openSqliteStore}. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly db: Database.Database;
  private readonly searchMemo: VersionedMemo;

  constructor(db: Database.Database) {
    this.db = db;
    this.searchMemo = new VersionedMemo(db);
  }

  async findDuplicate(keys: DedupKeys): Promise<number | null> {
    const stmt = this.stmt('SELECT article_id FROM dedup_keys WHERE key = ?').pluck();
    for (const k of keyStrings(keys)) {
      const id = stmt.get(k) as number | undefined;
      if (id !== undefined) return id;
    }
    return null;
  }

  async putArticle(input: ArticleInput, keys: DedupKeys): Promise<PutResult> {
    return this.db.transaction((): PutResult => {
      const keyList = keyStrings(keys);
      const findKey = this.stmt('SELECT article_id FROM dedup_keys WHERE key = ?').pluck();
      for (const k of keyList) {
        const id = findKey.get(k) as number | undefined;
        if (id !== undefined) {
          const storyId = this.stmt('SELECT story_id FROM articles WHERE id = ?').pluck().get(id) as number;
          return { status: 'duplicate', id, storyId };
        }
      }
      const a = input.analysis;
      const m = input.meta;
      const published = m.published ?? null;
      const info = this.stmt(`INSERT INTO articles (url, canonical_url, guid, content_hash, site, title, author, published,
        published_date, language, anchor_date, pipeline, source, feed_id, raw, raw_type, text, body, analysis, simhash, story_id, ingested_at)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)`).run(
        m.url, m.canonicalUrl, m.guid, keys.contentHash, m.site, m.title ?? a.title, m.author, published,
        published ? published.slice(0, 10) : a.anchorDate, a.language.code, a.anchorDate, a.pipeline, m.source, m.feedId ?? null,
        Buffer.from(input.raw), input.rawType, input.text, a.body, JSON.stringify(a), input.simhash, new Date().toISOString(),
      );
      const id = Number(info.lastInsertRowid);
      const storyId = this.nearDuplicateStory(input.simhash) ?? id;
      this.stmt('UPDATE articles SET story_id = ? WHERE id = ?').run(storyId, id);
      const insKey = this.stmt('INSERT OR IGNORE INTO dedup_keys (key, article_id) VALUES (?, ?)');
      for (const k of keyList) insKey.run(k, id);
      this.writeSketch(id, input.simhash, storyId);
      this.writeAnalysis(id, a, m.title ?? a.title);
      return { status: 'added', id, storyId };
    }).immediate();
  }

  /** Story id of the closest stored sketch within NEAR_DUPLICATE_BITS, if any (ties: the oldest article). */
  private nearDuplicateStory(sketch: bigint | null): number | null {
    if (sketch === null) return null;
    const stmt = this.stmt('SELECT article_id, story_id, simhash FROM sketch_bands WHERE band_key = ? ORDER BY article_id').safeIntegers(true);
    let best: { story: number; d: number; id: bigint } | null = null;
    for (const key of bandKeys(sketch)) {
      for (const r of stmt.all(key) as Row[]) {
        const d = hamming(sketch, r.simhash as bigint);
        const id = r.article_id as bigint;
        if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d || (d === best.d && id < best.id))) best = { story: Number(r.story_id), d, id };
      }
    }
    return best?.story ?? null;
  }

  /** Writes an article's sketch bands; `replace` first drops the old ones (reanalyze). */
  private writeSketch(id: number, sketch: bigint | null, storyId: number, replace = false): void {
    if (replace) this.stmt('DELETE FROM sketch_bands WHERE article_id = ?').run(id);
    if (sketch === null) return;
    const ins = this.stmt('INSERT OR IGNORE INTO sketch_bands (band_key, article_id, simhash, story_id) VALUES (?, ?, ?, ?)');
    for (const k of bandKeys(sketch)) ins.run(k, id, sketch, storyId);
  }

  /** Writes the normalised analysis tables and the search row of one article (inside a transaction). */
  private writeAnalysis(id: number, a: Analysis, title: string | null): void {
    const insEnt = this.stmt('INSERT INTO entities (article_id, eid, type, kind, name, name_lc, code, country, roles, confidence) VALUES (?,?,?,?,?,?,?,?,?,?)');
    const insMen = this.stmt('INSERT INTO mentions (article_id, eid, start, end, text) VALUES (?,?,?,?,?)');
    for (const e of a.entities) {
      insEnt.run(id, e.id, e.type, e.kind, e.name, e.name.toLowerCase(), e.code, e.country, JSON.stringify(e.roles), e.confidence);
      for (const mm of e.mentions) insMen.run(id, e.id, mm.start, mm.end, mm.text);
    }
    const insEv = this.stmt(`INSERT INTO events (article_id, idx, code, root, label, quad, goldstein, source_entity, source_country,
      target_entity, target_country, date, place, sentence, evidence, rule, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    a.events.forEach((e, i) => insEv.run(id, i, e.code, e.root, e.label, e.quad, e.goldstein, e.source?.entity ?? null, e.source?.country ?? null,
      e.target?.entity ?? null, e.target?.country ?? null, e.date, e.place, e.sentence, JSON.stringify(e.evidence), e.rule, e.confidence));
    const insQ = this.stmt('INSERT INTO quotes (article_id, idx, start, end, text, speaker, speaker_text, cue) VALUES (?,?,?,?,?,?,?,?)');
    a.quotes.forEach((q, i) => insQ.run(id, i, q.start, q.end, q.text, q.speaker, q.speakerText, q.cue));
    const insD = this.stmt('INSERT INTO dates (article_id, idx, start, end, text, value, qualifier) VALUES (?,?,?,?,?,?,?)');
    a.dates.forEach((d, i) => insD.run(id, i, d.start, d.end, d.text, d.value, d.qualifier));
    const t = title ?? '';
    this.stmt('INSERT INTO article_fts (rowid, title, body, roman) VALUES (?,?,?,?)').run(
      id, foldText(t), foldText(a.body), romanColumn(`${t} ${a.body}`),
    );
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const r = this.stmt('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    return {
      id, rawType: r.raw_type as string, text: r.text as string, pipeline: r.pipeline as string,
      analysis: JSON.parse(r.analysis as string) as Analysis, storyId: r.story_id as number, ingestedAt: r.ingested_at as string,
      meta: {
        url: r.url as string | null, canonicalUrl: r.canonical_url as string | null, guid: r.guid as string | null,
        site: r.site as string | null, title: r.title as string | null, author: r.author as string | null,
        published: r.published as string | null, source: r.source as string, feedId: r.feed_id as number | null,
      },
    };
  }

  async replaceAnalysis(id: number, analysis: Analysis, sketch: bigint | null): Promise<void> {
    this.db.transaction(() => {
      const r = this.stmt('SELECT title, story_id FROM articles WHERE id = ?').get(id) as Row | undefined;
      if (!r) throw new KhabarError('KHABAR_ERR_NO_SUCH', `article ${id}`);
      for (const t of ['mentions', 'entities', 'events', 'quotes', 'dates']) this.stmt(`DELETE FROM ${t} WHERE article_id = ?`).run(id);
      this.stmt('DELETE FROM article_fts WHERE rowid = ?').run(id);
      this.stmt(`UPDATE articles SET analysis = ?, pipeline = ?, body = ?, language = ?, anchor_date = ?, simhash = ?,
        published_date = COALESCE(substr(published, 1, 10), ?) WHERE id = ?`).run(
        JSON.stringify(analysis), analysis.pipeline, analysis.body, analysis.language.code, analysis.anchorDate, sketch, analysis.anchorDate, id,
      );
      this.writeSketch(id, sketch, r.story_id as number, true);
      this.writeAnalysis(id, analysis, (r.title as string | null) ?? analysis.title);
    }).immediate();
  }

  async pipelineVersions(): Promise<{ version: string; count: number }[]> {
    return this.stmt('SELECT pipeline AS version, count(*) AS count FROM articles GROUP BY pipeline ORDER BY pipeline').all() as { version: string; count: number }[];
  }

  async articlesByPipeline(versions: string[], afterId: number, limit: number): Promise<number[]> {
    if (versions.length === 0) return [];
    return this.stmt(`SELECT id FROM articles WHERE pipeline IN (SELECT value FROM json_each(?)) AND id > ? ORDER BY id LIMIT ?`)
      .pluck().all(JSON.stringify(versions), afterId, limit) as number[];
  }

  /** Prepared statements by SQL text, so each is compiled once per connection. */
  private readonly statements = new Map<string, Database.Statement>();

  /** The prepared statement for `sql`, compiled on first use. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    // Popular queries repeat: a result stays valid until the database changes.
    return this.searchMemo.get(JSON.stringify([query, options]), () => this.searchNow(query, options));
  }

  private searchNow(query: string, options: SearchOptions): SearchResult {
    const parsed = parseQuery(query);
    const match = toFts5(parsed);
    const where: string[] = [];
    const params: unknown[] = [];
    if (options.from) { where.push('a.published_date >= ?'); params.push(options.from); }
    if (options.to) { where.push('a.published_date <= ?'); params.push(options.to); }
    if (options.site) { where.push('(a.site = ? OR a.site LIKE ?)'); params.push(options.site, `%.${options.site}`); }
    if (options.entity) {
      where.push(`(EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.name_lc = ?)
        OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.text = ?))`);
      params.push(options.entity.toLowerCase(), options.entity);
    }
    if (options.eventRoot) { where.push('EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.root = ?)'); params.push(options.eventRoot); }
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    // Without filters the FTS table alone ranks and counts (no join, no article rows read);
    // with filters the join decides. Either way only the page's articles are read afterwards.
    const from = where.length === 0
      ? 'FROM article_fts WHERE article_fts MATCH ?'
      : `FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ? AND ${where.join(' AND ')}`;
    try {
      const total = this.stmt(`SELECT count(*) ${from}`).pluck().get(match, ...params) as number;
      const ranked = this.stmt(`SELECT article_fts.rowid AS id, bm25(article_fts, 3.0, 1.0, 0.5) AS score ${from}
        ORDER BY score, article_fts.rowid LIMIT ? OFFSET ?`).all(match, ...params, limit, offset) as { id: number; score: number }[];
      const read = this.stmt('SELECT title, url, site, published, story_id, body FROM articles WHERE id = ?');
      const terms = highlightTerms(parsed);
      const hits: SearchHit[] = [];
      for (const { id, score } of ranked) {
        const r = read.get(id) as Row | undefined;
        if (!r) continue;
        hits.push({
          id, title: r.title as string | null, url: r.url as string | null, site: r.site as string | null,
          published: r.published as string | null, storyId: r.story_id as number, score,
          snippet: snippet(r.body as string, terms),
        });
      }
      return { total, hits };
    } catch (err) {
      throw new KhabarError('KHABAR_ERR_BAD_QUERY', `cannot search for ${JSON.stringify(query)}: ${(err as Error).message}`, { cause: err });
    }
  }

  async storyArticles(storyId: number): Promise<number[]> {
    return this.db.prepare('SELECT id FROM articles WHERE story_id = ? ORDER BY id').pluck().all(storyId) as number[];
  }

  async addFeed(url: string, title: string | null = null): Promise<{ feed: FeedRecord; added: boolean }> {
    const now = new Date().toISOString();
    const info = this.db.prepare('INSERT OR IGNORE INTO feeds (url, title, next_poll_at, added_at) VALUES (?,?,?,?)').run(url, title, now, now);
    const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as Row;
    return { feed: feedFromRow(row), added: info.changes > 0 };
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY id').all() as Row[]).map(feedFromRow);
  }

  async dueFeeds(now: string): Promise<FeedRecord[]> {
    return (this.db.prepare('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id').all(now) as Row[]).map(feedFromRow);
  }

  async updateFeed(id: number, u: FeedPollUpdate): Promise<void> {
    this.db.prepare(`UPDATE feeds SET etag = CASE WHEN ? THEN ? ELSE etag END, last_modified = CASE WHEN ? THEN ? ELSE last_modified END,
      title = COALESCE(?, title), interval_s = ?, next_poll_at = ?, last_polled_at = ?, error_count = ?, last_error = ? WHERE id = ?`).run(
      u.etag !== undefined ? 1 : 0, u.etag ?? null, u.lastModified !== undefined ? 1 : 0, u.lastModified ?? null,
      u.title ?? null, u.intervalSeconds, u.nextPollAt, u.polledAt, u.errorCount, u.lastError, id,
    );
  }

  async counts(): Promise<StoreCounts> {
    const c = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: c('SELECT count(*) FROM articles'), stories: c('SELECT count(DISTINCT story_id) FROM articles'),
      entities: c('SELECT count(*) FROM entities'), mentions: c('SELECT count(*) FROM mentions'), events: c('SELECT count(*) FROM events'),
      quotes: c('SELECT count(*) FROM quotes'), dates: c('SELECT count(*) FROM dates'), feeds: c('SELECT count(*) FROM feeds'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating if needed) a SQLite store: WAL journal, foreign keys on, schema migrated.
 *
 * @example
 * const store = openSqliteStore('khabar.db');
 * await store.counts(); // { articles: 0, … }
 */
export function openSqliteStore(path: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_STORE', `cannot open store ${path}: ${(err as Error).message}`, { cause: err });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536'); // 64 MB of page cache: index inserts into a large store stay in memory
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new KhabarError('KHABAR_ERR_STORE', `store ${path} has schema ${version}, newer than this khabar (${MIGRATIONS.length})`);
  }
  migrate(db);
  return new SqliteStore(db);
}
