import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDoc } from '../../../src/analysis/doc.ts';
import { linkEntities } from '../../../src/analysis/entities/index.ts';
import { findMentions } from '../../../src/analysis/mentions/index.ts';

function entities(body: string) {
  const d = { ...emptyDoc(body, {}), body };
  d.mentions = findMentions(d);
  return linkEntities(d);
}

test('a shared place name lies in the country the article is about', () => {
  const pk = entities('पाकिस्तान में आम चुनाव हैं. पंजाब और हैदराबाद में रैलियां हुईं. पाकिस्तानी नेताओं ने वोट मांगे.');
  assert.equal(pk.find((e) => e.mentions.some((m) => m.text === 'पंजाब'))?.country, 'PK');
  assert.equal(pk.find((e) => e.mentions.some((m) => m.text === 'हैदराबाद'))?.country, 'PK');
  const home = entities('पंजाब में किसानों ने रैली की. हैदराबाद में बारिश हुई.');
  assert.equal(home.find((e) => e.mentions.some((m) => m.text === 'पंजाब'))?.country, 'IN');
  assert.equal(home.find((e) => e.mentions.some((m) => m.text === 'हैदराबाद'))?.country, 'IN');
});

test('a generic body takes the owner before it, else the article country, else its default', () => {
  const own = entities('बांग्लादेश के चुनाव आयोग ने तारीख़ें बताईं.');
  const ec = own.find((e) => e.type === 'ORGANIZATION');
  assert.equal(ec?.country, 'BD');
  assert.equal(ec?.name, 'Election Commission of Bangladesh');
  const main = entities('पाकिस्तान में चुनाव होंगे. पाकिस्तानी दल तैयार हैं. सुप्रीम कोर्ट ने सुनवाई की.');
  assert.equal(main.find((e) => e.type === 'ORGANIZATION')?.country, 'PK');
  const mixed = entities('पाकिस्तान और चीन और रूस और ईरान के नेता मिले. सुप्रीम कोर्ट ने सुनवाई की.');
  assert.equal(mixed.find((e) => e.type === 'ORGANIZATION')?.country, 'IN');
});

test('an office-holder with no stated country serves the article country', () => {
  const es = entities('सीरिया में लड़ाई तेज़ हुई. सीरियाई सेना आगे बढ़ी. राष्ट्रपति असद ने भाषण दिया. अमरीका ने चिंता जताई.');
  const p = es.find((e) => e.type === 'PERSON');
  assert.equal(p?.country, 'SY');
});
