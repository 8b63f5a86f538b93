/** Cutting newspaper day files at their headline lines (synthetic text, and the corpus when present). */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitHeadlines } from '../../src/ingest/headlines.ts';
import { dateFromName } from '../../src/ingest/rawdoc.ts';
import { ingestInputs } from '../../src/ingest/run.ts';
import { tempDir, tempStore } from '../store/helpers.ts';

const PARA = (n: number) => `यह खबर का ${n}वां अनुच्छेद है जिसमें शहर के अस्पताल, स्कूल और बाज़ार के बारे में विस्तार से बताया गया है और अधिकारियों ने कहा कि हालात पर नज़र रखी जा रही है। लोगों से घर में रहने की अपील की गई है।`;

/** Two stories in one file, the first with a sub-heading; headlines set apart by a blank line and a space-only line, like the scraped papers. */
const DAY = [
  'राज्य सरकार ने नई स्वास्थ्य योजना शुरू की, हर ज़िले में खुलेंगे केंद्र', '', ' ', PARA(1), PARA(2), '',
  'गांवों में भी पहुंचेगी सुविधा', PARA(3), '', ' ',
  'बारिश से कई शहरों में जलभराव, स्कूल दो दिन के लिए बंद किए गए', '', ' ', PARA(4), '', PARA(5), '',
].join('\n');

test('a day file is cut at its headlines, not at a sub-heading', () => {
  const parts = splitHeadlines(DAY);
  assert.deepEqual(parts.map((p) => p.firstLine), [1, 11]);
  assert.equal(parts[0].title, 'राज्य सरकार ने नई स्वास्थ्य योजना शुरू की, हर ज़िले में खुलेंगे केंद्र');
  assert.match(parts[0].text, /गांवों में भी पहुंचेगी सुविधा/);
  assert.ok(parts[1].text.startsWith('बारिश से'));
  assert.ok(parts[1].text.endsWith(`${PARA(5)}\n`), 'trailing blank lines dropped');
  assert.deepEqual(splitHeadlines(PARA(1)).length, 1, 'running text alone stays whole');
});

test('file names with month names give the anchor date (the corpus spells April "ARP" too)', () => {
  assert.equal(dateFromName('AU-2020-MAR-05.txt'), '2020-03-05');
  assert.equal(dateFromName('DH-2020-ARP-29.txt'), '2020-04-29');
  assert.equal(dateFromName('x-2020-XYZ-01.txt'), null);
});

test('ingest --split-headlines stores one article per story, and re-ingest adds nothing', async () => {
  const { dir, cleanup } = tempDir();
  const s = tempStore();
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'XX-2020-MAR-05.txt'), DAY);
    writeFileSync(join(dir, 'in', 'SOURCE.txt'), 'where these files came from');
    const first = await ingestInputs(s.store, [join(dir, 'in')], { splitHeadlines: true });
    assert.deepEqual([first.added, first.duplicates, first.failed.length], [2, 0, 0]);
    const again = await ingestInputs(s.store, [join(dir, 'in')], { splitHeadlines: true });
    assert.deepEqual([again.added, again.duplicates], [0, 2]);
    const a = await s.store.getArticle(1);
    assert.equal(a?.meta.published, '2020-03-05');
    assert.equal(a?.meta.source.endsWith('XX-2020-MAR-05.txt#1'), true);
  } finally {
    await s.cleanup();
    cleanup();
  }
});

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const skip = existsSync(join(CORPUS, 'covid19-hindi-2020-articles', 'SOURCE.txt')) ? false : `${CORPUS} is absent`;
if (skip) console.log(`# skipping the corpus split check: ${skip}`);

test('on the 12 hand-cut day files the headline starts are found (recall ≥ 0.8, precision ≥ 0.7)', { skip }, () => {
  const truth = new Map<string, number[]>();
  let cur = '';
  for (const line of readFileSync(join(CORPUS, 'covid19-hindi-2020-articles', 'SOURCE.txt'), 'utf8').split('\n')) {
    const f = /^covid19-hindi-2020\/(.+?)\s+->/.exec(line);
    if (f) { cur = f[1]; truth.set(cur, []); continue; }
    const r = /^\s+\S+\.txt\s+lines (\d+)-\d+/.exec(line);
    if (r && cur) truth.get(cur)!.push(Number(r[1]));
  }
  assert.equal(truth.size, 12);
  let tp = 0; let fp = 0; let fn = 0;
  for (const [file, starts] of truth) {
    const got = new Set(splitHeadlines(readFileSync(join(CORPUS, 'covid19-hindi-2020', file), 'utf8')).slice(1).map((p) => p.firstLine));
    const want = new Set(starts.slice(1));
    for (const g of got) if (want.has(g)) tp++; else fp++;
    for (const w of want) if (!got.has(w)) fn++;
  }
  assert.ok(tp / (tp + fn) >= 0.8, `recall ${tp}/${tp + fn}`);
  assert.ok(tp / (tp + fp) >= 0.7, `precision ${tp}/${tp + fp}`);
});
