/**
 * The PostgreSQL implementation of the Store, for many processes on many machines sharing one
 * server. Each article is written in one transaction; its dedup keys are taken under
 * transaction-scoped advisory locks first, so two workers holding the same article at the same
 * moment store it once (the second sees the first's keys and reports a duplicate), and the
 * keys' primary key guards it anyway.
 */
import pg from 'pg';
import type { Analysis } from '../../analysis/types.ts';
import { KhabarError } from '../../errors.ts';
import { bandKeys, hamming, NEAR_DUPLICATE_BITS } from '../sketch.ts';
import type {
  ArticleInput, DedupKeys, FeedPollUpdate, FeedRecord, PutResult, SearchOptions, SearchResult,
  Store, StoreCounts, StoredArticle,
} from '../types.ts';
import { writeAnalysisRows, writeSketchRows } from './analysis-rows.ts';
import { importArticleBatch, type ImportRecord } from './bulk-import.ts';
import { searchPostgres } from './search.ts';
import { searchVectors } from './search-vectors.ts';
import { inTransaction } from './tx.ts';
import { feedFromRow, keyStrings, type Row } from '../rows.ts';

type Db = pg.Pool | pg.PoolClient;

/** The dedup keys as stored strings (src/store/rows.ts), sorted so locks are taken in one order. */
function sortedKeys(keys: DedupKeys): string[] {
  return keyStrings(keys).sort();
}

/** Advisory lock serialising imports, so concurrent copiers never insert the same id twice. */
const IMPORT_LOCK = 0x6b686169; // 'khai'

const sketchParam = (s: bigint | null) => (s === null ? null : BigInt.asIntN(64, s).toString());

