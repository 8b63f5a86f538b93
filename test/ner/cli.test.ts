import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/khabar.js');

function khabar(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
}

test('khabar ner --conll prints every token with a tag, same order, blank lines kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-ner-'));
  try {
    const file = join(dir, 'in.conll');
    writeFileSync(file, 'पाकिस्तान\tB-NEL\nने\tO\nभारत\nसे\tx\tO\nकहा\tO\n\n\nराष्ट्रपति\tO\r\nव्लादिमीर\tO\r\nपुतिन\tO\r\nआए\tO\r\n');
    const r = khabar('ner', '--conll', file);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.map((l) => l.split('\t')[0]), ['पाकिस्तान', 'ने', 'भारत', 'से', 'कहा', '', '', 'राष्ट्रपति', 'व्लादिमीर', 'पुतिन', 'आए']);
    for (const l of lines) if (l) assert.match(l, /^[^\t]+\t(O|[BI]-(PER|LOC|ORG))$/);
    assert.equal(lines[0], 'पाकिस्तान\tB-LOC');
    assert.equal(lines[8], 'व्लादिमीर\tB-PER');
    assert.equal(lines[9], 'पुतिन\tI-PER');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('khabar ner errors: no file, missing file, directory', () => {
  let r = khabar('ner');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /KHABAR_ERR_USAGE/);
  const missing = join(tmpdir(), 'khabar-no-such-file.conll');
  assert.ok(!existsSync(missing));
  r = khabar('ner', '--conll', missing);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /KHABAR_ERR_NOT_FOUND/);
  r = khabar('ner', '--conll', tmpdir());
  assert.match(r.stderr, /KHABAR_ERR_IS_DIRECTORY/);
});
