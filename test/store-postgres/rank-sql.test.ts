/**
 * The in-database phrase frequency (rank-sql.ts, ts_rank_cd) equals the Node reference
 * (bm25.ts phraseFrequency) on random vectors: words, prefixes, phrases with repeated words,
 * title and body weights, romanised vectors, and counts beyond the packed float's range.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { bm25, idf, type LexemePositions, phraseFrequency } from '../../src/store/postgres/bm25.ts';
import { frequencySql, Params, scoreSql } from '../../src/store/postgres/rank-sql.ts';
import { quoteLexeme } from '../../src/store/postgres/search-vectors.ts';
import type { Phrase } from '../../src/store/postgres/tsquery.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';

const skip = postgresSkipReason() ?? false;
if (skip) console.log(`# skipping in-database bm25: ${skip}`);

let client: pg.Client;
let drop: (stop?: boolean) => Promise<void> = async () => {};

before(async () => {
  if (skip) return;
  const db = await pgTestDatabase();
  drop = db.drop;
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
after(async () => {
  if (skip) return;
  await client.end();
  await drop(true);
});

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = ['x', 'xa', 'xb', 'y', 'z', 'भारत', 'भारतीय'];

/** Title words (weight A) from 1, then body words (B) after a one-position gap, as searchVectors lays them out. */
function layout(title: string[], body: string[], roman: boolean): { literal: string; list: LexemePositions } {
  const map = new Map<string, { positions: number[]; weights: string[] }>();
  const put = (w: string, pos: number, weight: string) => {
    let e = map.get(w);
    if (!e) map.set(w, (e = { positions: [], weights: [] }));
    if (e.positions.length < 256) { e.positions.push(pos); e.weights.push(weight); }
  };
  title.forEach((w, i) => put(w, 1 + i, roman ? 'D' : 'A'));
  body.forEach((w, i) => put(w, title.length + 2 + i, roman ? 'D' : 'B'));
  const literal = [...map].map(([w, e]) => `${quoteLexeme(w)}:${e.positions.map((p, i) => `${p}${e.weights[i] === 'D' ? '' : e.weights[i]}`).join(',')}`).join(' ');
  return { literal, list: [...map].map(([w, e]) => [w, e.positions, e.weights]) };
}

function phrase(column: Phrase['column'], words: string[], prefix: boolean): Phrase {
  return { column, words, prefix, alone: true, tsquery: words.map((w, i) => quoteLexeme(w) + (prefix && i === words.length - 1 ? ':*' : '')).join(' <-> ') };
}

/** The frequency of each phrase in one row, computed by PostgreSQL. */
async function sqlFrequencies(text: string, roman: string, phrases: Phrase[]): Promise<number[]> {
  const params = new Params(3);
  const fs = phrases.map((p, i) => frequencySql(p, i, params));
  const sql = `SELECT ${fs.map((f, i) => `${f.frequency} AS f${i}`).join(', ')}
    FROM (SELECT $1::tsvector AS text_tsv, $2::tsvector AS roman_tsv) a CROSS JOIN LATERAL (SELECT ${fs.flatMap((f) => f.ranks).join(', ')} OFFSET 0) r`;
  const { rows } = await client.query(sql, [text, roman, ...params.values]);
  return phrases.map((_, i) => rows[0][`f${i}`] as number);
}

test('random rows: every phrase has the same weighted frequency in SQL as in Node', { skip }, async () => {
  const rnd = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCAB));
  let nonzero = 0;
  for (let row = 0; row < 150; row++) {
    const title = words(Math.floor(rnd() * 6));
    const body = words(1 + Math.floor(rnd() * 60));
    const text = layout(title, body, false);
    const roman = layout(title, body, true);
    const phrases: Phrase[] = [];
    for (let k = 0; k < 6; k++) {
      const n = 1 + Math.floor(rnd() * 3);
      phrases.push(phrase(rnd() < 0.2 ? 'roman' : 'text', words(n), rnd() < 0.3));
    }
    phrases.push(phrase('text', ['x'], true), phrase('text', ['x', 'x'], false), phrase('text', ['भारत'], true));
    const got = await sqlFrequencies(text.literal, roman.literal, phrases.map((p) => (p.column === 'roman' ? { ...p, prefix: false, tsquery: p.tsquery.replace(':*', '') } : p)));
    phrases.forEach((p0, i) => {
      const p = p0.column === 'roman' ? { ...p0, prefix: false } : p0;
      const want = phraseFrequency(p, p.column === 'roman' ? roman.list : text.list);
      if (want > 0) nonzero++;
      assert.equal(got[i], want, `row ${row} phrase ${JSON.stringify(p.words)}${p.prefix ? '*' : ''} ${p.column}: title ${title.join(' ')} | body ${body.join(' ')}`);
    });
  }
  assert.ok(nonzero > 500, `enough phrases that occur (${nonzero})`);
});

test('large counts: a prefix over many words, a word with 256 positions in title and body', { skip }, async () => {
  const body = Array.from({ length: 3000 }, (_, i) => `w${i % 40}`);
  const title = Array.from({ length: 200 }, (_, i) => `w${i % 3}`);
  const text = layout(title, body, false);
  const phrases = [phrase('text', ['w'], true), phrase('text', ['w1'], false), phrase('text', ['w1', 'w2'], false), phrase('text', ['w3'], false)];
  const got = await sqlFrequencies(text.literal, "'a':1", phrases);
  const want = phrases.map((p) => phraseFrequency(p, text.list));
  assert.deepEqual(got, want);
  assert.ok(want[0] > 3000, `the prefix counts beyond the packed range (${want[0]})`);
});

test('the SQL score is the same double as bm25.ts', { skip }, async () => {
  const params = new Params(1);
  const freqs = [2, 0, 7.5, 13];
  const idfs = [idf(100000, 3), idf(100000, 60000), idf(100000, 800), 1e-6];
  const score = scoreSql(freqs.map((f) => `${f}::float8`), idfs, 517.25, params);
  for (const len of [1, 90, 517, 4000]) {
    const { rows } = await client.query(`SELECT ${score} AS s FROM (SELECT ${len}::int AS doc_len) a`, params.values);
    assert.equal(rows[0].s, bm25(freqs, idfs, len, 517.25), `length ${len}`);
  }
});
