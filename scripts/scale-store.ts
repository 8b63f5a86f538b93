/**
 * Builds a large store for search benchmarks from the corpus in ../shared.
 *
 *   node --import tsx scripts/scale-store.ts OUT.db [N=100000] [--batch 1000]
 *
 * How: every article of corpus/bbc-hindi and corpus/covid19-hindi-2020-articles is analysed once
 * with the real pipeline (M ≈ 395 articles). Article k of the scaled store is corpus article
 * (k mod M) with a dateline line of its own put before the body (every offset of the stored
 * Analysis shifted by its length, so each `text` still equals body.slice(start, end)) and one
 * sentence of another corpus article put after it, its own URL on one of eight sites, and a
 * published date spread over 2015–2025. Each is written with Store.putArticle (dedup keys,
 * near-duplicate sketch, normalised tables, search rows — as in a real ingest), 1,000 articles to
 * a transaction. Its pipeline version is the real one, so the store reads like an ingested one.
 * Re-running with a larger N carries on from the articles already there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/pipeline.ts';
import type { Analysis } from '../src/analysis/types.ts';
import { contentHash } from '../src/ingest/keys.ts';
import { simhash } from '../src/ingest/simhash.ts';
import { shiftAnalysis } from '../src/store/shift.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';

const args = process.argv.slice(2);
const bi = args.indexOf('--batch');
const BATCH = bi >= 0 ? Number(args.splice(bi, 2)[1]) : 1000;
const [out, nArg] = args;
if (!out) { console.error('usage: scale-store.ts OUT.db [N] [--batch 1000]'); process.exit(2); }
const N = Number(nArg ?? 100_000);
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) { console.log(`skipped: ${corpus} is absent`); process.exit(0); }

const SITES = ['bbc.com', 'amarujala.com', 'jagran.com', 'livehindustan.com', 'navbharattimes.indiatimes.com', 'prabhatkhabar.com', 'aajtak.in', 'abplive.com'];
const PLACES = ['नई दिल्ली', 'मुंबई', 'लखनऊ', 'पटना', 'जयपुर', 'भोपाल', 'कोलकाता', 'वाशिंगटन', 'लंदन', 'इस्लामाबाद', 'बीजिंग', 'मॉस्को'];
const t0 = performance.now();
const base: { a: Analysis; sentences: string[] }[] = [];
for (const sub of ['bbc-hindi', 'covid19-hindi-2020-articles']) {
  for (const f of readdirSync(join(corpus, sub)).sort()) {
    if (!f.endsWith('.txt') || /^(source|readme|licen[cs]e)/i.test(f)) continue;
    const text = readFileSync(join(corpus, sub, f), 'utf8');
    if (!text.trim()) continue;
    const a = analyze(text);
    const sentences = a.sentences.map((s) => a.body.slice(s.start, s.end)).filter((s) => s.length > 20);
    base.push({ a, sentences });
  }
}
const analysed = (performance.now() - t0) / 1000;
console.error(`analysed ${base.length} corpus articles in ${analysed.toFixed(1)} s`);
const store = openSqliteStore(out);
store.db.pragma('cache_size = -262144'); // 256 MB while building
const t1 = performance.now();
let added = 0;
const start = (await store.counts()).articles;
for (let k0 = start; k0 < N; k0 += BATCH) {
  store.db.exec('BEGIN IMMEDIATE');
  for (let k = k0; k < Math.min(N, k0 + BATCH); k++) {
    const src = base[k % base.length];
    const other = base[(k * 7919 + 13) % base.length];
    const extra = other.sentences[k % Math.max(1, other.sentences.length)] ?? '';
    const site = SITES[k % SITES.length];
    const day = new Date(Date.UTC(2015, 0, 1) + (k * 37 % 3650) * 86400_000).toISOString().slice(0, 10);
    const dateline = `${PLACES[k % PLACES.length]}, ${day} (${site}, ${k}):\n\n`;
    const shifted = shiftAnalysis(src.a, dateline.length);
    const body = `${dateline}${src.a.body}\n\n${extra}`;
    const analysis: Analysis = { ...shifted, body };
    const url = `https://${site}/news/${k}`;
    const r = await store.putArticle({
      meta: { url, canonicalUrl: url, guid: null, site, title: src.a.title, author: null, published: day, source: `scale:${k}` },
      raw: Buffer.from(body), rawType: 'text/plain', text: body, analysis, simhash: simhash(body),
    }, { contentHash: contentHash(body), canonicalUrl: url });
    if (r.status === 'added') added++;
  }
  store.db.exec('COMMIT');
  const done = Math.min(N, k0 + BATCH);
  if (done % 5000 === 0 || done === N) console.error(`${done}/${N} ${(added / ((performance.now() - t1) / 1000)).toFixed(0)} articles/s`);
}
store.db.pragma('wal_checkpoint(TRUNCATE)');
console.log(JSON.stringify({ articles: (await store.counts()).articles, added, analyseSeconds: +analysed.toFixed(1), writeSeconds: +((performance.now() - t1) / 1000).toFixed(1) }));
await store.close();
