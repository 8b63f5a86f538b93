/**
 * API load benchmark: serves a store in a child process and drives article, timeline, graph,
 * lens and search with autocannon (50 connections, 30 s each by default) on loopback; reports
 * p50/p99 latency, requests/s, errors and the server's RSS before/after. Also times the reader
 * of a 5,000-word article (server-side render).
 *
 * Usage: node --import tsx bench/api.ts [--db FILE] [--seconds 30] [--connections 50] [--out FILE]
 * Without --db it builds /tmp/khabar-bench-api.db from examples and ../shared/corpus/bbc-hindi.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis/pipeline.ts';
import { ingestInputs } from '../src/ingest/run.ts';
import { knowledgeBaseFor } from '../src/kb/index.ts';
import { readerPage } from '../src/server/pages/reader.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string' }, connections: { type: 'string' }, out: { type: 'string' } } });
const seconds = Number(values.seconds ?? 30);
const connections = Number(values.connections ?? 50);
const BBC = resolve(ROOT, '../shared/corpus/bbc-hindi');

async function buildStore(): Promise<string> {
  const db = '/tmp/khabar-bench-api.db';
  const store = openSqliteStore(db);
  const inputs = [join(ROOT, 'examples'), ...(existsSync(BBC) ? [BBC] : [])];
  const seed = resolve(ROOT, '../shared/gold/articles/abp-ru-pk-steel.txt');
  if (existsSync(seed)) inputs.push(seed);
  const s = await ingestInputs(store, inputs);
  console.log(`store ${db}: +${s.added} (had ${s.duplicates}) in ${s.seconds.toFixed(1)} s`);
  await store.close();
  return db;
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** Reader render time of a ~5,000-word article made by joining BBC bodies (server time only). */
function readerTiming(): { words: number; analyzeMs: number; renderMsMedian: number } | null {
  if (!existsSync(BBC)) return null;
  let text = '';
  for (const f of readdirSync(BBC).sort()) {
    text += `${readFileSync(join(BBC, f), 'utf8')}\n\n`;
    if (text.split(/\s+/).length >= 5000) break;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  const t0 = performance.now();
  const analysis = analyze(text, { anchorDate: '2020-01-01' });
  const analyzeMs = performance.now() - t0;
  const keys = Object.fromEntries(analysis.entities.map((e) => [e.id, `${e.type.toLowerCase()}:${e.name.toLowerCase()}`]));
  const article = { id: 1, meta: { url: null, canonicalUrl: null, guid: null, site: null, title: 'bench', author: null, published: null, source: 'bench' }, rawType: 'text/plain', text, pipeline: analysis.pipeline, analysis, storyId: 1, ingestedAt: '' };
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    readerPage(article, keys);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { words, analyzeMs: Math.round(analyzeMs), renderMsMedian: Math.round(times[7] * 10) / 10 };
}

const db = values.db ?? (await buildStore());
const store = openSqliteStore(db);
const kb = knowledgeBaseFor(store);
const counts = await store.counts();
const some = (await kb.articles({ limit: 1 })).articles[0]?.id ?? 1;
const biggest = store.db.prepare('SELECT id FROM articles ORDER BY length(body) DESC LIMIT 1').pluck().get() as number;
const pair = store.db.prepare(`SELECT source_country AS a, target_country AS b FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`).get() as { a: string; b: string } | undefined;
await store.close();
console.log(`store: ${JSON.stringify(counts)}`);

const port = 18000 + Math.floor(Math.random() * 1000);
const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/api-serve.ts'), db, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((res, rej) => {
  child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('serving')) res(); });
  child.once('exit', (c) => rej(new Error(`server exited ${c}`)));
});
const base = `http://127.0.0.1:${port}`;
const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (o: object) => Promise<{ latency: { p50: number; p99: number; average: number }; requests: { average: number }; errors: number; non2xx: number; timeouts: number }>;

const targets: [string, string][] = [
  ['article', `/api/articles/${some}`],
  ['article page (largest body)', `/article/${biggest}`],
  ['timeline', `/api/pairs/${pair?.a ?? 'PK'}/${pair?.b ?? 'RU'}/timeline?by=month`],
  ['graph', '/api/graph'],
  ['lens', '/api/lens/IN'],
  ['search', `/api/search?q=${encodeURIComponent('सरकार')}`],
  ['search latin', '/api/search?q=Moscow'],
];
const results: Record<string, unknown>[] = [];
for (const [name, path] of targets) {
  await fetch(base + path); // warm-up
  const rssBefore = rssMB(child.pid!);
  const r = await autocannon({ url: base + path, connections, duration: seconds });
  const rssAfter = rssMB(child.pid!);
  const row = { name, path, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average, rps: Math.round(r.requests.average), errors: r.errors + r.timeouts, non2xx: r.non2xx, rssBefore, rssAfter };
  results.push(row);
  console.log(`${name.padEnd(28)} p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  ${String(row.rps).padStart(6)} req/s  errors ${row.errors}  non-2xx ${row.non2xx}  RSS ${rssBefore}→${rssAfter} MB`);
}
child.kill('SIGTERM');
const reader = readerTiming();
if (reader) console.log(`reader of a ${reader.words}-word article: render ${reader.renderMsMedian} ms (median of 15; analysis ${reader.analyzeMs} ms, done once at ingest)`);
if (values.out) writeFileSync(values.out, JSON.stringify({ counts, connections, seconds, results, reader }, null, 2));
