import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));

test('analyze prints the Analysis JSON of the example article', () => {
  const r = run(['analyze', 'examples/bharat-japan-raksha.txt', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.schema, 'khabar.analysis/1');
  assert.equal(a.language.code, 'hi');
  assert.equal(a.source.site, 'example-khabar.in');
  assert.match(a.title, /^भारत और जापान/);
  assert.ok(!a.body.includes('Read More'));
});

test('analyze reads standard input and honours --anchor-date', () => {
  const r = run(['analyze', '-', '--json', '--anchor-date', '2025-07-11'], 'रूस ने कहा कि समझौता हुआ.');
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.anchorDate, '2025-07-11');
  assert.equal(a.anchorDateSource, 'option');
});

test('bad input: one line on stderr, a code, a non-zero exit and no stack trace', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'bin.dat');
  writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'क'.repeat(3000));
  const cases: [string[], RegExp][] = [
    [['analyze', join(dir, 'missing.txt')], /KHABAR_ERR_NOT_FOUND/],
    [['analyze', dir], /KHABAR_ERR_IS_DIRECTORY/],
    [['analyze', empty], /KHABAR_ERR_EMPTY_INPUT/],
    [['analyze', binary], /KHABAR_ERR_BINARY_INPUT/],
    [['analyze', big, '--max-size', '1KB'], /KHABAR_ERR_TOO_LARGE/],
    [['analyze', big, '--anchor-date', '2025-02-30'], /KHABAR_ERR_BAD_DATE/],
    [['analyze', big, '--no-such-flag'], /KHABAR_ERR_USAGE/],
    [['analyze'], /KHABAR_ERR_USAGE/],
  ];
  for (const [args, code] of cases) {
    const r = run(args);
    assert.notEqual(r.status, 0, args.join(' '));
    assert.match(r.stderr, code);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('invalid UTF-8 is decoded with replacement and a warning', () => {
  const f = join(dir, 'bad-utf8.txt');
  writeFileSync(f, Buffer.concat([Buffer.from('रूस ने कहा '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' ठीक है.')]));
  const r = run(['analyze', f, '--json']);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /warning: .* not valid UTF-8/);
  assert.ok(JSON.parse(r.stdout).body.includes('\uFFFD'));
});

test('unknown command and --help', () => {
  assert.equal(run(['frobnicate']).status, 2);
  const h = run(['analyze', '--help']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /--anchor-date/);
});

test('--format gdelt prints one tab-separated GDELT row of 61 columns per event', () => {
  const r = run(['analyze', 'examples/bharat-japan-raksha.txt', '--format', 'gdelt']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.replace(/\n$/, '').split('\n');
  assert.ok(rows.length >= 1);
  for (const row of rows) assert.equal(row.split('\t').length, 61);
  assert.ok(rows.some((row) => row.split('\t')[26] === '057'), 'the signing is coded 057');
  assert.equal(run(['analyze', 'examples/bharat-japan-raksha.txt', '--format', 'xml']).status, 2);
});
