import { readFileSync } from 'node:fs';

/** Word statistics from data/wordfreq/ (see its SOURCE.md). */
export interface WordStats {
  /** Occurrences of each word. */
  count: Map<string, number>;
  /** How often each word began a sentence. */
  starts: Map<string, number>;
  /** How often each word ended a sentence. */
  ends: Map<string, number>;
  /** How often each word was followed by a rare word (a name, mostly). */
  beforeRare: Map<string, number>;
  /** Counts of adjacent word pairs, keyed `w1 w2`. */
  bigrams: Map<string, number>;
  /** Tokens counted in the source corpus. */
  tokens: number;
  /** Sentence starts counted in total. */
  totalStarts: number;
  /** Sentence ends counted in total. */
  totalEnds: number;
  /** Words followed by a rare word, in total. */
  totalBeforeRare: number;
  /** Spelling-variant key (see variantKey) → the most frequent word with that key. */
  variants: Map<string, string>;
}

/**
 * The key that spelling variants of one word share: nukta dropped (`ज़िंदग़ी` → `जिंदगी`,
 * `बरक़रार` → `बरकरार`) and candrabindu written as anusvara (`पहुँच` → `पहुंच`). Hindi news
 * spells the same word both ways, often within one article.
 *
 * @example
 * variantKey('ज़िंदग़ी') === variantKey('जिंदगी'); // true
 */
export function variantKey(w: string): string {
  return w.replace(/\u093c/g, '').replace(/\u0901/g, '\u0902');
}

/**
 * The spelling under which `w` is counted: `w` itself when the statistics know it, else (for
 * words of five or more code units) the most frequent known spelling of its variant key, else `w`.
 *
 * @example
 * knownSpelling(wordStats(), 'ज़िंदग़ी'); // 'ज़िंदगी' (the spelling the corpus uses most)
 */
export function knownSpelling(s: WordStats, w: string): string {
  if (s.count.has(w) || w.length < MIN_VARIANT_LENGTH) return w;
  return s.variants.get(variantKey(w)) ?? w;
}

/** Counts of the words of one document: the article at hand adds to the corpus statistics. */
export interface DocCounts {
  /** Occurrences of each Devanagari word in the document. */
  count: Map<string, number>;
  /** How often each word began a sentence there. */
  starts: Map<string, number>;
}

const DOC_WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/g;
const DOC_SENTENCE_END = /[।॥?!\n]+|(?<!\d)\.|\.(?!\d)/;

/**
 * Counts the words of a document and its sentence starts (lazily, on first use), split as
 * data/wordfreq was built (scripts/build-wordfreq.mjs), so names the article repeats
 * (`इसराइली`) are known words even where the corpus has them rarely.
 *
 * @example
 * countDocument('इसराइली सेना आई. इसराइली दल गया.').starts.get('इसराइली'); // 2
 */
export function countDocument(text: string): DocCounts {
  // Counted on first use: most articles have no seam that asks.
  let d: DocCounts | null = null;
  return {
    get count() { return (d ??= countNow(text)).count; },
    get starts() { return (d ??= countNow(text)).starts; },
  };
}

