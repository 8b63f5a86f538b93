/**
 * Versioned schema migrations of the SQLite store. Migration n brings `PRAGMA user_version`
 * from n-1 to n inside one transaction; append new ones, never edit old ones.
 */
import type { Database } from 'better-sqlite3';
import { DEVANAGARI_MARKS, foldText, romanColumn } from '../search-text.ts';

const TOKENIZE = `unicode61 remove_diacritics 2 tokenchars '${DEVANAGARI_MARKS}'`;

/** One schema step: SQL, then optionally code (e.g. rebuilding index rows), in one transaction. */
export interface Migration {
  name: string;
  sql: string;
  run?: (db: Database) => void;
}

/**
 * Rewrites every search row from the stored titles and bodies (after a change to what the
 * index holds). The FTS table is contentless, so rows are deleted and inserted whole.
 */
function rebuildSearchRows(db: Database): void {
  db.prepare("INSERT INTO article_fts (article_fts) VALUES ('delete-all')").run();
  const ins = db.prepare('INSERT INTO article_fts (rowid, title, body, roman) VALUES (?,?,?,?)');
  const page = db.prepare('SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT 500');
  for (let after = 0; ;) {
    const rows = page.all(after) as { id: number; title: string | null; body: string }[];
    if (rows.length === 0) break;
    for (const r of rows) {
      const t = r.title ?? '';
      ins.run(r.id, foldText(t), foldText(r.body), romanColumn(`${t} ${r.body}`));
    }
    after = rows[rows.length - 1].id;
  }
}

/** The migrations in order; index i is schema version i+1. */
export const MIGRATIONS: Migration[] = [
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
  {
    name: 'indexes the knowledge base filters and joins on (country pairs, event dates, entity codes)',
    sql: `
CREATE INDEX IF NOT EXISTS events_pair ON events(source_country, target_country);
CREATE INDEX IF NOT EXISTS events_target ON events(target_country);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS entities_code ON entities(code, type, article_id, eid);
CREATE INDEX IF NOT EXISTS entities_type_name ON entities(type, name_lc);
`,
  },
  {
    // Rebuilt the search rows with a five-class vowel scheme that lived for one afternoon; the
    // rebuild now happens once, in migration 5, for stores coming from any earlier version.
    name: 'romanised search column with vowel classes on short keys (superseded by 5)',
    sql: '',
  },
  {
    name: 'sketch bands carry their sketch and story, so near-duplicate lookups never read wide article rows',
    sql: `
ALTER TABLE sketch_bands ADD COLUMN simhash INTEGER;
ALTER TABLE sketch_bands ADD COLUMN story_id INTEGER;
UPDATE sketch_bands SET simhash = (SELECT a.simhash FROM articles a WHERE a.id = sketch_bands.article_id),
  story_id = (SELECT a.story_id FROM articles a WHERE a.id = sketch_bands.article_id);
`,
  },
  {
    name: 'romanised search column: short keys carry a back/other vowel class (Corona → krnu finds कोरोना, not किरण/करने)',
    sql: '',
    run: rebuildSearchRows,
  },
  {
    name: 'sketch bands by article (reanalyze replaces an article\'s bands without scanning them all)',
    sql: 'CREATE INDEX IF NOT EXISTS sketch_bands_article ON sketch_bands(article_id);',
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
      const m = MIGRATIONS[v];
      if (m.sql.trim()) db.exec(m.sql);
      m.run?.(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return MIGRATIONS.length;
}
