/**
 * The rows derived from an article's analysis and sketch (entities, mentions, events, quotes,
 * dates, sketch bands), written for any number of articles with one statement per table: one
 * article on ingest and reanalyse, a whole batch on migration.
 */
import type pg from 'pg';
import type { Analysis } from '../../analysis/types.ts';
import { bandKeys } from '../sketch.ts';

type Db = pg.Pool | pg.PoolClient;

/**
 * Inserts the normalised analysis tables of the given articles (inside the caller's transaction).
 *
 * @example
 * await writeAnalysisRows(client, [{ id: 7, analysis }]);
 */
export async function writeAnalysisRows(c: Db, items: { id: number; analysis: Analysis }[]): Promise<void> {
  const ents = items.flatMap(({ id, analysis }) => analysis.entities.map((e) => ({ id, e })));
  if (ents.length) {
    await c.query(`INSERT INTO entities (article_id, eid, type, kind, name, name_lc, code, country, roles, confidence)
      SELECT x.aid, x.eid, x.type, x.kind, x.name, lower(x.name), x.code, x.country, x.roles, x.confidence
      FROM jsonb_to_recordset($1::jsonb) AS x(aid int, eid text, type text, kind text, name text, code text, country text, roles jsonb, confidence float8)`,
    [JSON.stringify(ents.map(({ id, e }) => ({ aid: id, eid: e.id, type: e.type, kind: e.kind, name: e.name, code: e.code, country: e.country, roles: e.roles, confidence: e.confidence })))]);
    const mentions = ents.flatMap(({ id, e }) => e.mentions.map((mm) => ({ aid: id, eid: e.id, start: mm.start, end: mm.end, text: mm.text })));
    if (mentions.length) {
      await c.query(`INSERT INTO mentions (article_id, eid, start, "end", text) SELECT x.aid, x.eid, x.start, x."end", x.text
        FROM jsonb_to_recordset($1::jsonb) AS x(aid int, eid text, start int, "end" int, text text)`, [JSON.stringify(mentions)]);
    }
  }
  const events = items.flatMap(({ id, analysis }) => analysis.events.map((e, idx) => ({ aid: id, idx, code: e.code, root: e.root, label: e.label, quad: e.quad,
    goldstein: e.goldstein, se: e.source?.entity ?? null, sc: e.source?.country ?? null, te: e.target?.entity ?? null, tc: e.target?.country ?? null,
    date: e.date, place: e.place, sentence: e.sentence, evidence: e.evidence, rule: e.rule, confidence: e.confidence })));
  if (events.length) {
    await c.query(`INSERT INTO events (article_id, idx, code, root, label, quad, goldstein, source_entity, source_country, target_entity,
      target_country, date, place, sentence, evidence, rule, confidence)
      SELECT x.aid, x.idx, x.code, x.root, x.label, x.quad, x.goldstein, x.se, x.sc, x.te, x.tc, x.date, x.place, x.sentence, x.evidence, x.rule, x.confidence
      FROM jsonb_to_recordset($1::jsonb) AS x(aid int, idx int, code text, root text, label text, quad int, goldstein float8, se text, sc text, te text, tc text,
        date text, place text, sentence int, evidence jsonb, rule text, confidence float8)`, [JSON.stringify(events)]);
  }
  const quotes = items.flatMap(({ id, analysis }) => analysis.quotes.map((q, idx) => ({ aid: id, idx, start: q.start, end: q.end, text: q.text,
    speaker: q.speaker, speaker_text: q.speakerText, cue: q.cue })));
  if (quotes.length) {
    await c.query(`INSERT INTO quotes (article_id, idx, start, "end", text, speaker, speaker_text, cue)
      SELECT x.aid, x.idx, x.start, x."end", x.text, x.speaker, x.speaker_text, x.cue
      FROM jsonb_to_recordset($1::jsonb) AS x(aid int, idx int, start int, "end" int, text text, speaker text, speaker_text text, cue text)`, [JSON.stringify(quotes)]);
  }
  const dates = items.flatMap(({ id, analysis }) => analysis.dates.map((d, idx) => ({ aid: id, idx, start: d.start, end: d.end, text: d.text, value: d.value, qualifier: d.qualifier })));
  if (dates.length) {
    await c.query(`INSERT INTO dates (article_id, idx, start, "end", text, value, qualifier)
      SELECT x.aid, x.idx, x.start, x."end", x.text, x.value, x.qualifier
      FROM jsonb_to_recordset($1::jsonb) AS x(aid int, idx int, start int, "end" int, text text, value text, qualifier text)`, [JSON.stringify(dates)]);
  }
}

/**
 * Inserts the near-duplicate sketch bands of the given articles (none for a null sketch).
 *
 * @example
 * await writeSketchRows(client, [{ id: 7, sketch: 123n }]);
 */
export async function writeSketchRows(c: Db, items: { id: number; sketch: bigint | null }[]): Promise<void> {
  const ids: number[] = [];
  const bands: number[] = [];
  for (const { id, sketch } of items) {
    if (sketch === null) continue;
    for (const b of bandKeys(sketch)) { ids.push(id); bands.push(b); }
  }
  if (!bands.length) return;
  await c.query('INSERT INTO sketch_bands (band_key, article_id) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING', [bands, ids]);
}
