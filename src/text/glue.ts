/**
 * Glued-word repair. Scraped Hindi news often loses the space where markup was stripped: a link
 * text runs into its neighbour (`मंत्रीजॉन`, `केरीने`) or a related-story title into the next
 * sentence (`तस्वीरेंलगभग`). These helpers find such glue points from word statistics learned
 * from real text (data/wordfreq/), never splitting a word the corpus knows as a whole.
 */
import { memoize } from './memo.ts';
import { glueConfig, knownSpelling, wordStats, type DocCounts, type GlueConfig, type WordStats } from './glue-vocab.ts';

const VIRAMA = 0x094d;

/** True for Devanagari combining signs (matras, virama, nukta, candrabindu…) and ZWJ/ZWNJ. */
function isMark(c: number): boolean {
  return (c >= 0x0900 && c <= 0x0903) || (c >= 0x093a && c <= 0x094f && c !== 0x093d)
    || (c >= 0x0951 && c <= 0x0957) || c === 0x0962 || c === 0x0963 || c === 0x200c || c === 0x200d;
}

/** True when `w` is made only of Devanagari letters and signs (no digits or dandas). */
function isDevanagariWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const dev = c >= 0x0900 && c <= 0x097f && !(c >= 0x0964 && c <= 0x0970);
    if (!dev && c !== 0x200c && c !== 0x200d) return false;
  }
  return w.length > 0;
}

/** Number of aksharas (orthographic syllables) in a Devanagari word. */
function aksharas(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isMark(c) && !(i > 0 && w.charCodeAt(i - 1) === VIRAMA)) n++;
  }
  return n;
}

/** True when a word may be cut before index `i`: a new akshara starts there. */
function canCut(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  const p = w.charCodeAt(i - 1);
  return !isMark(c) && p !== VIRAMA && p !== 0x200c && p !== 0x200d;
}

/** A stem that inflects like a verb (`पहुँच` → `पहुँचना`) is not split from a following `ने`. */
function looksLikeVerbStem(stem: string, s: WordStats, cfg: GlueConfig): boolean {
  return cfg.verbSuffixes.some((suf) => (s.count.get(stem + suf) ?? 0) > 0);
}

interface Candidate { cuts: number[]; score: number }

let cliticSet: Set<string> | null = null;

/** The vowel sign a word ends in, or 0 for an inherent vowel. */
function finalSign(w: string): number {
  const c = w.charCodeAt(w.length - 1);
  return isMark(c) ? c : 0;
}

/** May `stem` lose a following postposition `clitic` (`केरी|ने`, not `पहुँच|ने`, not `इस|का`)? */
function stemTakesClitic(stem: string, clitic: string, s: WordStats, cfg: GlueConfig): boolean {
  const c = s.count.get(stem) ?? 0;
  const n = aksharas(stem);
  if (n < 2 || c < cfg.minCliticStemCount || cfg.pronounStems.includes(stem)) return false;
  if (looksLikeVerbStem(stem, s, cfg)) return false;
  if (clitic === 'ने') {
    // Infinitive forms are stem + ने: verb stems end in a consonant (हिल, पहुँच) or ा (सुलझा).
    const sign = finalSign(stem);
    const nameLike = sign !== 0 && sign !== 0x093e && sign !== 0x094d;
    if (!nameLike && c < (n <= 2 ? cfg.minShortPartCount : cfg.minNeStemCount)) return false;
  } else if (c < (n <= 2 ? cfg.minShortPartCount : cfg.minPartCount)) {
    return false;
  }
  return true;
}

