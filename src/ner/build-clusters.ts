/**
 * Builds data/ner/clusters.tsv: distributional word clusters learned from the unlabelled Hindi
 * text in ../shared (BBC Hindi and COVID-19 newspaper corpora, EDNIL 2020 articles, the words of
 * IL-NER train), leaving out every article that ../shared/gold evaluates. Each word (frequency
 * ≥ MIN_FREQ) gets a vector of PPMI-weighted left/right neighbours; spherical k-means (seeded
 * k-means++) groups them into FINE clusters, and the FINE centroids are grouped into COARSE ones.
 * Only word → cluster ids are written, never text.
 *
 *   node --import tsx src/ner/build-clusters.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseWord } from './normalise.ts';
import { corpusFiles, corpusLines, SHARED_DIR } from './corpus.ts';
import { seededRandom } from './perceptron.ts';
import { CLUSTERS_PATH } from './clusters.ts';

const MIN_FREQ = 3;
const MAX_VOCAB = 40000;
const CONTEXTS = 1000;
const FINE = 256;
const COARSE = 32;
const ITERATIONS = 12;
const SEED = 7;

function corpusSentences(): string[][] {
  const out = corpusLines().map((line) => line.map(normaliseWord));
  const train = readFileSync(join(SHARED_DIR, 'data/il-ner/Hindi-train.txt'), 'utf8');
  for (const block of train.split(/\n\s*\n/)) out.push(block.split('\n').filter(Boolean).map((l) => normaliseWord(l.split('\t')[0])));
  console.error(`${corpusFiles().length} files (gold articles left out), ${out.length} lines`);
  return out;
}

function byFrequency(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[0]);
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

function kmeans(vectors: Sparse[] | Float64Array[], dim: number, k: number, random: () => number): Int32Array {
  const n = vectors.length;
  const dot = (v: Sparse | Float64Array, c: Float64Array): number => {
    if (v instanceof Float64Array) {
      let s = 0;
      for (let i = 0; i < dim; i++) s += v[i] * c[i];
      return s;
    }
    let s = 0;
    for (let i = 0; i < v.idx.length; i++) s += v.val[i] * c[v.idx[i]];
    return s;
  };
  const addTo = (c: Float64Array, v: Sparse | Float64Array) => {
    if (v instanceof Float64Array) for (let i = 0; i < dim; i++) c[i] += v[i];
    else for (let i = 0; i < v.idx.length; i++) c[v.idx[i]] += v.val[i];
  };
  const centroids: Float64Array[] = [];
  // k-means++ seeding on cosine distance
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let j = 0; j < k; j++) {
    const c = new Float64Array(dim);
    addTo(c, vectors[pick]);
    centroids.push(c);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(vectors[i], c));
      if (d < dist[i]) dist[i] = d;
      total += dist[i] * dist[i];
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i] * dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < k; j++) {
        const s = dot(vectors[i], centroids[j]);
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    for (const c of centroids) c.fill(0);
    for (let i = 0; i < n; i++) addTo(centroids[assign[i]], vectors[i]);
    for (const c of centroids) {
      let norm = 0;
      for (let i = 0; i < dim; i++) norm += c[i] * c[i];
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < dim; i++) c[i] /= norm;
    }
    console.error(`k=${k} iteration ${it + 1}: ${changed} moved`);
    if (changed === 0) break;
  }
  (kmeans as unknown as { centroids: Float64Array[] }).centroids = centroids;
  return assign;
}

function main(): void {
  const sentences = corpusSentences();
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = byFrequency(counts);
  const vocab = ranked.filter((w) => counts.get(w)! >= MIN_FREQ).slice(0, MAX_VOCAB);
  const vocabId = new Map(vocab.map((w, i) => [w, i]));
  const ctxId = new Map(ranked.slice(0, CONTEXTS).map((w, i) => [w, i]));
  const dim = 2 * CONTEXTS;
  const cooc = vocab.map(() => new Map<number, number>());
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vocabId.get(s[i]);
      if (v === undefined) continue;
      const l = i > 0 ? ctxId.get(s[i - 1]) : undefined;
      const r = i + 1 < s.length ? ctxId.get(s[i + 1]) : undefined;
      if (l !== undefined) cooc[v].set(l, (cooc[v].get(l) ?? 0) + 1);
      if (r !== undefined) cooc[v].set(CONTEXTS + r, (cooc[v].get(CONTEXTS + r) ?? 0) + 1);
    }
  }
  const ctxTotals = new Float64Array(dim);
  let total = 0;
  for (const m of cooc) {
    for (const [c, x] of m) {
      ctxTotals[c] += x;
      total += x;
    }
  }
  const vectors: Sparse[] = cooc.map((m) => {
    const rowTotal = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
    const val = entries.map(([c, x]) => Math.max(0, Math.log((x * total) / (rowTotal * ctxTotals[c]))));
    const norm = Math.sqrt(val.reduce((a, b) => a + b * b, 0)) || 1;
    return { idx: Int32Array.from(entries, (e) => e[0]), val: Float64Array.from(val, (x) => x / norm) };
  });
  console.error(`vocabulary ${vocab.length} words, ${total} context pairs`);
  const random = seededRandom(SEED);
  const fine = kmeans(vectors, dim, FINE, random);
  const fineCentroids = (kmeans as unknown as { centroids: Float64Array[] }).centroids;
  const coarse = kmeans(fineCentroids, dim, COARSE, random);
  const rows = vocab.map((w, i) => `${w}\t${fine[i]}\t${coarse[fine[i]]}`).sort();
  const head = `# word\tfine cluster (of ${FINE})\tcoarse cluster (of ${COARSE}); built by src/ner/build-clusters.ts, see SOURCE.md`;
  writeFileSync(CLUSTERS_PATH, [head, ...rows].join('\n') + '\n');
  console.error(`wrote ${CLUSTERS_PATH}: ${rows.length} words`);
}

main();
