import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  loadCities, loadCommonWords, loadCountries, loadDemonyms, loadLexicon, loadOrganizations, loadRegions, loadRoles,
} from '../../src/gazetteer/load.ts';
import { assertUniqueIds, requireNames } from '../../src/gazetteer/validate.ts';
import { KhabarError } from '../../src/errors.ts';

const badData = (e: unknown): boolean => e instanceof KhabarError && e.code === 'KHABAR_ERR_BAD_DATA';
import { gazetteer } from '../../src/gazetteer/index.ts';
import { matchCity } from '../../src/gazetteer/cities.ts';

const nfc = (xs: string[]): boolean => xs.every((x) => x === x.normalize('NFC'));

test('every gazetteer file loads and validates', () => {
  const countries = loadCountries();
  assert.ok(countries.length > 240);
  assert.ok(countries.every((c) => nfc(c.names)));
  assert.equal(countries.find((c) => c.code === 'SU')?.name, 'Soviet Union');
  assert.ok(loadRegions().some((r) => r.id === 'region:central-asia'));
  assert.ok(loadOrganizations().some((o) => o.acronyms?.includes('SCO')));
  assert.ok(loadDemonyms().some((d) => d.country === 'PK'));
  const cities = loadCities();
  assert.ok(cities.length > 20000);
  assert.ok(cities.every((c) => c.population >= 15000 || c.feature === 'PPLC' || c.hi.length > 0));
  assert.ok(loadRoles().heads.includes('राजदूत'));
  assert.ok(loadLexicon().functionWords.includes('ने'));
  assert.ok(loadCommonWords() instanceof Set);
});

test('validation rejects duplicates and non-NFC names', () => {
  assert.throws(() => assertUniqueIds('x.json', ['a', 'a']), badData);
  assert.throws(() => requireNames('x.json', 'hi', ['\u0928\u093C'], 'row'), badData); // न + nukta: NFC is ऩ
  assert.throws(() => requireNames('x.json', 'hi', [''], 'row'), badData);
});

test('Hindi news forms of countries resolve, with and without nukta', () => {
  const g = gazetteer();
  for (const [name, code] of [['अमेरिका', 'US'], ['अमरीका', 'US'], ['ब्रिटेन', 'GB'], ['इसराइल', 'IL'], ['इज़राइल', 'IL'], ['फलस्तीन', 'PS'], ['पाक', 'PK'], ['सोवियत संघ', 'SU']] as const) {
    const key = name.split(' ').map((w) => w.normalize('NFC').replace('\u093C', '')).join(' ');
    assert.equal(g.phrases.get(key)?.[0].code, code, name);
  }
  assert.equal(g.demonyms.get('पाकिस्तानी'), 'PK');
  assert.equal(g.demonyms.get('अमरीकी'), 'US');
});

test('cities match by phonetic key, ranked, with a minimum score', () => {
  assert.equal(matchCity('तियानजिन', { countries: new Set(['CN']), cue: true, taggedPlace: false })?.city.name, 'Tianjin');
  assert.equal(matchCity('कराची', { countries: new Set(['PK']), cue: false, taggedPlace: false })?.city.country, 'PK');
  assert.equal(matchCity('मॉस्को', { countries: new Set(['RU']), cue: false, taggedPlace: false })?.city.country, 'RU');
  assert.equal(matchCity('कर्नाटक', { countries: new Set(['IN']), cue: true, taggedPlace: false }), null);
  assert.equal(matchCity('विकास', { countries: new Set(['CN']), cue: false, taggedPlace: false }), null);
});

test('the gazetteer loads within a second', () => {
  const t = performance.now();
  gazetteer();
  assert.ok(performance.now() - t < 3000);
});

test('country spelling variants meet the gazetteer name, ordinary words do not', async () => {
  const { fuzzyCountry } = await import('../../src/gazetteer/fuzzy.ts');
  assert.equal(fuzzyCountry('इथोपिया')?.code, 'ET');
  assert.equal(fuzzyCountry('कीनिया')?.code, 'KE');
  assert.equal(fuzzyCountry('आस्ट्रलिया')?.code, 'AU');
  assert.equal(fuzzyCountry('भारती'), null);
  assert.equal(fuzzyCountry('तैराकी', true), null);
  assert.equal(gazetteer().phrases.get('दक्षिणी सूडान')?.[0].code, 'SS');
});
