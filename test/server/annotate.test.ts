import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { annotateBlock, blocks, sortAnnotations, type Annotation } from '../../src/server/annotate.ts';
import { escapeHtml, html, safeHttpUrl } from '../../src/server/html.ts';

const tag = (start: number, end: number, rank: number, name: string): Annotation => ({ start, end, rank, open: `<${name}>`, close: `</${name}>` });

describe('annotated body', () => {
  it('nests crossing annotations by splitting the inner one', () => {
    const body = 'रूस ने समझौता किया';
    const out = annotateBlock(body, { start: 0, end: body.length }, sortAnnotations([tag(0, 9, 0, 'q'), tag(7, 13, 1, 'mark')]));
    assert.equal(out, '<q>रूस ने <mark>सम</mark></q><mark>झौता</mark> किया');
  });

  it('escapes text and keeps every character, for random annotations (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.nat(3)), { maxLength: 8 }), (text, spans) => {
      const body = text.replace(/\n/g, ' ');
      const anns = spans.map(([a, b, r]) => tag(Math.min(a, b, body.length), Math.min(Math.max(a, b), body.length), r, `t${r}`));
      const out = annotateBlock(body, { start: 0, end: body.length }, sortAnnotations(anns));
      const stripped = out.replace(/<\/?t\d>/g, '');
      assert.equal(stripped, escapeHtml(body));
      const stack: string[] = [];
      for (const m of out.matchAll(/<(\/?)(t\d)>/g)) {
        if (m[1]) assert.equal(stack.pop(), m[2]); else stack.push(m[2]);
      }
      assert.equal(stack.length, 0);
    }), { seed: 42, numRuns: 300 });
  });

  it('splits a body into lines with offsets', () => {
    assert.deepEqual(blocks('क\n\nख\n'), [{ start: 0, end: 1 }, { start: 3, end: 4 }]);
  });

  it('html tag escapes values and only http(s) links pass', () => {
    assert.equal(html`<p title="${'"x"'}">${'<b>'}</p>`.value, '<p title="&quot;x&quot;">&lt;b&gt;</p>');
    assert.equal(safeHttpUrl('javascript:alert(1)'), null);
    assert.equal(safeHttpUrl('https://example.org/a'), 'https://example.org/a');
  });
});
