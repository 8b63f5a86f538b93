import type { Doc } from '../doc.ts';
import type { Quote } from '../types.ts';
import { entityMentions, paragraphSpans, sentenceSpans, spanIndexAt } from './layout.ts';
import { quoteCandidates, type QuoteCandidate } from './marks.ts';
import { fullerBearer } from './resolve.ts';
import { attributeAfter, attributeBefore, attributeClause, attributePrevious, resolvePronoun, type Attribution, type SpeakerContext } from './speaker.ts';

const WINDOW = 200;
/** After a quoted title or name: `'…' शीर्षक से`, `'…' नामक`, `'…' में` (an article, a book). */
const TITLE_AFTER = /^\s*(?:शीर्षक|नामक|नाम\s+(?:से|का|की|के)|में)(?![\p{L}\p{M}])/u;
/** Between two quoted fragments of one reported clause: `'…' और '…'`. */
const JOINED = /^\s*(?:,\s*)?(?:और|तथा|एवं)?\s*$/u;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/**
 * Whether a stretch between marks reads as a quotation on its own, without a reporting verb next
 * to it. Double marks: four words or a sentence inside. Single marks — which Hindi news also uses
 * for titles and short names ('ऑपरेशन प्रोटेक्टिव एज') — need a whole sentence of eight words.
 */
function quoteByItself(c: QuoteCandidate, text: string): boolean {
  if (c.unclosed) return false;
  const sentence = /[।.?!]/.test(text);
  if (c.kind === 'single') return sentence && words(text) >= 8;
  return sentence || words(text) >= 4;
}

/** A short single-quoted stretch the clause runs on after ('ऑपरेशन शक्ति' जारी रहेगा) names something. */
function shortNameInClause(c: QuoteCandidate, text: string, body: string): boolean {
  return c.kind === 'single' && words(text) < 4 && /^\s*[\p{L}]/u.test(body.slice(c.close, c.close + 4))
    && !/^\s*(?:और|तथा|एवं)(?![\p{L}\p{M}])/u.test(body.slice(c.close, c.close + 8));
}

/**
 * Direct quotations with their speakers: every stretch between quotation marks that is a
 * quotation (a reporting verb next to it, or long enough to be one), attributed to the speaker
 * named before it (`X ने कहा, “…”`, `X ने कहा कि “…”`, `X के मुताबिक, “…”`), after it
 * (`“…,” X ने कहा`), in the sentence before it, or carried over from the quotation just before;
 * otherwise kept with `speaker: null`. The speaker is the entity whose mention heads the words
 * that name them; a pronoun (`उन्होंने`) takes the last speaker or person named.
 *
 * @example
 * // doc.body 'मंत्री राम ने कहा, “हम तैयार हैं.”', राम an entity e1:
 * findQuotes(doc)[0]; // { text: 'हम तैयार हैं.', speaker: 'e1', speakerText: 'राम', cue: 'ने कहा', … }
 */
export function findQuotes(doc: Readonly<Doc>): Quote[] {
  const { body } = doc;
  const ctx: SpeakerContext = { body, mentions: entityMentions(doc.entities) };
  const sentences = sentenceSpans(doc);
  const out: Quote[] = [];
  let last: { speaker: string; text: string; at: number } | null = null;
  let prev: { close: number; attribution: Attribution } | null = null;
  for (const para of paragraphSpans(doc)) {
    let floor = para.start;
    const candidates = quoteCandidates(body, para);
    candidates.forEach((c, i) => {
      const text = body.slice(c.inner.start, c.inner.end);
      if (!c.unclosed && (TITLE_AFTER.test(body.slice(c.close, c.close + 12)) || shortNameInClause(c, text, body))) {
        floor = c.close;
        prev = null;
        return;
      }
      const nextOpen = candidates[i + 1]?.open ?? para.end;
      const before = attributeBefore(ctx, Math.max(floor, c.open - WINDOW), c.open);
      const after = before ? null : attributeAfter(ctx, c.close, Math.min(nextOpen, c.close + WINDOW));
      let found: (Omit<Attribution, 'how'> & { pronoun: boolean; how: Attribution['how'] }) | null =
        before ? { ...before, how: 'before' } : after ? { ...after, how: 'after' } : null;
      const alone = quoteByItself(c, text);
      if (!found && prev?.attribution.how === 'clause' && JOINED.test(body.slice(prev.close, c.open))) {
        found = { ...prev.attribution, cue: prev.attribution.cue, pronoun: false, how: 'clause' };
      }
      if (!found) {
        const si = spanIndexAt(sentences, c.open);
        const clause = si >= 0 ? attributeClause(ctx, Math.max(floor, sentences[si]!.start), c, text) : null;
        if (clause) found = { ...clause, how: 'clause' };
      }
      if (!found && alone) {
        const gap = body.slice(prev?.close ?? 0, c.open);
        if (prev && prev.close >= para.start - 2 && /^[\s,.।]*$/u.test(gap)) {
          found = { ...prev.attribution, cue: null, pronoun: false, how: 'continuation' };
        } else {
          const si = spanIndexAt(sentences, c.open);
          const s = sentences[si];
          if (s && si > 0 && /^[\s"“”‘’'«]*$/u.test(body.slice(s.start, c.open))) {
            const p = attributePrevious(ctx, sentences[si - 1]!);
            if (p) found = { ...p, how: 'previous-sentence' };
          }
        }
      }
      floor = c.close;
      if (!found && !alone) return;
      let speaker = found?.speaker ?? null;
      let speakerText = found?.speakerText ?? null;
      if (found?.pronoun) ({ speaker, text: speakerText } = resolvePronoun(ctx, c.open, last));
      if (speakerText) {
        const own = doc.entities.find((e) => e.id === speaker) ?? null;
        const fuller = fullerBearer(ctx.mentions, speakerText, own, c.open);
        if (fuller) ({ speaker, text: speakerText } = { speaker: fuller.entity.id, text: fuller.text });
      }
      const attribution: Attribution = { speaker, speakerText, cue: found?.cue ?? null, how: found?.how ?? 'before' };
      out.push({ start: c.inner.start, end: c.inner.end, text, speaker, speakerText, cue: attribution.cue });
      if (speaker && speakerText) last = { speaker, text: speakerText, at: c.close };
      prev = found ? { close: c.close, attribution } : null;
    });
  }
  return out;
}