/** Store backed by a PostgreSQL database. Construct with {@link openPostgresStore} (open.ts). */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Runs `fn` in one transaction on one pooled connection. */
  tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, 'BEGIN', fn);
  }

  async findDuplicate(keys: DedupKeys): Promise<number | null> {
    const list = sortedKeys(keys).filter((k) => k !== 'hash:');
    const { rows } = await this.pool.query('SELECT article_id FROM dedup_keys WHERE key = ANY($1) ORDER BY article_id LIMIT 1', [list]);
    return rows.length ? (rows[0].article_id as number) : null;
  }

  async putArticle(input: ArticleInput, keys: DedupKeys): Promise<PutResult> {
    const keyList = sortedKeys(keys);
    return this.tx(async (c) => {
      for (const k of keyList) await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [k]);
      const known = await c.query('SELECT d.article_id, a.story_id FROM dedup_keys d JOIN articles a ON a.id = d.article_id WHERE d.key = ANY($1) ORDER BY d.article_id LIMIT 1', [keyList]);
      if (known.rows.length) return { status: 'duplicate', id: known.rows[0].article_id as number, storyId: known.rows[0].story_id as number };
      return this.insertArticle(c, input, keys.contentHash, keyList);
    });
  }

  /**
   * Writes one new article inside a transaction: row, story, dedup keys, sketch, analysis tables,
   * search statistics. `fixed` keeps an id, story and ingest time (migration from another store).
   */
  private async insertArticle(c: pg.PoolClient, input: ArticleInput, contentHash: string, keyList: string[],
    fixed?: { id: number; storyId: number; ingestedAt: string }): Promise<PutResult> {
    const a = input.analysis;
    const m = input.meta;
    const published = m.published ?? null;
    const title = m.title ?? a.title;
    const v = searchVectors(title ?? '', a.body);
    const { rows } = await c.query(`INSERT INTO articles (id, url, canonical_url, guid, content_hash, site, title, author, published,
      published_date, language, anchor_date, pipeline, source, feed_id, raw, raw_type, text, body, analysis, simhash, story_id, ingested_at,
      text_tsv, roman_tsv, doc_len)
      VALUES (COALESCE($25, nextval(pg_get_serial_sequence('articles', 'id'))),
        $1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,COALESCE($26, 0),$21,$22::tsvector,$23::tsvector,$24) RETURNING id`, [
      m.url, m.canonicalUrl, m.guid, contentHash, m.site, title, m.author, published,
      published ? published.slice(0, 10) : a.anchorDate, a.language.code, a.anchorDate, a.pipeline, m.source, m.feedId ?? null,
      Buffer.from(input.raw), input.rawType, input.text, a.body, JSON.stringify(a), sketchParam(input.simhash), fixed?.ingestedAt ?? new Date().toISOString(),
      v.text, v.roman, v.length, fixed?.id ?? null, fixed?.storyId ?? null,
    ]);
    const id = rows[0].id as number;
    const storyId = fixed?.storyId ?? (await this.nearDuplicateStory(c, input.simhash)) ?? id;
    if (!fixed) await c.query('UPDATE articles SET story_id = $1 WHERE id = $2', [storyId, id]);
    await c.query('INSERT INTO dedup_keys (key, article_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [keyList, id]);
    await this.writeSketch(c, id, input.simhash);
    await writeAnalysisRows(c, [{ id, analysis: a }]);
    await c.query('UPDATE search_stats SET rows = rows + 1, tokens = tokens + $1', [v.length]);
    return { status: 'added', id, storyId };
  }

  /**
   * Copies in an article from another store keeping its id, story, ingest time and dedup keys
   * (one transaction; an id already present is skipped, so an interrupted copy resumes).
   *
   * @example
   * await store.importArticle({ id: 7, storyId: 7, ingestedAt, input, contentHash, keys: ['hash:…'] }); // true
   */
  async importArticle(rec: ImportRecord): Promise<boolean> {
    return (await this.importArticles([rec])) > 0;
  }

  /**
   * Which of these article ids the store holds.
   *
   * @example
   * await store.presentIds([1, 2, 3]); // Set { 1, 2 }
   */
  async presentIds(ids: number[], c: Db = this.pool): Promise<Set<number>> {
    const { rows } = await c.query('SELECT id FROM articles WHERE id = ANY($1)', [ids]);
    return new Set(rows.map((r) => r.id as number));
  }

  /**
   * Copies in a batch of articles from another store in one transaction, keeping ids, stories,
   * ingest times and dedup keys; ids already present are skipped (an interrupted copy resumes,
   * a second copier waits for the first's batch and skips it). Returns how many were added.
   *
   * @example
   * await store.importArticles(records); // records.length on an empty store, 0 on a rerun
   */
  async importArticles(records: ImportRecord[]): Promise<number> {
    if (!records.length) return 0;
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const present = await this.presentIds(records.map((r) => r.id), c);
      return importArticleBatch(c, records.filter((r) => !present.has(r.id)).map((r) => ({ ...r, keys: [...r.keys].sort() })));
    });
  }

  /**
   * Copies in a feed keeping its id and polling state (skipped when its URL is present).
   *
   * @example
   * await store.importFeed(feed, '2025-01-01T00:00:00.000Z');
   */
  async importFeed(f: FeedRecord, addedAt: string): Promise<void> {
    await this.pool.query(`INSERT INTO feeds (id, url, title, etag, last_modified, interval_s, next_poll_at, last_polled_at, error_count, last_error, added_at)
      VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT DO NOTHING`,
    [f.id, f.url, f.title, f.etag, f.lastModified, f.intervalSeconds, f.nextPollAt, f.lastPolledAt, f.errorCount, f.lastError, addedAt]);
  }

  /** Moves the id sequences past the largest ids (after imports with explicit ids). */
  async syncSequences(): Promise<void> {
    for (const t of ['articles', 'feeds']) {
      await this.pool.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT max(id) FROM ${t}), 1), (SELECT max(id) FROM ${t}) IS NOT NULL)`);
    }
  }

  /** Story id of the closest stored sketch within NEAR_DUPLICATE_BITS, if any. */
  private async nearDuplicateStory(c: Db, sketch: bigint | null): Promise<number | null> {
    if (sketch === null) return null;
    const { rows } = await c.query(`SELECT a.story_id, a.simhash::text AS simhash FROM sketch_bands b JOIN articles a ON a.id = b.article_id
      WHERE b.band_key = ANY($1) ORDER BY a.id`, [bandKeys(sketch)]);
    let best: { story: number; d: number } | null = null;
    for (const r of rows) {
      const d = hamming(sketch, BigInt(r.simhash as string));
      if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d)) best = { story: r.story_id as number, d };
    }
    return best?.story ?? null;
  }

  private async writeSketch(c: Db, id: number, sketch: bigint | null): Promise<void> {
    await c.query('DELETE FROM sketch_bands WHERE article_id = $1', [id]);
    await writeSketchRows(c, [{ id, sketch }]);
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const { rows } = await this.pool.query(`SELECT id, url, canonical_url, guid, site, title, author, published, source, feed_id, raw_type, text,
      pipeline, analysis, story_id, ingested_at FROM articles WHERE id = $1`, [id]);
    const r = rows[0] as Row | undefined;
    if (!r) return null;
    return {
      id, rawType: r.raw_type as string, text: r.text as string, pipeline: r.pipeline as string,
      analysis: r.analysis as Analysis, storyId: r.story_id as number, ingestedAt: r.ingested_at as string,
      meta: {
        url: r.url as string | null, canonicalUrl: r.canonical_url as string | null, guid: r.guid as string | null,
        site: r.site as string | null, title: r.title as string | null, author: r.author as string | null,
        published: r.published as string | null, source: r.source as string, feedId: r.feed_id as number | null,
      },
    };
  }

  /** The raw bytes of an article as received (for migration and export). */
  async getRaw(id: number): Promise<Buffer | null> {
    const { rows } = await this.pool.query('SELECT raw FROM articles WHERE id = $1', [id]);
    return rows.length ? (rows[0].raw as Buffer) : null;
  }

  async replaceAnalysis(id: number, analysis: Analysis, sketch: bigint | null): Promise<void> {
    await this.tx(async (c) => {
      const { rows } = await c.query('SELECT title, doc_len FROM articles WHERE id = $1 FOR UPDATE', [id]);
      if (!rows.length) throw new KhabarError('KHABAR_ERR_NOT_FOUND', `article ${id}`);
      for (const t of ['mentions', 'entities', 'events', 'quotes', 'dates']) await c.query(`DELETE FROM ${t} WHERE article_id = $1`, [id]);
      const v = searchVectors((rows[0].title as string | null) ?? analysis.title ?? '', analysis.body);
      await c.query(`UPDATE articles SET analysis = $1, pipeline = $2, body = $3, language = $4, anchor_date = $5, simhash = $6,
        published_date = COALESCE(substr(published, 1, 10), $5), text_tsv = $7::tsvector, roman_tsv = $8::tsvector, doc_len = $9 WHERE id = $10`, [
        JSON.stringify(analysis), analysis.pipeline, analysis.body, analysis.language.code, analysis.anchorDate, sketchParam(sketch), v.text, v.roman, v.length, id,
      ]);
      await this.writeSketch(c, id, sketch);
      await writeAnalysisRows(c, [{ id, analysis }]);
      await c.query('UPDATE search_stats SET tokens = tokens + $1', [v.length - (rows[0].doc_len as number)]);
    });
  }

  async pipelineVersions(): Promise<{ version: string; count: number }[]> {
    const { rows } = await this.pool.query('SELECT pipeline AS version, count(*)::int AS count FROM articles GROUP BY pipeline ORDER BY pipeline COLLATE "C"');
    return rows as { version: string; count: number }[];
  }

  async articlesByPipeline(versions: string[], afterId: number, limit: number): Promise<number[]> {
    if (versions.length === 0) return [];
    const { rows } = await this.pool.query('SELECT id FROM articles WHERE pipeline = ANY($1) AND id > $2 ORDER BY id LIMIT $3', [versions, afterId, limit]);
    return rows.map((r) => r.id as number);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return searchPostgres(this.pool, query, options);
  }

  async storyArticles(storyId: number): Promise<number[]> {
    const { rows } = await this.pool.query('SELECT id FROM articles WHERE story_id = $1 ORDER BY id', [storyId]);
    return rows.map((r) => r.id as number);
  }

  async addFeed(url: string, title: string | null = null): Promise<{ feed: FeedRecord; added: boolean }> {
    const now = new Date().toISOString();
    const ins = await this.pool.query('INSERT INTO feeds (url, title, next_poll_at, added_at) VALUES ($1,$2,$3,$3) ON CONFLICT (url) DO NOTHING RETURNING id', [url, title, now]);
    const { rows } = await this.pool.query('SELECT * FROM feeds WHERE url = $1', [url]);
    return { feed: feedFromRow(rows[0]), added: ins.rows.length > 0 };
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.pool.query('SELECT * FROM feeds ORDER BY id')).rows.map(feedFromRow);
  }

  async dueFeeds(now: string): Promise<FeedRecord[]> {
    return (await this.pool.query('SELECT * FROM feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at COLLATE "C", id', [now])).rows.map(feedFromRow);
  }

  /**
   * Claims the feeds due at `now` for one scheduler: their next poll moves `leaseSeconds` ahead
   * (so no other scheduler claims them) and they are returned; the poll job then records the
   * real next poll. Rows another scheduler holds are skipped.
   *
   * @example
   * const feeds = await store.claimDueFeeds(new Date().toISOString(), 600);
   */
  async claimDueFeeds(now: string, leaseSeconds: number): Promise<FeedRecord[]> {
    const lease = new Date(Date.parse(now) + leaseSeconds * 1000).toISOString();
    const { rows } = await this.pool.query(`UPDATE feeds SET next_poll_at = $2 WHERE id IN (
      SELECT id FROM feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at COLLATE "C", id FOR UPDATE SKIP LOCKED) RETURNING *`, [now, lease]);
    return rows.map(feedFromRow).sort((a, b) => a.id - b.id);
  }

  async getFeed(id: number): Promise<FeedRecord | null> {
    const { rows } = await this.pool.query('SELECT * FROM feeds WHERE id = $1', [id]);
    return rows.length ? feedFromRow(rows[0]) : null;
  }

  async updateFeed(id: number, u: FeedPollUpdate): Promise<void> {
    await this.pool.query(`UPDATE feeds SET etag = CASE WHEN $1 THEN $2 ELSE etag END, last_modified = CASE WHEN $3 THEN $4 ELSE last_modified END,
      title = COALESCE($5, title), interval_s = $6, next_poll_at = $7, last_polled_at = $8, error_count = $9, last_error = $10 WHERE id = $11`, [
      u.etag !== undefined, u.etag ?? null, u.lastModified !== undefined, u.lastModified ?? null,
      u.title ?? null, u.intervalSeconds, u.nextPollAt, u.polledAt, u.errorCount, u.lastError, id,
    ]);
  }

  async counts(): Promise<StoreCounts> {
    const { rows } = await this.pool.query(`SELECT (SELECT count(*) FROM articles)::int AS articles,
      (SELECT count(DISTINCT story_id) FROM articles)::int AS stories, (SELECT count(*) FROM entities)::int AS entities,
      (SELECT count(*) FROM mentions)::int AS mentions, (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM quotes)::int AS quotes,
      (SELECT count(*) FROM dates)::int AS dates, (SELECT count(*) FROM feeds)::int AS feeds`);
    return rows[0] as StoreCounts;
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end().catch(() => {});
  }
}
