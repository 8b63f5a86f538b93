/**
 * Versioned schema migrations of the SQLite store. Migration n brings `PRAGMA user_version`
 * from n-1 to n inside one transaction; append new ones, never edit old ones.
 */
import type { Database } from 'better-sqlite3';
import { DEVANAGARI_MARKS } from '../search-text.ts';

const TOKENIZE = `unicode61 remove_diacritics 2 tokenchars '${DEVANAGARI_MARKS}'`;

/** The migrations in order; index i is schema version i+1. */
export const MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: 'articles, analysis tables, dedup keys, feeds, search index',
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT, canonical_url TEXT, guid TEXT, content_hash TEXT NOT NULL,
  site TEXT, title TEXT, author TEXT, published TEXT, published_date TEXT,
  language TEXT, anchor_date TEXT, pipeline TEXT NOT NULL,
  source TEXT NOT NULL, feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
  raw BLOB NOT NULL, raw_type TEXT NOT NULL, text TEXT NOT NULL, body TEXT NOT NULL,
  analysis TEXT NOT NULL, simhash INTEGER, story_id INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_date);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_pipeline ON articles(pipeline);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE dedup_keys (key TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE) WITHOUT ROWID;
CREATE TABLE sketch_bands (band_key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (band_key, article_id)) WITHOUT ROWID;
CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, eid TEXT NOT NULL,
  type TEXT NOT NULL, kind TEXT, name TEXT NOT NULL, name_lc TEXT NOT NULL, code TEXT, country TEXT,
  roles TEXT NOT NULL, confidence REAL NOT NULL, PRIMARY KEY (article_id, eid)
);
CREATE INDEX entities_name ON entities(name_lc);
CREATE TABLE mentions (
  article_id INTEGER NOT NULL, eid TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  FOREIGN KEY (article_id, eid) REFERENCES entities(article_id, eid) ON DELETE CASCADE
);
CREATE INDEX mentions_article ON mentions(article_id, eid);
CREATE INDEX mentions_text ON mentions(text);
CREATE TABLE events (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, label TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  source_entity TEXT, source_country TEXT, target_entity TEXT, target_country TEXT,
  date TEXT, place TEXT, sentence INTEGER NOT NULL, evidence TEXT NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_root ON events(root, article_id);
CREATE TABLE quotes (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, speaker_text TEXT, cue TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE dates (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, qualifier TEXT,
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT, etag TEXT, last_modified TEXT,
  interval_s INTEGER NOT NULL DEFAULT 3600, next_poll_at TEXT NOT NULL, last_polled_at TEXT,
  error_count INTEGER NOT NULL DEFAULT 0, last_error TEXT, added_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, roman, content='', contentless_delete=1, tokenize="${TOKENIZE}");
`,
  },
];

/**
 * Brings the database to the newest schema, one transaction per migration.
 *
 * @example
 * migrate(new Database('khabar.db')); // returns the schema version, e.g. 1
 */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v].sql);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return MIGRATIONS.length;
}
