import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const BIN = new URL('../../bin/khabar.js', import.meta.url).pathname;

function khabar(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'eval', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A gold folder written for this test: two plain Hindi texts without names, dates or quotes, and
 * gold that expects things they do not contain, so the numbers do not depend on how far the
 * stages have come — only on the scorer (and on the cleaner keeping ordinary sentences).
 */
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function goldFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-eval-'));
  made.push(dir);
  mkdirSync(join(dir, 'texts'));
  const text = 'गांव में आज सुबह से हल्की हवा चल रही है और लोग खेतों में काम कर रहे हैं।\n\nबच्चे स्कूल जा रहे हैं और दुकानें खुली हैं।\n';
  writeFileSync(join(dir, 'texts', 'plain.txt'), text);
  writeFileSync(join(dir, 'texts', 'XX-2020-05-14-01.txt'), text);
  const base = {
    language: 'hi', anchorDate: null, title: null, headings: [], related: ['कोई और कहानी'],
    boilerplate: ['यहां क्लिक करें', 'दुकानें खुली हैं'], source: 'example.com',
    entities: [{ type: 'PERSON', mentions: ['रामदीन'], role: 'मुखिया' }],
    dates: [{ mention: '5 मई 2020', value: '2020-05-05' }],
    quotes: [{ speaker: 'रामदीन', starts: 'हम', ends: 'जाएंगे' }],
    events: [{ root: '05', actors: ['IN', 'NP'] }, { root: '04', actors: ['IN', 'NP'], optional: true }],
  };
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', text: 'texts/plain.txt', ...base }));
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'b', text: 'texts/XX-2020-05-14-01.txt', ...base }));
  writeFileSync(join(dir, 'notes.txt'), 'not gold');
  return dir;
}

test('khabar eval DIR --json scores every gold file in the folder', () => {
  const dir = goldFolder();
  const r = khabar(dir, '--json');
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.schema, 'khabar.eval/1');
  assert.deepEqual(report.articles.map((a: { score: { id: string } }) => a.score.id), ['a', 'b']);
  assert.deepEqual(report.articles.map((a: { published: string | null }) => a.published), [null, '2020-05-14']);
  const t = report.totals;
  assert.equal(t.articles, 2);
  assert.deepEqual([t.title.right, t.title.total], [2, 2]);
  assert.deepEqual([t.boilerplate.right, t.boilerplate.total], [2, 4]);
  assert.deepEqual([t.related.right, t.related.total], [0, 2]);
  assert.deepEqual([t.language.right, t.language.total], [2, 2]);
  assert.deepEqual([t.entities.tp, t.entities.fp, t.entities.fn], [0, 0, 2]);
  assert.deepEqual([t.dates.gold, t.dates.found, t.dates.right], [2, 0, 0]);
  assert.deepEqual([t.quotes.gold, t.quotes.found], [2, 0]);
  assert.deepEqual([t.events.tp, t.events.fp, t.events.fn], [0, 0, 2]); // optional events are not missed
  assert.equal(t.events.recall, 0);
  assert.equal(report.articles[0].score.boilerplate.remaining[0], 'दुकानें खुली हैं');
});

test('khabar eval FILE prints a line per article, what was missed, and the totals', () => {
  const dir = goldFolder();
  const r = khabar(join(dir, 'a.json'));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^a .*boiler 1\/2.*events 0\/1/m);
  assert.match(r.stdout, /boilerplate left \(1\): दुकानें खुली हैं/);
  assert.match(r.stdout, /related missed \(1\): कोई और कहानी/);
  assert.match(r.stdout, /entities missed \(1\): PERSON रामदीन/);
  assert.match(r.stdout, /events missed \(1\): 05 IN–NP/);
  assert.match(r.stdout, /TOTAL over 1 article /);
  assert.match(r.stdout, /boilerplate +removed 1\/2 0\.50/);
});

test('usage errors and unreadable gold exit non-zero with one line', () => {
  const dir = goldFolder();
  const missing = khabar(join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^khabar: no such file: .*nope\.json \(KHABAR_ERR_NOT_FOUND\)\n$/);
  const option = khabar(dir, '--frobnicate');
  assert.equal(option.code, 2);
  assert.match(option.stderr, /KHABAR_ERR_USAGE/);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ "id": "x", ');
  const broken = khabar(bad);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /KHABAR_ERR_BAD_GOLD/);
  writeFileSync(bad, JSON.stringify({ id: 'x', text: 'texts/absent.txt', language: 'hi', title: null }));
  const noText = khabar(bad);
  assert.equal(noText.code, 1);
  assert.match(noText.stderr, /absent\.txt.*KHABAR_ERR_NOT_FOUND/);
  assert.ok(!/at .*\.ts:\d+/.test(noText.stderr), 'no stack trace');
});
