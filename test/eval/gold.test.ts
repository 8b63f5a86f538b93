import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KhabarError } from '../../src/errors.ts';
import { parseGold } from '../../src/eval/gold.ts';

test('missing lists default to empty, missing source and anchor to null', () => {
  const g = parseGold({ id: 'a', text: 'a.txt', language: 'hi', title: null }, 'a.json');
  assert.deepEqual([g.entities, g.dates, g.quotes, g.events, g.headings, g.boilerplate, g.related], [[], [], [], [], [], [], []]);
  assert.equal(g.source, null);
  assert.equal(g.anchorDate, null);
});

test('malformed gold is a KHABAR_ERR_BAD_GOLD naming the file and the field', () => {
  const bad = [
    [42, 'not a JSON object'],
    [{ id: 'a', language: 'hi' }, '`text`'],
    [{ id: 'a', text: 'a.txt', language: 'hi', entities: [{ type: 'PERSON' }] }, 'entities[0]'],
    [{ id: 'a', text: 'a.txt', language: 'hi', events: [{ root: '05', actors: ['PK'] }] }, 'events[0]'],
    [{ id: 'a', text: 'a.txt', language: 'hi', dates: [{ mention: 'x', value: '2020', qualifier: 'soon' }] }, 'dates[0]'],
  ] as const;
  for (const [value, needle] of bad) {
    assert.throws(() => parseGold(value, 'x.json'), (e: unknown) =>
      e instanceof KhabarError && e.code === 'KHABAR_ERR_BAD_GOLD' && e.message.includes('x.json') && e.message.includes(needle));
  }
});
