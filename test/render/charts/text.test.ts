/**
 * Text from articles made safe for the SVG and short enough for a label.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, cutText } from '../../../src/render/charts/text.ts';

describe('cleanText', () => {
  it('collapses whitespace and removes characters XML forbids', () => {
    assert.equal(cleanText('Gipfel\n in\u0000 Hanoi\u0007 \t'), 'Gipfel in Hanoi');
    assert.equal(cleanText('a\ud800b\udc00c\uffffd'), 'abcd');
    assert.equal(cleanText('Kim 😀 <&"> 🇰🇷'), 'Kim 😀 <&"> 🇰🇷');
    assert.equal(cleanText('Cafe\u0301'), 'Café');
    assert.equal(cleanText(undefined), '');
    assert.equal(cleanText(42), '');
  });
});

describe('cutText', () => {
  it('leaves short text alone', () => {
    assert.equal(cutText('Gipfel in Hanoi', 40), 'Gipfel in Hanoi');
  });

  it('cuts at a word boundary near the end, with an ellipsis', () => {
    const cut = cutText('Gipfel in Hanoi scheitert ohne gemeinsame Erklärung der beiden Seiten', 40);
    assert.equal(cut, 'Gipfel in Hanoi scheitert ohne…');
  });

  it('cuts a very long word and never splits an emoji', () => {
    assert.equal([...cutText('x'.repeat(500), 40)].length, 40);
    const emoji = cutText('👩‍👩‍👧‍👦'.repeat(50), 10);
    assert.equal(emoji, `${'👩‍👩‍👧‍👦'.repeat(9)}…`);
  });
});
