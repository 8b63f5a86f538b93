import type { EntityMention } from './layout.ts';
import { reportingLexicon } from './lexicon.ts';

/** Who a quotation is attributed to, as far as the text says. */
export interface Attribution {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  /** Where the cue stood: next to the quotation, or in the sentence before it. */
  how: 'before' | 'after' | 'previous-sentence' | 'continuation' | 'clause';
}

/** What the attribution helpers need to see of the document. */
export interface SpeakerContext {
  body: string;
  mentions: readonly EntityMention[];
}

const BOUNDARY_CHARS = /[,;:।.!?"“”‘’'()\n–—]/;

/**
 * The words that name a speaker, ending at `end` (just before `ने` or `का कहना`), and the entity
 * whose mention heads them (the mention that ends the phrase, not a genitive modifier inside it).
 */
export function speakerBefore(ctx: SpeakerContext, limit: number, end: number): { speaker: string | null; text: string | null; start: number } {
  const lex = reportingLexicon();
  const { body } = ctx;
  let e = end;
  while (e > limit && /\s/.test(body[e - 1]!)) e--;
  let s = e;
  let words = 0;
  while (s > limit && words < 6) {
    let w = s;
    while (w > limit && /\s/.test(body[w - 1]!)) w--;
    let ws = w;
    while (ws > limit && !/\s/.test(body[ws - 1]!) && !BOUNDARY_CHARS.test(body[ws - 1]!)) ws--;
    const word = body.slice(ws, w);
    if (word === '' || lex.boundaryWords.has(word)) break;
    s = ws;
    words++;
    if (ws > limit && BOUNDARY_CHARS.test(body[ws - 1]!)) break;
  }
  const head = [...ctx.mentions].reverse().find((m) => m.end <= e && m.end > s - 1 && m.start < e
    && new RegExp(`^\\s*(?:(?:${lex.honorifics.join('|')})\\s*)?$`, 'u').test(body.slice(m.end, e)));
  if (head) return { speaker: head.entity.id, text: head.text, start: Math.min(s, head.start) };
  const text = body.slice(s, e).trim();
  if (text === '' || lex.pronouns.has(text)) return { speaker: null, text: null, start: s };
  return { speaker: null, text, start: s };
}

/**
 * Resolves a pronoun or an unspoken subject (`उन्होंने कहा`, `… और कहा`) to the last speaker, or
 * to the last person named before `at` within a short distance.
 */
export function resolvePronoun(ctx: SpeakerContext, at: number, last: { speaker: string; text: string; at: number } | null): { speaker: string | null; text: string | null } {
  const person = [...ctx.mentions].reverse().find((m) => m.end <= at && m.entity.type === 'PERSON');
  const candidates = [last ? { speaker: last.speaker, text: last.text, at: last.at } : null,
    person ? { speaker: person.entity.id, text: person.text, at: person.end } : null]
    .filter((c): c is { speaker: string; text: string; at: number } => c !== null && at - c.at < 600)
    .sort((a, b) => b.at - a.at);
  const best = candidates[0];
  return best ? { speaker: best.speaker, text: best.text } : { speaker: null, text: null };
}

/**
 * A speaker and cue standing right before a quotation: `X ने कहा, “`, `X ने कहा कि “`,
 * `X का कहना है, “`, `X के मुताबिक, “`, `उन्होंने कहा: “`.
 *
 * @example
 * // body 'मंत्री राम ने कहा, “हम तैयार हैं.”' with a mention of राम: speaker राम, cue 'ने कहा'
 */
export function attributeBefore(ctx: SpeakerContext, from: number, open: number): Omit<Attribution, 'how'> & { pronoun: boolean } | null {
  const lex = reportingLexicon();
  const pre = ctx.body.slice(from, open);
  const according = lex.accordingAtEnd.exec(pre);
  if (according) {
    const at = from + according.index;
    const who = speakerBefore(ctx, from, at);
    if (who.speaker === null && who.text === null) return null;
    return { speaker: who.speaker, speakerText: who.text, cue: according.groups!.cue!.replace(/\s+/g, ' '), pronoun: false };
  }
  const v = lex.verbAtEnd.exec(pre);
  if (!v) return null;
  const verb = v.groups!.verb!.replace(/\s+/g, ' ');
  const verbAt = from + v.index + v[0].indexOf(v.groups!.verb!);
  if (/^(?:का|की)\s/.test(verb)) {
    const who = speakerBefore(ctx, from, verbAt);
    return { speaker: who.speaker, speakerText: who.text, cue: verb, pronoun: who.text === null };
  }
  // Look back over at most four words for the ergative `ने` or a pronoun subject.
  const before = ctx.body.slice(from, verbAt);
  const ne = /\sने((?:\s+[^\s,.।!?:;]+){0,4})\s*$/u.exec(before);
  const pro = /(?:^|\s)(?<pro>उन्होंने|इन्होंने|उसने|इसने|मैंने|हमने)((?:\s+[^\s,.।!?:;]+){0,4})\s*$/u.exec(before);
  if (pro) return { speaker: null, speakerText: null, cue: `${pro.groups!.pro} ${verb}`, pronoun: true };
  if (ne) {
    const who = speakerBefore(ctx, from, from + ne.index + 1);
    const between = (ne[1] ?? '').trim();
    return { speaker: who.speaker, speakerText: who.text, cue: between === '' ? `ने ${verb}` : verb, pronoun: who.text === null };
  }
  // Intransitive report (`X बोले`, `X कहते हैं`) or a subject left unsaid (`… और कहा`).
  const who = speakerBefore(ctx, from, verbAt);
  return { speaker: who.speaker, speakerText: who.speaker ? who.text : null, cue: verb, pronoun: who.speaker === null };
}

/**
 * A speaker and cue standing right after a quotation: `”, X ने कहा`, `” उन्होंने बताया`.
 *
 * @example
 * // body '“हम तैयार हैं,” राम ने कहा.' with a mention of राम: speaker राम, cue 'ने कहा'
 */
export function attributeAfter(ctx: SpeakerContext, close: number, to: number): Omit<Attribution, 'how'> & { pronoun: boolean } | null {
  const lex = reportingLexicon();
  const post = ctx.body.slice(close, to);
  const lead = /^[\s,.।!?–—-]*/u.exec(post)![0].length;
  const rest = post.slice(lead);
  const pro = new RegExp(`^(?<pro>उन्होंने|इन्होंने|उसने|इसने)\\s+(?:[^\\s,.।!?]+\\s+){0,3}?(?<verb>${lex.verbs})(?=[\\s,.।!?]|$)`, 'u').exec(rest);
  if (pro) return { speaker: null, speakerText: null, cue: `${pro.groups!.pro} ${pro.groups!.verb!.replace(/\s+/g, ' ')}`, pronoun: true };
  const m = new RegExp(`^(?:(?:यह|ये|ऐसा)\\s+)?(?<who>[^,.।!?"“”‘’']{1,80}?)\\s+ने\\s+(?<mid>(?:[^\\s,.।!?]+\\s+){0,3}?)(?<verb>${lex.verbs})(?=[\\s,.।!?]|$)`, 'du').exec(rest);
  if (!m) return null;
  const [ws, we] = m.indices!.groups!.who!;
  const who = speakerBefore(ctx, close + lead + ws, close + lead + we);
  const verb = m.groups!.verb!.replace(/\s+/g, ' ');
  return { speaker: who.speaker, speakerText: who.text, cue: m.groups!.mid === '' ? `ने ${verb}` : verb, pronoun: who.text === null };
}

/**
 * The speaker named in the sentence before a quotation that opens its own sentence: the
 * ergative subject of the last reporting verb (or of `बात की`) in that sentence.
 *
 * @example
 * // 'मंत्री राम ने पत्रकारों से बात की. “हम तैयार हैं.”' → speaker राम, cue 'बात की'
 */
export function attributePrevious(ctx: SpeakerContext, sentence: { start: number; end: number }): Omit<Attribution, 'how'> & { pronoun: boolean } | null {
  const lex = reportingLexicon();
  const text = ctx.body.slice(sentence.start, sentence.end);
  const re = new RegExp(`(?<who>\\S+)\\s+ने\\s+(?<mid>(?:[^\\s,.।!?]+\\s+){0,5}?)(?<verb>${lex.verbs}|बात की|बातचीत की)(?=[\\s,.।:!?]|$)`, 'gdu');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return null;
  const neAt = sentence.start + last.indices!.groups!.who![1] + 1;
  const verb = last.groups!.verb!.replace(/\s+/g, ' ');
  const who = speakerBefore(ctx, sentence.start, neAt);
  return { speaker: who.speaker, speakerText: who.text, cue: verb, pronoun: who.text === null };
}

/**
 * A quoted fragment inside a reported clause of its own sentence: `X ने कहा (है) कि हमास ने
 * '…' और '…'`. The fragment must have four words or more and close the clause (a full stop,
 * comma, और, or the sentence end after it), so a quoted title in the middle of a clause stays a
 * name.
 *
 * @example
 * // 'राम ने कहा कि विपक्ष ने 'बातचीत के सारे रास्ते बंद किए हैं'.' → speaker राम, cue 'ने कहा'
 */
export function attributeClause(ctx: SpeakerContext, from: number, c: { open: number; close: number }, text: string): Omit<Attribution, 'how'> & { pronoun: boolean } | null {
  if (text.split(/\s+/).filter((w) => w !== '').length < 4) return null;
  if (!/^\s*(?:[,.।!?;:]|और|तथा|एवं|$)/u.test(ctx.body.slice(c.close, c.close + 8))) return null;
  const lex = reportingLexicon();
  const pre = ctx.body.slice(from, c.open);
  const re = new RegExp(`(?:(?<pro>उन्होंने|इन्होंने|उसने|इसने)|\\sने)\\s+(?:[^\\s,.।!?]+\\s+){0,3}?(?<verb>${lex.verbs})(?:\\s+(?:है|हैं|था|थी|थे))?\\s+कि\\s`, 'gdu');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(pre); m; m = re.exec(pre)) last = m;
  if (!last || /[.।!?]/u.test(pre.slice(last.index + last[0].length))) return null;
  const verb = last.groups!.verb!.replace(/\s+/g, ' ');
  if (last.groups!.pro) return { speaker: null, speakerText: null, cue: `${last.groups!.pro} ${verb}`, pronoun: true };
  const who = speakerBefore(ctx, from, from + last.index + last[0].indexOf('ने'));
  return { speaker: who.speaker, speakerText: who.text, cue: `ने ${verb}`, pronoun: who.text === null };
}