/** Checks one segmentation of `w` at `cuts` and scores it, or returns null when it is not allowed. */
function scoreCuts(w: string, cuts: number[], s: WordStats, cfg: GlueConfig, clitics: Set<string>): number | null {
  const bounds = [0, ...cuts, w.length];
  const parts: string[] = [];
  // Each part is looked up under the spelling the corpus knows (`ज़िंदग़ी` as `ज़िंदगी`).
  for (let k = 0; k + 1 < bounds.length; k++) parts.push(knownSpelling(s, w.slice(bounds[k], bounds[k + 1])));
  let score = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const c = s.count.get(part) ?? 0;
    if (cfg.letterNames.includes(part) || (k > 0 && cfg.boundSuffixes.includes(part))
      || (k + 1 < parts.length && cfg.boundPrefixes.includes(part))) return null;
    const isClitic = k > 0 && k === parts.length - 1 && clitics.has(part) && !clitics.has(parts[k - 1]);
    const nextIsClitic = k + 2 === parts.length && clitics.has(parts[k + 1]);
    if (isClitic) {
      // ok: checked with its stem
    } else if (nextIsClitic) {
      if (!stemTakesClitic(part, parts[k + 1], s, cfg)) return null;
    } else {
      const n = aksharas(part);
      if (n < 2 || c < cfg.minPartCount) return null;
      if (k > 0 && !clitics.has(parts[k - 1])) {
        const prev = parts[k - 1];
        const attested = s.bigrams.has(`${prev} ${part}`);
        if (!attested && (s.count.get(prev) ?? 0) * c < cfg.minPairProduct) return null;
        // Two short parts (दम|कल, पर|मार) are more often one real word than a glue, unless the pair
        // is attested or the right part typically opens a sentence (राज़ी|दोनों).
        if (!attested && n <= 2 && aksharas(prev) <= 2
          && !(c >= cfg.minPartCount * 5 && (s.starts.get(part) ?? 0) / c >= cfg.shortPairMinStartRate)) return null;
      }
    }
    score += Math.log(c + 1);
  }
  return score;
}

/**
 * Where a glued token should be cut: offsets inside `word` (ascending, 1…length-1) at which it
 * falls apart into two or three words the corpus knows, or `[]` when it should stay whole.
 * A word seen often enough as a whole is never cut (`प्रधानमंत्री`, `राष्ट्रपति`); a postposition
 * (`ने`, `को`, `से`, …) is cut off a name but not off a verb stem (`पहुँचने` stays whole) or a
 * pronoun (`किसका`). Two parts are preferred to three.
 *
 * @example
 * splitGlued('मंत्रीजॉन'); // [6]  → मंत्री | जॉन
 * splitGlued('पाकिस्तान'); // []
 */
export function splitGlued(word: string): number[] {
  const cfg = glueConfig();
  if (word.length < cfg.minWordLength || word.length > cfg.maxWordLength) return [];
  const cuts = rememberedCuts(word);
  // A copy, so a caller that changes it cannot change the remembered answer.
  return cuts.length === 0 ? [] : cuts.slice();
}

/** splitGlued is a pure function of the word (the vocabulary and config load once): news repeats its words (at most 100,000 remembered at a time). */
const rememberedCuts = memoize((word) => computeSplitGlued(word), 100_000);

function computeSplitGlued(word: string): number[] {
  const cfg = glueConfig();
  if (word.length < cfg.minWordLength || word.length > cfg.maxWordLength || !isDevanagariWord(word)) return [];
  const s = wordStats();
  if ((s.count.get(knownSpelling(s, word)) ?? 0) >= cfg.keepWholeMinCount) return [];
  cliticSet ??= new Set(cfg.clitics);
  const clitics = cliticSet;
  const cuts: number[] = [];
  for (let i = 1; i < word.length; i++) if (canCut(word, i)) cuts.push(i);
  let best: Candidate | null = null;
  const consider = (c: number[]) => {
    const score = scoreCuts(word, c, s, cfg, clitics);
    if (score !== null && (!best || score > best.score)) best = { cuts: c, score };
  };
  // Every part must be a known word, so unknown prefixes prune the search (exactly).
  const known = cuts.map((c) => s.count.has(knownSpelling(s, word.slice(0, c))));
  for (let a = 0; a < cuts.length; a++) if (known[a]) consider([cuts[a]]);
  if (!best) {
    for (let a = 0; a < cuts.length; a++) {
      if (!known[a]) continue;
      for (let b = a + 1; b < cuts.length; b++) if (s.count.has(knownSpelling(s, word.slice(cuts[a], cuts[b])))) consider([cuts[a], cuts[b]]);
    }
  }
  if (best) return (best as Candidate).cuts;
  return vowelSeam(word, s, cfg);
}

/** True for a Devanagari independent vowel (अ … औ), which native words carry only at their start. */
function isIndependentVowel(c: number): boolean {
  return c >= 0x0904 && c <= 0x0914;
}

/**
 * A glue point where an independent vowel stands inside a word (`मंज़र|इस`, `ज़िंदग़ी|इसराइल`):
 * Hindi words begin with such a vowel but do not carry one inside, so when the part from that
 * vowel on is a known word and the part before it is a word of two or more aksharas made of no
 * letter names (`एमआरआई` stays whole), the seam is a lost space even where the left word is
 * too rare for the vocabulary. With `doc`, the right part's uses in the document count too.
 */
