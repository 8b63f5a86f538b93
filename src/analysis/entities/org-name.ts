/**
 * An English name for an organisation the gazetteer does not know, word by word in the order
 * written: head words and English loanwords from data/gazetteers/org-words.json (स्टील मिल
 * Steel Mill, इंडस्ट्रियल Industrial), demonyms as English adjectives (सीरियाई Syrian), places
 * by their gazetteer name (पाकिस्तान Pakistan), Latin words as they are, acronyms spelt out in
 * Devanagari as Latin letters (बीबीसी BBC), and everything else
 * (the proper name) romanised.
 */
import { gazetteer, words } from '../../gazetteer/index.ts';
import { loadDemonyms } from '../../gazetteer/load.ts';
import { orgWords } from '../../gazetteer/org-words.ts';
import { matchKey } from '../../text/normalize.ts';
import { latinAcronym } from '../../ner/augment.ts';
import { romanize } from '../../text/romanize.ts';

let demonymEnglish: Map<string, string> | null = null;

/** The English adjective of a Hindi demonym (सीरियाई → Syrian), from demonyms.json. */
function demonymName(key: string): string | null {
  if (!demonymEnglish) {
    demonymEnglish = new Map();
    for (const d of loadDemonyms()) {
      if (!d.en.length) continue;
      for (const h of d.hi) {
        const k = matchKey(h);
        demonymEnglish.set(k, d.en[0]);
        if (k.endsWith('ी')) demonymEnglish.set(`${k.slice(0, -1)}ियों`, d.en[0]);
      }
    }
  }
  return demonymEnglish.get(key) ?? null;
}

/**
 * The English name of an organisation written in Hindi.
 * @example orgName('सीरियाई वायु सेना') // 'Syrian Air Force'
 */
export function orgName(text: string): string {
  const g = gazetteer();
  const lex = orgWords();
  const ws = words(text);
  const out: string[] = [];
  let translated = false;
  for (let i = 0; i < ws.length;) {
    let done = false;
    for (let n = Math.min(Math.max(lex.maxWords, g.maxWords), ws.length - i); n >= 1 && !done; n--) {
      const key = ws.slice(i, i + n).map((w) => w.key).join(' ');
      const en = lex.words.get(key) ?? g.phrases.get(key)?.find((e) => e.type === 'LOCATION')?.name ?? (n === 1 ? demonymName(key) : null);
      if (!en) continue;
      out.push(en);
      translated = true;
      i += n;
      done = true;
    }
    if (done) continue;
    const w = ws[i];
    const acronym = latinAcronym(w.text);
    if (acronym) translated = true;
    out.push(acronym ?? (/[\u0900-\u097F]/.test(w.text) ? romanize(w.text) : w.text));
    i++;
  }
  return translated ? out.join(' ') : romanize(text);
}
