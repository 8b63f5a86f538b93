/**
 * Load test: runs `khabar serve` on a store and drives the API with autocannon on loopback —
 * article, timeline, graph, lens and search requests in turn over every connection — sampling
 * the server's RSS every 2 s. Reports requests/s, p50/p99 latency, errors, non-2xx and the RSS
 * trace (stable when the last samples are no higher than the first ones after warm-up).
 *
 *   node --import tsx scripts/load.ts --db STORE.db [--seconds 60] [--connections 50] [--out FILE]
 *
 * Build a large store first with scripts/scale-store.ts (100,000 articles ≈ 25 min).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/sqlite/store.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' }, out: { type: 'string' } } });
if (!values.db) { console.error('usage: load.ts --db STORE.db [--seconds 60] [--connections 50] [--out FILE]'); process.exit(2); }
const seconds = Number(values.seconds);
const connections = Number(values.connections);

// Ids and a country pair that exist in this store.
const store = openSqliteStore(values.db);
const articles = (await store.counts()).articles;
const ids = store.db.prepare('SELECT id FROM articles ORDER BY random() LIMIT 50').pluck().all() as number[];
const pair = store.db.prepare(`SELECT source_country AS a, target_country AS b FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`).get() as { a: string; b: string } | undefined;
await store.close();

const root = join(import.meta.dirname, '..');
const child = spawn(process.execPath, [join(root, 'bin/khabar.js'), 'serve', '--db', values.db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  child.stdout.on('data', (d: Buffer) => { const m = /http:\/\/[\d.:]+/.exec(d.toString()); if (m) resolve(m[0]); });
  child.once('exit', (c) => reject(new Error(`khabar serve exited ${c}`)));
});

function rssMB(): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

const paths = [
  ...ids.slice(0, 20).map((id) => `/api/articles/${id}`),
  `/api/pairs/${pair?.a ?? 'IN'}/${pair?.b ?? 'PK'}/timeline?by=month`,
  '/api/graph', '/api/lens/IN', '/api/lens/PK',
  ...['भारत', 'सरकार', 'कोरोना', 'समझौता', 'Moscow', 'Corona'].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
];
for (const p of paths) await (await fetch(base + p)).arrayBuffer(); // warm-up
const rss: number[] = [rssMB()];
const timer = setInterval(() => rss.push(rssMB()), 2000);
const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (o: object) => Promise<{ latency: { p50: number; p99: number; average: number }; requests: { average: number; total: number }; errors: number; non2xx: number; timeouts: number }>;
const r = await autocannon({ url: base, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
clearInterval(timer);
rss.push(rssMB());
child.kill('SIGTERM');

const early = Math.max(...rss.slice(1, Math.max(2, Math.ceil(rss.length / 4))));
const late = Math.max(...rss.slice(-Math.max(1, Math.floor(rss.length / 4))));
const result = {
  store: values.db, articles, seconds, connections, paths: paths.length,
  requests: r.requests.total, requestsPerSecond: Math.round(r.requests.average),
  latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average },
  errors: r.errors + r.timeouts, non2xx: r.non2xx,
  rssMB: { start: rss[0], earlyMax: early, lateMax: late, max: Math.max(...rss), samples: rss },
};
console.log(`${articles} articles, ${connections} connections, ${seconds} s over ${paths.length} paths: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}; RSS ${rss[0]} → early max ${early} → late max ${late} MB`);
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
process.exit(result.errors === 0 && result.non2xx === 0 ? 0 : 1);
