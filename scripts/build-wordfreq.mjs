#!/usr/bin/env node
// Builds data/wordfreq/ (unigram and bigram counts of Devanagari words) from the Hindi news corpora
// in ../shared/corpus. The output is derived statistics only (counts), never running text.
// Articles that ../shared/gold evaluates are left out, so the evaluation never scores text the
// statistics were learned from.
// Usage: node --import tsx scripts/build-wordfreq.mjs [--corpus ../shared/corpus] [--out data/wordfreq]
//        [--words 60000] [--bigrams 45000] [--min-bigram 3] [--gold ../shared/gold]
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { goldStems, isGoldFile } from '../src/eval/gold-files.ts';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpusRoot = opt('corpus', '../shared/corpus');
const outDir = opt('out', 'data/wordfreq');
const maxWords = Number(opt('words', '60000'));
const maxBigrams = Number(opt('bigrams', '45000'));
const minBigram = Number(opt('min-bigram', '3'));
const SOURCES = ['bbc-hindi', 'covid19-hindi-2020'];
// IL-NER Hindi train split (CC-BY-4.0): one token a line, sentences separated by blank lines.
const ilNerTrain = opt('il-ner', '../shared/data/il-ner/Hindi-train.txt');
const gold = goldStems(opt('gold', '../shared/gold'));

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p);
    return name.endsWith('.txt') && !/readme/i.test(name) ? [p] : [];
  });
}

// A Devanagari word: letters, signs, nukta, virama, ZWJ/ZWNJ (no dandas, digits or the abbreviation sign).
const WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/g;
// Sentence ends: danda, double danda, ?, !, full stop (not between digits), line break.
const SENTENCE_END = /[।॥?!\n]+|(?<!\d)\.|\.(?!\d)/;
// Two words are a bigram when only spaces stand between them.
const GAP_IS_SPACE = /^[ \t\u00A0]+$/;

const unigram = new Map();
const starts = new Map();
const ends = new Map();
const bigram = new Map();
// For each word, how often the next word (after spaces only) is a rare one; filled after counting.
const nextRare = new Map();
const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);

/** Yields the texts to count: corpus files, then IL-NER train sentences (tokens joined by spaces). */
function* texts() {
  for (const src of SOURCES) for (const file of walk(join(corpusRoot, src))) if (!isGoldFile(file, gold)) yield readFileSync(file, 'utf8');
  if (ilNerTrain !== 'none') {
    const sentences = readFileSync(ilNerTrain, 'utf8').split(/\n\s*\n/);
    yield sentences.map((s) => s.split('\n').map((l) => l.split('\t')[0]).join(' ')).join('\n');
  }
}

let files = 0;
let tokens = 0;
{
  for (const raw of texts()) {
    files++;
    const text = raw.normalize('NFC');
    for (const sentence of text.split(SENTENCE_END)) {
      let prev = null;
      let prevEnd = 0;
      let first = true;
      let last = null;
      for (const m of sentence.matchAll(WORD)) {
        const w = m[0];
        tokens++;
        inc(unigram, w);
        // The first word counts as a sentence start only if nothing but spaces/quotes precede it.
        if (first && /^[\s"'“‘(\-–—]*$/.test(sentence.slice(0, m.index))) inc(starts, w);
        first = false;
        if (prev !== null && GAP_IS_SPACE.test(sentence.slice(prevEnd, m.index))) inc(bigram, `${prev} ${w}`);
        prev = w;
        prevEnd = m.index + w.length;
        last = m;
      }
      if (last && /^[\s"'”’)]*$/.test(sentence.slice(last.index + last[0].length))) inc(ends, last[0]);
    }
  }
}

// A word followed by rare words (names, mostly) is a title or modifier: मंत्री, राष्ट्रपति, श्री.
const RARE = 3;
for (const [pair, c] of bigram) {
  const sp = pair.indexOf(' ');
  if ((unigram.get(pair.slice(sp + 1)) ?? 0) <= RARE) nextRare.set(pair.slice(0, sp), (nextRare.get(pair.slice(0, sp)) ?? 0) + c);
}

const byCount = (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const words = [...unigram].sort(byCount).slice(0, maxWords);
const pairs = [...bigram].filter(([, c]) => c >= minBigram).sort(byCount).slice(0, maxBigrams);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'unigrams.tsv'),
  `# word\tcount\tsentence_starts\tsentence_ends\tbefore_rare  (tokens=${tokens} files=${files}; before_rare: next word seen <= ${RARE} times)\n` +
  words.map(([w, c]) => `${w}\t${c}\t${starts.get(w) ?? 0}\t${ends.get(w) ?? 0}\t${nextRare.get(w) ?? 0}`).join('\n') + '\n');
writeFileSync(join(outDir, 'bigrams.tsv'),
  `# word1 word2\tcount  (adjacent Devanagari words separated only by spaces, count >= ${minBigram})\n` +
  pairs.map(([p, c]) => `${p}\t${c}`).join('\n') + '\n');
console.log(`files=${files} tokens=${tokens} types=${unigram.size} kept=${words.length} bigrams=${bigram.size} kept=${pairs.length}`);
