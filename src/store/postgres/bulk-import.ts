/**
 * Bulk import of articles that keep their ids (migration from another store): one INSERT of
 * all the batch's article rows from parallel arrays (unnest), then one statement per derived
 * table, one for the dedup keys and one for the search statistics, inside the caller's
 * transaction. The rows are exactly those `putArticle` writes for the same article.
 */
import type pg from 'pg';
import type { ArticleInput } from '../types.ts';
import { writeAnalysisRows, writeSketchRows } from './analysis-rows.ts';
import { searchVectors } from './search-vectors.ts';

/** An article copied in from another store with its id, story, ingest time and dedup keys. */
export interface ImportRecord {
  id: number;
  storyId: number;
  ingestedAt: string;
  input: ArticleInput;
  contentHash: string;
  /** Stored key strings (`hash:…`, `url:…`, `guid:…`). */
  keys: string[];
}

/** Article columns in insert order with their array types for unnest. */
const COLUMNS: [string, string][] = [
  ['id', 'int'], ['url', 'text'], ['canonical_url', 'text'], ['guid', 'text'], ['content_hash', 'text'], ['site', 'text'],
  ['title', 'text'], ['author', 'text'], ['published', 'text'], ['published_date', 'text'], ['language', 'text'], ['anchor_date', 'text'],
  ['pipeline', 'text'], ['source', 'text'], ['feed_id', 'int'], ['raw', 'bytea'], ['raw_type', 'text'], ['text', 'text'], ['body', 'text'],
  ['analysis', 'jsonb'], ['simhash', 'bigint'], ['story_id', 'int'], ['ingested_at', 'text'], ['text_tsv', 'tsvector'], ['roman_tsv', 'tsvector'],
  ['doc_len', 'int'],
];

const INSERT_SQL = `INSERT INTO articles (${COLUMNS.map(([c]) => c).join(', ')})
  SELECT * FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`;

/** One article's values in COLUMNS order, and its search length. */
function articleValues(r: ImportRecord): { values: unknown[]; length: number } {
  const a = r.input.analysis;
  const m = r.input.meta;
  const published = m.published ?? null;
  const title = m.title ?? a.title;
  const v = searchVectors(title ?? '', a.body);
  return {
    values: [
      r.id, m.url, m.canonicalUrl, m.guid, r.contentHash, m.site, title, m.author, published, published ? published.slice(0, 10) : a.anchorDate,
      a.language.code, a.anchorDate, a.pipeline, m.source, m.feedId ?? null, Buffer.from(r.input.raw), r.input.rawType, r.input.text, a.body,
      JSON.stringify(a), r.input.simhash === null ? null : BigInt.asIntN(64, r.input.simhash).toString(), r.storyId, r.ingestedAt, v.text, v.roman, v.length,
    ],
    length: v.length,
  };
}

/**
 * Inserts the records (none may be present yet) with all their rows; returns how many.
 *
 * @example
 * await importArticleBatch(client, records); // records.length
 */
export async function importArticleBatch(c: pg.PoolClient, records: ImportRecord[]): Promise<number> {
  if (!records.length) return 0;
  const columns: unknown[][] = COLUMNS.map(() => []);
  let tokens = 0;
  for (const r of records) {
    const { values, length } = articleValues(r);
    values.forEach((x, i) => columns[i].push(x));
    tokens += length;
  }
  await c.query(INSERT_SQL, columns);
  const keyIds = records.flatMap((r) => r.keys.map(() => r.id));
  await c.query('INSERT INTO dedup_keys (key, article_id) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING',
    [records.flatMap((r) => r.keys), keyIds]);
  await writeSketchRows(c, records.map((r) => ({ id: r.id, sketch: r.input.simhash })));
  await writeAnalysisRows(c, records.map((r) => ({ id: r.id, analysis: r.input.analysis })));
  await c.query('UPDATE search_stats SET rows = rows + $1, tokens = tokens + $2', [records.length, tokens]);
  return records.length;
}
