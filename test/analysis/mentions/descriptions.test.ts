import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDoc } from '../../../src/analysis/doc.ts';
import { findMentions } from '../../../src/analysis/mentions/index.ts';

function mentions(body: string) {
  return findMentions({ ...emptyDoc(body, {}), body });
}

test('a description is not an organisation; a demonym and a state head is', () => {
  const ms = mentions('एक कट्टरपंथी संगठन और एक वामपंथी पार्टी ने विरोध किया. ईरानी दूतावास बंद रहा.');
  assert.ok(!ms.some((m) => m.text.includes('कट्टरपंथी') || m.text.includes('वामपंथी')));
  assert.ok(ms.some((m) => m.text === 'ईरानी दूतावास' && m.type === 'ORGANIZATION'));
});

test('a person never swallows a country or a known organisation', () => {
  const ms = mentions('लेबनान हिज़्बुल्लाह को हथियार नहीं देगा. उनसे लेबनान में बात हुई.');
  assert.ok(!ms.some((m) => m.type === 'PERSON'));
  assert.ok(ms.some((m) => m.text === 'लेबनान' && m.type === 'LOCATION'));
});
