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
import { searchPostgres } from './search.ts';
import { searchVectors } from './search-vectors.ts';

type Row = Record<string, unknown>;
type Db = pg.Pool | pg.PoolClient;

/** The dedup keys as stored strings (same forms as the SQLite store), sorted so locks are taken in one order. */
export function keyStrings(keys: DedupKeys): string[] {
  const out = [`hash:${keys.contentHash}`];
  if (keys.canonicalUrl) out.push(`url:${keys.canonicalUrl}`);
  if (keys.guid) out.push(`guid:${keys.guid}`);
  return out.sort();
}

/** A FeedRecord from a feeds row. */
export function feedFromRow(r: Row): FeedRecord {
  return {
    id: r.id as number, url: r.url as string, title: (r.title as string) ?? null,
    etag: (r.etag as string) ?? null, lastModified: (r.last_modified as string) ?? null,
    intervalSeconds: r.interval_s as number, nextPollAt: r.next_poll_at as string,
    lastPolledAt: (r.last_polled_at as string) ?? null, errorCount: r.error_count as number,
    lastError: (r.last_error as string) ?? null,
  };
}

const sketchParam = (s: bigint | null) => (s === null ? null : BigInt.asIntN(64, s).toString());

/** Store backed by a PostgreSQL database. Construct with {@link openPostgresStore} (open.ts). */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Runs `fn` in one transaction on one pooled connection. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  async findDuplicate(keys: DedupKeys): Promise<number | null> {
    const list = keyStrings(keys).filter((k) => k !== 'hash:');
    const { rows } = await this.pool.query('SELECT article_id FROM dedup_keys WHERE key = ANY($1) ORDER BY article_id LIMIT 1', [list]);
    return rows.length ? (rows[0].article_id as number) : null;
  }

  async putArticle(input: ArticleInput, keys: DedupKeys): Promise<PutResult> {
    const keyList = keyStrings(keys);
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
    await this.writeAnalysis(c, id, a);
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
  async importArticle(rec: { id: number; storyId: number; ingestedAt: string; input: ArticleInput; contentHash: string; keys: string[] }): Promise<boolean> {
    return this.tx(async (c) => {
      if ((await c.query('SELECT 1 FROM articles WHERE id = $1', [rec.id])).rows.length) return false;
      await this.insertArticle(c, rec.input, rec.contentHash, [...rec.keys].sort(), { id: rec.id, storyId: rec.storyId, ingestedAt: rec.ingestedAt });
      return true;
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
    if (sketch === null) return;
    await c.query('INSERT INTO sketch_bands (band_key, article_id) SELECT unnest($1::int[]), $2 ON CONFLICT DO NOTHING', [bandKeys(sketch), id]);
  }

  /** Writes the normalised analysis tables of one article (inside a transaction), one statement per table. */
  private async writeAnalysis(c: Db, id: number, a: Analysis): Promise<void> {
    const ents = a.entities;
    if (ents.length) {
      await c.query(`INSERT INTO entities (article_id, eid, type, kind, name, name_lc, code, country, roles, confidence)
        SELECT $1, x.eid, x.type, x.kind, x.name, lower(x.name), x.code, x.country, x.roles, x.confidence
        FROM jsonb_to_recordset($2::jsonb) AS x(eid text, type text, kind text, name text, code text, country text, roles jsonb, confidence float8)`,
      [id, JSON.stringify(ents.map((e) => ({ eid: e.id, type: e.type, kind: e.kind, name: e.name, code: e.code, country: e.country, roles: e.roles, confidence: e.confidence })))]);
      const mentions = ents.flatMap((e) => e.mentions.map((mm) => ({ eid: e.id, start: mm.start, end: mm.end, text: mm.text })));
      if (mentions.length) {
        await c.query(`INSERT INTO mentions (article_id, eid, start, "end", text) SELECT $1, x.eid, x.start, x."end", x.text
          FROM jsonb_to_recordset($2::jsonb) AS x(eid text, start int, "end" int, text text)`, [id, JSON.stringify(mentions)]);
      }
    }
    if (a.events.length) {
      await c.query(`INSERT INTO events (article_id, idx, code, root, label, quad, goldstein, source_entity, source_country, target_entity,
        target_country, date, place, sentence, evidence, rule, confidence)
        SELECT $1, x.idx, x.code, x.root, x.label, x.quad, x.goldstein, x.se, x.sc, x.te, x.tc, x.date, x.place, x.sentence, x.evidence, x.rule, x.confidence
        FROM jsonb_to_recordset($2::jsonb) AS x(idx int, code text, root text, label text, quad int, goldstein float8, se text, sc text, te text, tc text,
          date text, place text, sentence int, evidence jsonb, rule text, confidence float8)`,
      [id, JSON.stringify(a.events.map((e, idx) => ({ idx, code: e.code, root: e.root, label: e.label, quad: e.quad, goldstein: e.goldstein,
        se: e.source?.entity ?? null, sc: e.source?.country ?? null, te: e.target?.entity ?? null, tc: e.target?.country ?? null,
        date: e.date, place: e.place, sentence: e.sentence, evidence: e.evidence, rule: e.rule, confidence: e.confidence })))]);
    }
    if (a.quotes.length) {
      await c.query(`INSERT INTO quotes (article_id, idx, start, "end", text, speaker, speaker_text, cue)
        SELECT $1, x.idx, x.start, x."end", x.text, x.speaker, x.speaker_text, x.cue
        FROM jsonb_to_recordset($2::jsonb) AS x(idx int, start int, "end" int, text text, speaker text, speaker_text text, cue text)`,
      [id, JSON.stringify(a.quotes.map((q, idx) => ({ idx, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speaker_text: q.speakerText, cue: q.cue })))]);
    }
    if (a.dates.length) {
      await c.query(`INSERT INTO dates (article_id, idx, start, "end", text, value, qualifier)
        SELECT $1, x.idx, x.start, x."end", x.text, x.value, x.qualifier
        FROM jsonb_to_recordset($2::jsonb) AS x(idx int, start int, "end" int, text text, value text, qualifier text)`,
      [id, JSON.stringify(a.dates.map((d, idx) => ({ idx, start: d.start, end: d.end, text: d.text, value: d.value, qualifier: d.qualifier })))]);
    }
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
      await this.writeAnalysis(c, id, analysis);
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
