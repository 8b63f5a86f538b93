import type { EntityMention } from '../quotes/layout.ts';
import type { Event, Span } from '../types.ts';
import { argumentGroups } from './arguments.ts';
import { placeOf } from './context.ts';
import { foldPattern } from './fold.ts';

/** Event nouns a sentence may take up again to say where the event took place, by CAMEO root. */
const NOUNS: [root: string, pattern: string][] = [
  ['05', 'समझौता|समझौते|करार|क़रार|संधि|प्रोटोकॉल|एमओयू|अनुबंध'],
  ['04', 'बैठक|मुलाक़ात|भेंट|वार्ता|बातचीत|शिखर सम्मेलन|सम्मेलन'],
];
const RESTATED = NOUNS.map(([root, nouns]) => [root, new RegExp(
  `(?:^|\\s)(?:यह|ये|इस|वह|वो)\\s+(?:${foldPattern(nouns)})\\s+(?<rest>[^.।!?]{0,160}?)\\s+में\\s+(?:किया गया|किए गए|किया जाएगा|हुआ|हुई|हुए|होगी|होगा|संपन्न)`, 'u')] as const);

/**
 * `यह समझौता … X स्थित दूतावास में किया गया`, `यह बैठक X में हुई`: a sentence that takes up an
 * event by its noun and says where it took place gives the place of the latest event of that
 * root stated before it (or in it). The event's own place statement wins over a place its
 * first sentence named for something else.
 *
 * @example
 * // 'X ने Y के साथ समझौते पर दस्तख़त किए. यह समझौता मॉस्को में किया गया.' → the 05 event's place is मॉस्को
 */
export function applyRestatedPlaces(events: Event[], body: string, sentences: readonly Span[], mentions: readonly EntityMention[]): void {
  sentences.forEach((span, index) => {
    const text = body.slice(span.start, span.end);
    for (const [root, re] of RESTATED) {
      const m = re.exec(text);
      if (!m) continue;
      const at = span.start + m.index + m[0].length;
      const groups = argumentGroups(body, span, mentions, { start: at, end: at });
      const place = placeOf(groups.filter((g) => g.end <= at), { start: at, end: at }, body);
      if (!place) continue;
      const target = events.filter((e) => e.root === root && !e.negated && e.sentence <= index).at(-1);
      if (target) {
        target.place = place.entity.id;
        target.evidence.push({ start: span.start + m.index + (m[0].length - m[0].trimStart().length), end: at });
        target.evidence.sort((a, b) => a.start - b.start);
      }
    }
  });
}