function countNow(text: string): DocCounts {
  const d: DocCounts = { count: new Map(), starts: new Map() };
  for (const sentence of text.split(DOC_SENTENCE_END)) {
    let first = true;
    for (const m of sentence.matchAll(DOC_WORD)) {
      const w = m[0];
      d.count.set(w, (d.count.get(w) ?? 0) + 1);
      if (first && /^[\s"'“‘(\-–—]*$/.test(sentence.slice(0, m.index))) d.starts.set(w, (d.starts.get(w) ?? 0) + 1);
      first = false;
    }
  }
  return d;
}

/** Shorter words are looked up only as written: a nukta turns short words into others (`रख़ा` is not `रखा`). */
const MIN_VARIANT_LENGTH = 5;

/** Parameters of glue repair (data/wordfreq/glue.json). */
export interface GlueConfig {
  keepWholeMinCount: number;
  minWordLength: number;
  /** Longer tokens are never split (the search is cubic in the length). */
  maxWordLength: number;
  minPartCount: number;
  minPairProduct: number;
  minCliticStemCount: number;
  minShortPartCount: number;
  minNeStemCount: number;
  /** Two parts of at most two aksharas each split only if the right one starts sentences this often. */
  shortPairMinStartRate: number;
  /** A right part the document uses on its own this often is a known word at a vowel seam. */
  minDocCount: number;
  pronounStems: string[];
  letterNames: string[];
  boundSuffixes: string[];
  boundPrefixes: string[];
  clitics: string[];
  verbSuffixes: string[];
  boundary: { priorWeight: number; bigramWeight: number; beforeNameWeight: number; minLeftCount: number; threshold: number };
}

const DATA = new URL('../../data/wordfreq/', import.meta.url);
let stats: WordStats | null = null;
let config: GlueConfig | null = null;

function fail(file: string, line: number, why: string): never {
  throw new Error(`data/wordfreq/${file}:${line}: ${why}`);
}

/**
 * Parses unigrams.tsv and bigrams.tsv into maps, validating every line.
 *
 * @example
 * parseWordStats('# h (tokens=3 files=1)\nके\t2\t0\t0\t0\nहै\t1\t0\t1\t0\n', '# h\nके है\t1\n').count.get('के'); // 2
 */
export function parseWordStats(unigramTsv: string, bigramTsv: string): WordStats {
  const s: WordStats = { count: new Map(), starts: new Map(), ends: new Map(), beforeRare: new Map(), bigrams: new Map(), tokens: 0, totalStarts: 0, totalEnds: 0, totalBeforeRare: 0, variants: new Map() };
  const lines = unigramTsv.split('\n');
  const header = /tokens=(\d+)/.exec(lines[0] ?? '');
  if (!header) fail('unigrams.tsv', 1, 'header without tokens=N');
  s.tokens = Number(header[1]);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const f = line.split('\t');
    if (f.length !== 5) fail('unigrams.tsv', i + 1, 'expected 5 tab-separated fields');
    const [w, c, st, en, br] = [f[0], Number(f[1]), Number(f[2]), Number(f[3]), Number(f[4])];
    if (!w || !(c > 0) || !(st >= 0) || !(en >= 0) || !(br >= 0)) fail('unigrams.tsv', i + 1, 'bad word or counts');
    if (br > 0) s.beforeRare.set(w, br);
    s.totalBeforeRare += br;
    s.count.set(w, c);
    const key = variantKey(w);
    const best = s.variants.get(key);
    if (best === undefined || (s.count.get(best) ?? 0) < c) s.variants.set(key, w);
    if (st > 0) s.starts.set(w, st);
    if (en > 0) s.ends.set(w, en);
    s.totalStarts += st;
    s.totalEnds += en;
  }
  const blines = bigramTsv.split('\n');
  for (let i = 1; i < blines.length; i++) {
    const line = blines[i];
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const c = Number(line.slice(tab + 1));
    if (tab < 3 || !line.slice(0, tab).includes(' ') || !(c > 0)) fail('bigrams.tsv', i + 1, 'expected "w1 w2<TAB>count"');
    s.bigrams.set(line.slice(0, tab), c);
  }
  return s;
}

/**
 * The word statistics of data/wordfreq/, loaded once on first use.
 *
 * @example
 * wordStats().count.get('है'); // a large number
 */
export function wordStats(): WordStats {
  stats ??= parseWordStats(readFileSync(new URL('unigrams.tsv', DATA), 'utf8'), readFileSync(new URL('bigrams.tsv', DATA), 'utf8'));
  return stats;
}

/**
 * The glue-repair parameters of data/wordfreq/glue.json, loaded and checked once.
 *
 * @example
 * glueConfig().clitics.includes('ने'); // true
 */
export function glueConfig(): GlueConfig {
  if (config) return config;
  const c = JSON.parse(readFileSync(new URL('glue.json', DATA), 'utf8')) as GlueConfig;
  for (const k of ['keepWholeMinCount', 'minWordLength', 'maxWordLength', 'minPartCount', 'minPairProduct', 'minCliticStemCount', 'minShortPartCount', 'minNeStemCount', 'shortPairMinStartRate', 'minDocCount'] as const) {
    if (typeof c[k] !== 'number') throw new Error(`data/wordfreq/glue.json: ${k} must be a number`);
  }
  if (!Array.isArray(c.clitics) || !Array.isArray(c.verbSuffixes) || !Array.isArray(c.pronounStems) || !Array.isArray(c.letterNames) || !Array.isArray(c.boundSuffixes) || !Array.isArray(c.boundPrefixes) || !['priorWeight', 'bigramWeight', 'beforeNameWeight', 'minLeftCount', 'threshold'].every((k) => typeof (c.boundary as unknown as Record<string, unknown>)?.[k] === 'number')) {
    throw new Error('data/wordfreq/glue.json: clitics, verbSuffixes and boundary are required');
  }
  for (const k of ['clitics', 'verbSuffixes', 'pronounStems', 'letterNames', 'boundSuffixes', 'boundPrefixes'] as const) c[k] = c[k].map((w) => w.normalize('NFC'));
  config = c;
  return c;
}