function vowelSeam(w: string, s: WordStats, cfg: GlueConfig, doc?: DocCounts): number[] {
  for (let i = 2; i < w.length - 1; i++) {
    if (!isIndependentVowel(w.charCodeAt(i)) || !canCut(w, i)) continue;
    const left = w.slice(0, i);
    const right = w.slice(i);
    if (aksharas(left) < 2 || aksharas(right) < 2 || !isDevanagariWord(left)) return [];
    // Loanwords keep independent vowels inside (बायोरिएक्टर, हिरोइन): the left part must be a
    // word the corpus has seen, unless the right one is very common.
    // A word the document itself uses on its own minDocCount times is known as well.
    const rightCount = s.count.get(knownSpelling(s, right)) ?? 0;
    const inDoc = (doc?.count.get(right) ?? 0) >= cfg.minDocCount;
    const leftKnown = s.count.has(knownSpelling(s, left));
    if (!(rightCount >= cfg.minPartCount * 3 || inDoc) || (!leftKnown && rightCount < cfg.minPartCount * 25)) return [];
    for (let j = 0; j < left.length; j++) if (isIndependentVowel(left.charCodeAt(j))) return [];
    if (cfg.letterNames.some((n) => left.endsWith(n) || right.startsWith(n) && right.length === n.length)) return [];
    return [i];
  }
  return [];
}

/** Why `classifyGluePoint` decided as it did. */
export type GlueReason = 'clitic' | 'bigram' | 'sentence-edge' | 'inside';

/** The verdict on one glue point. */
export interface GlueVerdict {
  /** True when the glue point looks like the seam between two texts (a link title, then a sentence). */
  boundary: boolean;
  /** Log-odds-like score; > threshold means boundary. Larger is more certain. */
  score: number;
  reason: GlueReason;
  /** The word that ends before the glue point and the one that starts there. */
  left: string;
  right: string;
}

/** The Devanagari word of `text` that ends at `at` (going left) or starts there (going right). */
function wordAt(text: string, at: number, dir: -1 | 1): string {
  let i = at;
  const inWord = (j: number) => {
    const c = text.charCodeAt(j);
    return (c >= 0x0900 && c <= 0x097f && !(c >= 0x0964 && c <= 0x0970)) || c === 0x200c || c === 0x200d;
  };
  if (dir < 0) {
    while (i > 0 && inWord(i - 1)) i--;
    return text.slice(i, at);
  }
  while (i < text.length && inWord(i)) i++;
  return text.slice(at, i);
}

/**
 * Tells the cleaner whether a glue point at `text[at]` (a place where two words touch without a
 * space) looks like the seam between TWO TEXTS — a link or related-story title run into the next
 * sentence (`तस्वीरें|लगभग`, `मंज़र|इस बीच`) — rather than a missing space INSIDE one sentence
 * (`मंत्री|जॉन`, `केरी|ने`).
 *
 * Contract: `at` is a string index into `text` with a Devanagari word ending just before it and one
 * starting at it (as returned by `findGluePoints` or `splitGlued`). Pure and deterministic; never
 * throws (an index off a word gives `boundary: false`). Evidence, from the corpus statistics:
 * a postposition on the right means inside (`clitic`); the pair attested as a spaced bigram means
 * inside (`bigram`); otherwise the score weighs how much more often than average the right word
 * starts a sentence and the left word ends one, against how often the left word precedes a rare
 * word (titles before names: `मंत्री`, `राष्ट्रपति`) — `sentence-edge` when above the threshold,
 * else `inside`. It is conservative: a seam after a word that rarely ends anything (`हैं ये|ग़ज़ा`)
 * is called `inside`, so text is not lifted out of the body on weak evidence. It judges only the
 * seam: the caller decides where a lifted title starts.
 *
 * @example
 * const t = 'शादी की तस्वीरेंलगभग दो साल बाद';
 * classifyGluePoint(t, t.indexOf('लगभग')).boundary; // true
 * classifyGluePoint('मंत्रीजॉन केरी', 6).boundary;    // false
 */
