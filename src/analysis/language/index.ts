import { readFileSync } from 'node:fs';
import { francAll } from 'franc-min';
import type { Span } from '../types.ts';

/** The languages khabar tells apart, ISO 639-3 (franc) → ISO 639-1. */
const LANGS: Record<string, string> = { hin: 'hi', urd: 'ur', mar: 'mr', npi: 'ne', eng: 'en' };
const ONLY = Object.keys(LANGS);
/** Characters of each paragraph given to franc: enough for trigram statistics, bounded for speed. */
const SAMPLE = 400;
const MAX_PARAGRAPHS = 5;
/** After this many paragraphs voting alike, with at least SETTLED_LETTERS letters, the rest are not read. */
const SETTLED_AFTER = 2;
const SETTLED_LETTERS = 400;

/**
 * Detects the language of an article by voting over its paragraphs: each paragraph's best
 * language (franc-min, restricted to Hindi, Urdu, Marathi, Nepali and English) weighs by its
 * length. Confidence is the winner's share of the votes times franc's margin over the runner-up.
 * Latin acronyms inside Devanagari text do not make it English: the script decides first.
 *
 * @example
 * detectLanguage('रूस ने पाकिस्तान के साथ समझौता किया है और भारत की चिंता बढ़ी है', [{ start: 0, end: 55 }]).code; // 'hi'
 */
export function detectLanguage(body: string, paragraphs: Span[]): { code: string; confidence: number } {
  const spans = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: body.length }];
  const votes = new Map<string, number>();
  let total = 0;
  // Longest paragraphs carry the most signal.
  const chosen = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start)).slice(0, MAX_PARAGRAPHS);
  for (let k = 0; k < chosen.length; k++) {
    // Paragraphs that agree, with letters enough to saturate the confidence, settle it: the
    // answer changes only if a shorter paragraph to come disagrees.
    if (votes.size === 1 && k >= SETTLED_AFTER && total >= SETTLED_LETTERS) break;
    const p = chosen[k]!;
    const text = body.slice(p.start, Math.min(p.end, p.start + SAMPLE));
    const letters = countScripts(text);
    const n = letters.deva + letters.arab + letters.latn;
    if (n === 0) continue;
    let scored: [string, number][];
    if (letters.arab > letters.deva && letters.arab > letters.latn) scored = [['urd', 1]];
    else if (letters.latn > 2 * letters.deva) scored = [['eng', 1]];
    else if (letters.deva > 0) scored = plainlyHindi(text) ? [['hin', 1]] : francAll(text, { only: ['hin', 'mar', 'npi'], minLength: 10 }) as [string, number][];
    else scored = francAll(text, { only: ONLY, minLength: 10 }) as [string, number][];
    const [best, second] = scored;
    if (!best || best[0] === 'und') continue;
    const margin = second ? 1 - second[1] : 1;
    const weight = n * (0.5 + 0.5 * Math.min(1, margin * 2));
    votes.set(best[0], (votes.get(best[0]) ?? 0) + weight);
    total += n;
  }
  if (total === 0) return { code: 'und', confidence: 0 };
  let top = 'und';
  let topVotes = 0;
  let all = 0;
  for (const [lang, v] of votes) {
    all += v;
    if (v > topVotes) [top, topVotes] = [lang, v];
  }
  const confidence = Math.round((topVotes / all) * Math.min(1, 0.5 + total / 400) * 100) / 100;
  return { code: LANGS[top] ?? 'und', confidence };
}

interface Markers { minHindi: number; hindi: Set<string>; others: Set<string> }
let markers: Markers | null = null;

/** data/language/markers.json, checked on load. */
function loadMarkers(): Markers {
  if (markers) return markers;
  const raw = JSON.parse(readFileSync(new URL('../../../data/language/markers.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const words = (k: string) => {
    const x = raw[k];
    if (!Array.isArray(x) || !x.every((w) => typeof w === 'string' && w === w.normalize('NFC') && !/\s/.test(w))) {
      throw new Error(`data/language/markers.json: ${k} must be a list of NFC words`);
    }
    return new Set(x as string[]);
  };
  if (typeof raw.minHindi !== 'number' || raw.minHindi < 1) throw new Error('data/language/markers.json: minHindi must be a positive number');
  markers = { minHindi: raw.minHindi, hindi: words('hindi'), others: words('others') };
  return markers;
}

/**
 * True when a Devanagari paragraph is plainly Hindi: at least `minHindi` Hindi function words
 * (है, में, ने …) and none that Marathi or Nepali use instead (आहे, मध्ये, छ, मा …). Such a
 * paragraph needs no trigram model; any doubt goes to franc.
 */
function plainlyHindi(text: string): boolean {
  const m = loadMarkers();
  let hindi = 0;
  for (const w of text.split(/[\s.,;:!?।॥"“”'‘’()\-–—]+/)) {
    if (m.others.has(w)) return false;
    if (m.hindi.has(w)) hindi++;
  }
  return hindi >= m.minHindi;
}

function countScripts(text: string): { deva: number; arab: number; latn: number } {
  let deva = 0;
  let arab = 0;
  let latn = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0900 && c <= 0x097f) deva++;
    else if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f)) arab++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latn++;
  }
  return { deva, arab, latn };
}
