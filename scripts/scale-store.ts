/**
 * Builds a large store for search benchmarks from the corpus in ../shared.
 *
 *   node --import tsx scripts/scale-store.ts OUT.db [N=100000]
 *
 * How: every article of corpus/bbc-hindi and corpus/covid19-hindi-2020-articles is analysed once
 * with the real pipeline. Article k of the scaled store is corpus article (k mod M) with one
 * sentence of another corpus article appended to its body (offsets of every earlier layer stay
 * valid), its own URL on one of eight sites, and a published date spread over 2015–2025. Each is
 * written with Store.putArticle (one transaction per article, FTS and normalised tables as in a
 * real ingest). Its pipeline version is the real one, so the store reads like an ingested one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/pipeline.ts';
import type { Analysis } from '../src/analysis/types.ts';
import { contentHash } from '../src/ingest/keys.ts';
import { simhash } from '../src/ingest/simhash.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';

const [out, nArg] = process.argv.slice(2);
if (!out) { console.error('usage: scale-store.ts OUT.db [N]'); process.exit(2); }
const N = Number(nArg ?? 100_000);
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) { console.log(`skipped: ${corpus} is absent`); process.exit(0); }

const SITES = ['bbc.com', 'amarujala.com', 'jagran.com', 'livehindustan.com', 'navbharattimes.indiatimes.com', 'prabhatkhabar.com', 'aajtak.in', 'abplive.com'];
const base: { a: Analysis; sentences: string[] }[] = [];
for (const sub of ['bbc-hindi', 'covid19-hindi-2020-articles']) {
  for (const f of readdirSync(join(corpus, sub)).sort()) {
    const text = readFileSync(join(corpus, sub, f), 'utf8');
    if (!text.trim()) continue;
    const a = analyze(text);
    const sentences = a.sentences.map((s) => a.body.slice(s.start, s.end)).filter((s) => s.length > 20);
    base.push({ a, sentences });
  }
}
console.error(`analysed ${base.length} corpus articles`);
const store = openSqliteStore(out);
const t0 = performance.now();
let added = 0;
for (let k = (await store.counts()).articles; k < N; k++) {
  const src = base[k % base.length];
  const other = base[(k * 7919 + 13) % base.length];
  const extra = other.sentences[k % Math.max(1, other.sentences.length)] ?? '';
  const body = `${src.a.body}\n\n${extra} (${k})`;
  const analysis: Analysis = { ...src.a, body };
  const site = SITES[k % SITES.length];
  const day = new Date(Date.UTC(2015, 0, 1) + (k * 37 % 3650) * 86400_000).toISOString().slice(0, 10);
  const url = `https://${site}/news/${k}`;
  const r = await store.putArticle({
    meta: { url, canonicalUrl: url, guid: null, site, title: src.a.title, author: null, published: day, source: `scale:${k}` },
    raw: Buffer.from(body), rawType: 'text/plain', text: body, analysis, simhash: simhash(body),
  }, { contentHash: contentHash(body), canonicalUrl: url });
  if (r.status === 'added') added++;
  if (added % 5000 === 0 && added > 0) console.error(`${k + 1}/${N} ${(added / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
}
store.db.pragma('wal_checkpoint(TRUNCATE)');
console.log(JSON.stringify({ articles: (await store.counts()).articles, added, seconds: +((performance.now() - t0) / 1000).toFixed(1) }));
await store.close();