export function classifyGluePoint(text: string, at: number, doc?: DocCounts): GlueVerdict {
  const left = wordAt(text, at, -1);
  const right = wordAt(text, at, 1);
  const s = wordStats();
  const [l, r] = [knownSpelling(s, left), knownSpelling(s, right)];
  const verdict = (boundary: boolean, score: number, reason: GlueReason): GlueVerdict => ({ boundary, score, reason, left, right });
  if (!left || !right) return verdict(false, 0, 'inside');
  const cfg = glueConfig();
  if (cfg.clitics.includes(right)) return verdict(false, -10, 'clitic');
  const pair = s.bigrams.get(`${l} ${r}`) ?? 0;
  const k = cfg.boundary.priorWeight;
  // Each rate is smoothed towards the corpus rate and compared with it (log ratio).
  const logRatio = (hits: number, n: number, total: number) => {
    const base = total / s.tokens;
    return Math.log((hits + k * base) / (n + k) / base);
  };
  const nl = s.count.get(l) ?? 0;
  // The document's own sentences count for the right word too (a name the article repeats).
  const startsRight = logRatio((s.starts.get(r) ?? 0) + (doc?.starts.get(right) ?? 0),
    (s.count.get(r) ?? 0) + (doc?.count.get(right) ?? 0), s.totalStarts);
  // Titles end in nouns, which rarely end sentences: the left word's end rate only ever helps.
  const endsLeft = Math.max(0, logRatio(s.ends.get(l) ?? 0, nl, s.totalEnds));
  const b = cfg.boundary;
  const leftBeforeName = nl >= b.minLeftCount ? logRatio(s.beforeRare.get(l) ?? 0, nl, s.totalBeforeRare) : 0;
  const score = startsRight + endsLeft - b.beforeNameWeight * leftBeforeName - b.bigramWeight * Math.log1p(pair);
  if (pair > 0 && score <= cfg.boundary.threshold) return verdict(false, score, 'bigram');
  return score > cfg.boundary.threshold ? verdict(true, score, 'sentence-edge') : verdict(false, score, 'inside');
}

/** A token with an independent vowel inside, that the corpus does not know as a whole and the document uses only once, may be glued. */
function mayBeGluedInDoc(word: string, doc: DocCounts): boolean {
  let inner = false;
  for (let i = 2; i < word.length - 1 && !inner; i++) inner = isIndependentVowel(word.charCodeAt(i));
  if (!inner) return false;
  const cfg = glueConfig();
  if (word.length < cfg.minWordLength || word.length > cfg.maxWordLength || !isDevanagariWord(word)) return false;
  const s = wordStats();
  return (s.count.get(knownSpelling(s, word)) ?? 0) < cfg.keepWholeMinCount && (doc.count.get(word) ?? 0) <= 1;
}

/** A glue point found in a text. */
export interface GluePoint {
  /** String index of the seam: the right-hand word starts here. */
  at: number;
  verdict: GlueVerdict;
}

/**
 * All glue points of a text: every place where a Devanagari token splits into known words
 * (`splitGlued`), with the `classifyGluePoint` verdict. Offsets index `text`. With `doc` (the
 * counts of the whole article, see countDocument), a word the article repeats is known too:
 * `बरक़रारइसराइली` splits at the independent vowel when `इसराइली` stands alone elsewhere in it.
 *
 * @example
 * findGluePoints('विदेश मंत्रीजॉन केरी').map((g) => g.at); // [12]
 */
export function findGluePoints(text: string, doc?: DocCounts): GluePoint[] {
  const out: GluePoint[] = [];
  const minLength = glueConfig().minWordLength;
  // Runs of Devanagari letters and signs (U+0900–U+0963, U+0971–U+097F) and ZWNJ/ZWJ, found by
  // character code; runs too short to hold two words are not cut out of the text at all.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isGlueChar(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < n && isGlueChar(text.charCodeAt(i))) i++;
    if (i - start < minLength) continue;
    const token = text.slice(start, i);
    let cuts = splitGlued(token);
    if (cuts.length === 0 && doc && mayBeGluedInDoc(token, doc)) cuts = vowelSeam(token, wordStats(), glueConfig(), doc);
    for (const cut of cuts) {
      const at = start + cut;
      out.push({ at, verdict: classifyGluePoint(text, at, doc) });
    }
  }
  return out;
}

/** A character of a run findGluePoints looks at: Devanagari but not a danda, digit or ॰; or ZWNJ/ZWJ. */
function isGlueChar(c: number): boolean {
  return (c >= 0x0900 && c <= 0x0963) || (c >= 0x0971 && c <= 0x097f) || c === 0x200c || c === 0x200d;
}
