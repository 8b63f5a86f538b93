/**
 * `npm run eval:ner`: span-level exact-match P/R/F1 of the NER tagger per type (PER, LOC, ORG)
 * and overall, on IL-NER Hindi test and dev (../shared/data/il-ner), or on any CoNLL files given
 * as arguments (`token<TAB>…<TAB>TAG`, IL-NER tag names NEP/NEL/NEO or PER/LOC/ORG).
 *
 *   npm run eval:ner
 *   npm run eval:ner -- other.conll --json
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { conllTag, parseConll } from '../ner/conll.ts';
import { namedCount, IL_NER_DIR } from '../ner/ilner.ts';
import { mapIlNerTags } from '../ner/labels.ts';
import { SpanScorer, type SpanScore } from '../ner/spans.ts';
import { tagWords } from '../ner/index.ts';

const OUR_TYPES: Record<string, string> = { PER: 'NEP', LOC: 'NEL', ORG: 'NEO' };

/**
 * Scores the tagger on CoNLL text whose last column holds gold BIO tags (IL-NER or PER/LOC/ORG names).
 * @example scoreConll('रूस\tB-NEL\nने\tO\n').at(-1).f1 // 1 when the tagger finds रूस
 */
export function scoreConll(text: string): SpanScore[] {
  return scoreConllParts(text).whole;
}

/**
 * Scores on the whole file and on its named part: the leading sentences before the entity-free
 * tail (ilner.ts `namedCount`; each IL-NER Hindi split is sorted by the entity types its
 * sentences hold, and its second half is the sentences the annotators tagged no entity in).
 * @example scoreConllParts('रूस\tB-NEL\n').namedSentences // 1
 */
export function scoreConllParts(text: string): { whole: SpanScore[]; named: SpanScore[]; namedSentences: number; sentences: number; taggedAfter: number } {
  const sentences = parseConll(text).map((sentence) => {
    const raw = sentence.map(conllTag).map((t) => t.replace(/^([BI]?-)(PER|LOC|ORG)$/, (_, p: string, x: string) => p + OUR_TYPES[x]));
    return { tags: mapIlNerTags(raw), predicted: tagWords(sentence.map((t) => t.token)) };
  });
  const cut = namedCount(sentences);
  const whole = new SpanScorer();
  const named = new SpanScorer();
  sentences.forEach((s, i) => {
    whole.add(s.tags, s.predicted);
    if (i < cut) named.add(s.tags, s.predicted);
  });
  const taggedAfter = sentences.slice(cut).filter((s) => s.tags.some((t) => t !== 'O')).length;
  return { whole: whole.scores(), named: named.scores(), namedSentences: cut, sentences: sentences.length, taggedAfter };
}

/**
 * Formats score rows as a small table.
 * @example formatScores('dev', []) // 'dev\n'
 */
export function formatScores(title: string, rows: SpanScore[]): string {
  const lines = rows.map((r) => `  ${r.type.padEnd(4)} P=${r.precision.toFixed(4)} R=${r.recall.toFixed(4)} F1=${r.f1.toFixed(4)}  (gold ${r.gold}, predicted ${r.predicted}, correct ${r.correct})`);
  return [title, ...lines].join('\n') + '\n';
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const targets = files.length ? files.map((f) => ({ name: f, file: f })) : ['test', 'dev'].map((s) => ({ name: `IL-NER Hindi ${s}`, file: join(IL_NER_DIR, `Hindi-${s}.txt`) }));
  const results: Record<string, SpanScore[]> = {};
  const parts: Record<string, { namedSentences: number; sentences: number; taggedAfter: number; scores: SpanScore[] }> = {};
  for (const t of targets) {
    let text: string;
    try {
      text = readFileSync(t.file, 'utf8');
    } catch {
      console.error(`eval:ner: cannot read ${t.file} (is ../shared present?)`);
      process.exitCode = 1;
      continue;
    }
    const t0 = performance.now();
    const scored = scoreConllParts(text);
    results[t.name] = scored.whole;
    if (!json) process.stdout.write(formatScores(`${t.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`, scored.whole));
    if (scored.namedSentences < scored.sentences) {
      parts[t.name] = { namedSentences: scored.namedSentences, sentences: scored.sentences, taggedAfter: scored.taggedAfter, scores: scored.named };
      if (!json) process.stdout.write(formatScores(`${t.name}, named part only (sentences 1–${scored.namedSentences} of ${scored.sentences}; the file is sorted by entity type and the rest are sentences without a tagged entity, ${scored.taggedAfter} of them with a PER/LOC/ORG tag)`, scored.named));
    }
  }
  if (json) process.stdout.write(JSON.stringify({ ...results, namedParts: parts }, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
