/**
 * Sentence-boundary evaluation on Universal Dependencies Hindi (`npm run eval:segment`).
 *
 * PUD: the running text of each document (`# newdoc`) is rebuilt from its `# text` lines joined
 * by one space; the gold boundaries are the ends of its sentences. HDTB 2015 dev has no `# text`
 * and no documents: sentences are rebuilt by joining token forms with spaces and grouped into
 * pseudo-documents of 20 sentences. Only boundaries INSIDE a document count (the end of the text
 * is a boundary for free); a predicted boundary counts when it falls exactly on a gold one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join as joinPath, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { segment } from '../analysis/segment/index.ts';

/** A document of running text and the offsets where its sentences end. */
export interface UdDocument {
  id: string;
  text: string;
  ends: number[];
}

/** Scores and examples of missed and spurious boundaries. */
export interface BoundaryScore {
  documents: number;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
  spurious: string[];
}

/** Joins sentences with one space and records where each ends. */
function join(id: string, sentences: string[]): UdDocument {
  let text = '';
  const ends: number[] = [];
  for (const s of sentences) {
    if (text) text += ' ';
    text += s;
    ends.push(text.length);
  }
  return { id, text, ends };
}

/**
 * Reads a CoNLL-U file into documents of running text: from `# text` lines grouped by `# newdoc`
 * where present, else from token forms grouped `groupSize` sentences a document.
 *
 * @example
 * readUdDocuments('# newdoc id = d1\n# text = वे आए।\n1\tवे\n\n# text = फिर गए।\n').length; // 1
 */
export function readUdDocuments(conllu: string, groupSize = 20): UdDocument[] {
  const docs: UdDocument[] = [];
  const hasText = conllu.includes('\n# text = ') || conllu.startsWith('# text = ');
  let id = 'doc0';
  let current: string[] = [];
  let tokens: string[] = [];
  const flush = () => {
    if (current.length) docs.push(join(id, current));
    current = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      id = line.replace(/^# newdoc( id =)?\s*/, '') || `doc${docs.length}`;
    } else if (hasText && line.startsWith('# text = ')) {
      current.push(line.slice(9).trim().normalize('NFC'));
    } else if (!hasText && /^\d+\t/.test(line)) {
      tokens.push(line.split('\t')[1]);
    } else if (!hasText && line.trim() === '' && tokens.length) {
      current.push(tokens.join(' ').normalize('NFC'));
      tokens = [];
      if (current.length >= groupSize) { flush(); id = `group${docs.length}`; }
    }
  }
  if (tokens.length) current.push(tokens.join(' ').normalize('NFC'));
  flush();
  return docs;
}

/** Short context around an offset, with `|` at the offset. */
function around(text: string, at: number): string {
  return `…${text.slice(Math.max(0, at - 40), at)}|${text.slice(at, at + 30)}…`;
}

/**
 * Scores `segment()` sentence boundaries against the documents' gold ends.
 *
 * @example
 * scoreBoundaries([{ id: 'd', text: 'वे आए। फिर गए।', ends: [6, 14] }]).f1; // 1
 */
export function scoreBoundaries(docs: UdDocument[], examples = 8): BoundaryScore {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const d of docs) {
    const inner = (e: number) => e < d.text.trimEnd().length;
    const g = new Set(d.ends.filter(inner));
    const p = new Set(segment({ body: d.text, titleSpan: null, headings: [] }).sentences.map((s) => s.end).filter(inner));
    gold += g.size;
    predicted += p.size;
    for (const e of p) {
      if (g.has(e)) correct++;
      else if (spurious.length < examples) spurious.push(`${d.id}: ${around(d.text, e)}`);
    }
    for (const e of g) if (!p.has(e) && misses.length < examples) misses.push(`${d.id}: ${around(d.text, e)}`);
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = gold ? correct / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { documents: docs.length, gold, predicted, correct, precision, recall, f1, misses, spurious };
}

/** Default locations of the UD files, relative to the repository root. */
export const UD_FILES = {
  pud: '../shared/data/ud-hindi/pud/hi_pud-ud-test.conllu',
  hdtbDev: '../shared/data/ud-hindi/hdtb_v1_2015/hi-ud-dev.conllu',
};

function report(name: string, path: string): void {
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found, skipped`);
    return;
  }
  const s = scoreBoundaries(readUdDocuments(readFileSync(path, 'utf8')));
  const f = (x: number) => x.toFixed(4);
  console.log(`${name}: documents=${s.documents} gold=${s.gold} predicted=${s.predicted} correct=${s.correct}  P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)}`);
  for (const m of s.misses) console.log(`  missed    ${m}`);
  for (const m of s.spurious) console.log(`  spurious  ${m}`);
}

/**
 * Times `segment()` over every `.txt` file of a folder (three rounds after a warm-up; the best
 * round counts) and returns words a second.
 *
 * @example
 * segmentSpeed('../shared/corpus/bbc-hindi').wordsPerSecond; // ≈ 5e5 on one core
 */
export function segmentSpeed(dir: string): { articles: number; words: number; ms: number; wordsPerSecond: number } {
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(joinPath(dir, f), 'utf8').normalize('NFC'));
  const run = () => {
    let words = 0;
    for (const body of texts) for (const t of segment({ body, titleSpan: null, headings: [] }).tokens) if (t.kind === 'word') words++;
    return words;
  };
  let words = run();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    words = run();
    best = Math.min(best, performance.now() - t0);
  }
  return { articles: texts.length, words, ms: best, wordsPerSecond: Math.round((words / best) * 1000) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  report('UD Hindi PUD (test)', UD_FILES.pud);
  report('UD Hindi HDTB 2015 (dev)', UD_FILES.hdtbDev);
  const bbc = '../shared/corpus/bbc-hindi';
  if (existsSync(bbc)) {
    const v = segmentSpeed(bbc);
    console.log(`segment() speed: ${v.articles} BBC Hindi articles, ${v.words} words in ${v.ms.toFixed(0)} ms = ${v.wordsPerSecond} words/s`);
  }
}
