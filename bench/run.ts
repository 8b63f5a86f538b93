/**
 * `npm run bench`: the speed of khabar against the floor of the work, on this machine.
 *
 * End-to-end analyze on one core (words/s, articles/s, p50/p95/p99 per article, peak RSS),
 * the split per stage, the floor (one Intl.Segmenter word pass), and the same corpus over a
 * piscina pool on all cores, ingest into a temporary SQLite store (articles/s) and search
 * latency on it (the ingest benchmark's queries), and the peak RSS of the `khabar ingest`
 * CLI analysing and storing the whole corpus. Prints a table; `--out FILE` writes the JSON.
 *
 *   npm run bench -- --runs 3 --out bench-results.json   (--no-parallel, --no-ingest, --no-cli skip parts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Piscina } from 'piscina';
import { analyze, type StageTimings } from '../src/analysis/pipeline.ts';
import { ingestInputs } from '../src/ingest/run.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import { CORPUS_DIR, countWords, loadBenchCorpus } from './corpus.ts';
import { searchLatency } from './ingest.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' }, runs: { type: 'string', default: '3' },
    'no-parallel': { type: 'boolean' }, 'no-ingest': { type: 'boolean' }, 'no-cli': { type: 'boolean' },
  },
});
const runs = Math.max(1, Number(values.runs));

const corpus = loadBenchCorpus();
if (corpus.length === 0) {
  console.error('bench: ../shared/corpus is absent; nothing to measure');
  process.exit(1);
}
const words = corpus.map((a) => countWords(a.text));
const totalWords = words.reduce((a, b) => a + b, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// Warm-up: loads data files, JITs the hot paths.
for (const a of corpus) analyze(a.text);

const runSeconds: number[] = [];
const floorSeconds: number[] = [];
let latencies: number[] = [];
const stageMs: StageTimings = {};
for (let r = 0; r < runs; r++) {
  const lat: number[] = [];
  const t0 = performance.now();
  for (const a of corpus) {
    const s = performance.now();
    analyze(a.text, {}, r === 0 ? stageMs : undefined);
    lat.push(performance.now() - s);
  }
  runSeconds.push((performance.now() - t0) / 1000);
  if (r === 0) latencies = lat;
  const f0 = performance.now();
  for (const a of corpus) countWords(a.text);
  floorSeconds.push((performance.now() - f0) / 1000);
}
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const analyzeSec = median(runSeconds);
const floorSec = median(floorSeconds);

let parallel: { workers: number; articlesPerSecond: number; speedup: number } | null = null;
if (!values['no-parallel']) {
  const workers = availableParallelism();
  const pool = new Piscina({ filename: new URL('./analyze-worker.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  await Promise.all(corpus.map((a) => pool.run({ text: a.text })));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await Promise.all(corpus.map((a) => pool.run({ text: a.text })));
    times.push((performance.now() - t0) / 1000);
  }
  await pool.destroy();
  const aps = corpus.length / median(times);
  parallel = { workers, articlesPerSecond: round(aps), speedup: round(aps / (corpus.length / analyzeSec)) };
}

const CORPUS_DIRS = ['bbc-hindi', 'covid19-hindi-2020-articles'].map((d) => join(CORPUS_DIR, d)).filter((d) => existsSync(d));

/** Ingest of the corpus into a fresh SQLite store (analysis included), then search latency on it. */
async function ingestAndSearch(): Promise<{ articles: number; seconds: number; articlesPerSecond: number; search: Awaited<ReturnType<typeof searchLatency>> }> {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  try {
    const store = openSqliteStore(join(dir, 'bench.db'));
    const s = await ingestInputs(store, CORPUS_DIRS);
    const search = await searchLatency(store);
    await store.close();
    return { articles: s.added, seconds: round(s.seconds), articlesPerSecond: round(s.added / s.seconds), search };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (MB) of `khabar ingest` analysing and storing the whole corpus, by GNU time; null without /usr/bin/time. */
function cliPeakRssMB(): { peakRssMB: number; seconds: number } | null {
  if (!existsSync('/usr/bin/time')) return null;
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-cli-'));
  try {
    const bin = join(import.meta.dirname, '..', 'bin', 'khabar.js');
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'ingest', '--db', join(dir, 'cli.db'), ...CORPUS_DIRS], { encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (r.status !== 0 || !m) throw new Error(`khabar ingest failed (${r.status}): ${r.stderr.slice(-500)}`);
    return { peakRssMB: Math.round(Number(m[1]) / 1024), seconds: round(seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ingest = values['no-ingest'] ? null : await ingestAndSearch();
const cli = values['no-cli'] ? null : cliPeakRssMB();

function round(x: number, d = 2): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

const stageTotal = Object.values(stageMs).reduce((a, b) => a + b, 0);
const result = {
  machine: { cpus: availableParallelism(), node: process.version },
  corpus: { articles: corpus.length, words: totalWords },
  analyze: {
    wordsPerSecond: Math.round(totalWords / analyzeSec),
    articlesPerSecond: round(corpus.length / analyzeSec),
    latencyMs: { p50: round(pct(latencies, 50)), p95: round(pct(latencies, 95)), p99: round(pct(latencies, 99)) },
    peakRssMB,
    stages: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, { ms: round(v), share: round(v / stageTotal, 3) }])),
  },
  floor: { wordsPerSecond: Math.round(totalWords / floorSec), ratio: round(floorSec === 0 ? 0 : analyzeSec / floorSec, 1) },
  parallel,
  ingest: { articles: ingest?.articles ?? null, seconds: ingest?.seconds ?? null, articlesPerSecond: ingest?.articlesPerSecond ?? null },
  search: {
    p50Ms: ingest ? ingest.search.hindi!.p50 : null,
    p95Ms: ingest ? Math.max(...Object.values(ingest.search).map((x) => x.p95)) : null,
    byScript: ingest?.search ?? null,
  },
  cli: cli ? { command: 'khabar ingest <corpus>', ...cli } : null,
};

console.log(`corpus: ${corpus.length} articles, ${totalWords} words; ${runs} run(s), medians`);
console.log(`analyze   ${result.analyze.wordsPerSecond.toLocaleString('en')} words/s  ${result.analyze.articlesPerSecond} articles/s  p50 ${result.analyze.latencyMs.p50} ms  p95 ${result.analyze.latencyMs.p95} ms  p99 ${result.analyze.latencyMs.p99} ms  peak RSS ${peakRssMB} MB`);
console.log(`floor     ${result.floor.wordsPerSecond.toLocaleString('en')} words/s (Intl.Segmenter word pass); analyze is ${result.floor.ratio}× the floor`);
for (const [k, v] of Object.entries(result.analyze.stages)) console.log(`  ${k.padEnd(10)} ${String(v.ms).padStart(9)} ms  ${(v.share * 100).toFixed(1).padStart(5)} %`);
if (parallel) console.log(`parallel  ${parallel.workers} workers: ${parallel.articlesPerSecond} articles/s, speed-up ${parallel.speedup}×`);
if (ingest) console.log(`ingest    ${ingest.articles} articles in ${ingest.seconds} s: ${ingest.articlesPerSecond} articles/s (SQLite, analysis included); search p50 ${result.search.p50Ms} ms  p95 ${result.search.p95Ms} ms`);
if (cli) console.log(`cli       khabar ingest of the corpus: peak RSS ${cli.peakRssMB} MB, ${cli.seconds} s`);
if (values.out) {
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${values.out}`);
}
