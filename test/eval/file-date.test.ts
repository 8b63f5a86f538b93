import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedFromFileName } from '../../src/eval/file-date.ts';

test('a paper-day file name gives its date', () => {
  assert.equal(publishedFromFileName('../corpus/x/AU-2020-05-14-03.txt'), '2020-05-14');
  assert.equal(publishedFromFileName('DH-2020-04-29.txt'), '2020-04-29');
});

test('no date, an impossible date, or a date only in the folder gives null', () => {
  assert.equal(publishedFromFileName('0042-international.txt'), null);
  assert.equal(publishedFromFileName('XX-2020-02-30-01.txt'), null);
  assert.equal(publishedFromFileName('/data/2020-05-14/article.txt'), null);
  assert.equal(publishedFromFileName('id-12020-05-14.txt'), null);
});
