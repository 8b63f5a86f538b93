/**
 * The search postings: one row per (search column, lexeme, article) with the counts bm25 needs
 * (title and body positions, or romanised positions) and the article's document length, so a
 * query of single words is ranked from one covering btree (index-only scans) without reading
 * any article's compressed search vector.
 *
 * The rows are derived from the article's own tsvectors by triggers on `articles`, in the
 * same statement that writes the vectors: a statement trigger for inserts (one INSERT for a
 * whole migration batch), a row trigger for updates that change a vector or the length
 * (reanalysis), a statement trigger for deletes. Every code path that writes a vector (ingest,
 * bulk import, reanalyse, a manual DELETE) therefore keeps them in step, and the counts are
 * exactly what ts_rank_cd sees (positions after tsvector's own deduplication and caps):
 *   text:  tf_title = positions of weight A, tf_body = positions of weight B
 *   roman: tf_title = 0, tf_body = positions of weight D (the romanised vector's only weight)
 */

/** `col` of the title/body vector's postings. */
export const TEXT_COL = 0;
/** `col` of the romanised vector's postings. */
export const ROMAN_COL = 1;

/**
 * SQL inserting the postings of the rows of `source` (a relation with id, doc_len, text_tsv,
 * roman_tsv), in key order when `sorted` (a batch then walks the btree once instead of jumping).
 */
function insertPostings(source: string, sorted = false): string {
  return `INSERT INTO search_postings (article_id, doc_len, col, tf_title, tf_body, lexeme)
  SELECT * FROM (
  SELECT s.id, s.doc_len, ${TEXT_COL}, cardinality(array_positions(u.weights, 'A')), cardinality(array_positions(u.weights, 'B')), u.lexeme
    FROM ${source} s, unnest(s.text_tsv) u
  UNION ALL
  SELECT s.id, s.doc_len, ${ROMAN_COL}, 0, cardinality(array_positions(u.weights, 'D')), u.lexeme
    FROM ${source} s, unnest(s.roman_tsv) u) p${sorted ? ' ORDER BY 3, 6, 1' : ''}`;
}

/** SQL deleting the postings of the rows of `source` (id, text_tsv, roman_tsv), found by their lexemes in the primary key. */
function deletePostings(source: string): string {
  return `DELETE FROM search_postings p USING (
    SELECT s.id, ${TEXT_COL} AS col, l AS lexeme FROM ${source} s, unnest(tsvector_to_array(s.text_tsv)) l
    UNION ALL
    SELECT s.id, ${ROMAN_COL}, l FROM ${source} s, unnest(tsvector_to_array(s.roman_tsv)) l) d
  WHERE p.col = d.col AND p.lexeme = d.lexeme AND p.article_id = d.id`;
}

const NEW_ROW = '(SELECT NEW.id AS id, NEW.doc_len AS doc_len, NEW.text_tsv AS text_tsv, NEW.roman_tsv AS roman_tsv)';
const OLD_ROW = '(SELECT OLD.id AS id, OLD.text_tsv AS text_tsv, OLD.roman_tsv AS roman_tsv)';

/** Schema version 3: the postings table, its backfill from the stored vectors, and the triggers that keep it in step. */
export const POSTINGS_MIGRATION = {
  name: 'search postings (covering btree) kept in step with the search vectors by triggers',
  sql: `
SET LOCAL maintenance_work_mem = '512MB';
CREATE TABLE search_postings (
  article_id integer NOT NULL, doc_len integer NOT NULL,
  col smallint NOT NULL, tf_title smallint NOT NULL, tf_body smallint NOT NULL,
  lexeme text COLLATE "C" NOT NULL
);
${insertPostings('articles')};
ALTER TABLE search_postings ADD PRIMARY KEY (col, lexeme, article_id) INCLUDE (tf_title, tf_body, doc_len);

CREATE FUNCTION khabar_postings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${insertPostings('new_rows', true)};
  RETURN NULL;
END $$;
CREATE FUNCTION khabar_postings_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${deletePostings(OLD_ROW)};
  ${insertPostings(NEW_ROW)};
  RETURN NULL;
END $$;
CREATE FUNCTION khabar_postings_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${deletePostings('old_rows')};
  RETURN NULL;
END $$;
CREATE FUNCTION khabar_postings_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE search_postings;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_postings_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION khabar_postings_inserted();
CREATE TRIGGER articles_postings_update AFTER UPDATE OF id, text_tsv, roman_tsv, doc_len ON articles FOR EACH ROW
  WHEN (OLD.id <> NEW.id OR OLD.doc_len <> NEW.doc_len OR OLD.text_tsv <> NEW.text_tsv OR OLD.roman_tsv <> NEW.roman_tsv)
  EXECUTE FUNCTION khabar_postings_updated();
CREATE TRIGGER articles_postings_delete AFTER DELETE ON articles REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION khabar_postings_deleted();
CREATE TRIGGER articles_postings_truncate AFTER TRUNCATE ON articles
  FOR EACH STATEMENT EXECUTE FUNCTION khabar_postings_truncated();
`,
  // Index-only scans need the visibility map; a freshly filled table has none until vacuumed.
  after: 'VACUUM (ANALYZE) search_postings',
};
