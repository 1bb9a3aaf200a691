/**
 * Where the mentions of an article's people lie in its tokens, looked up by a mention's first or
 * last token. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { mentionSpans } from '../../../src/text/people/mention-spans.ts';
import { addMention, newPerson } from '../../../src/text/people/working.ts';

const text = 'Trumps Tochter Ivanka Trump traf Ivanka.';
const tokens = tokenize(splitSentences(text));
const at = (word: string, from = 0) => tokens.findIndex((t, k) => k >= from && t.text === word);

describe('mentionSpans', () => {
  const ivanka = newPerson('Ivanka Trump', false, 'female', true);
  const full = text.indexOf('Ivanka Trump');
  addMention(ivanka, 'Ivanka Trump', { start: full, end: full + 'Ivanka Trump'.length, token: at('Ivanka') });
  const bare = text.lastIndexOf('Ivanka');
  addMention(ivanka, 'Ivanka', { start: bare, end: bare + 'Ivanka'.length, token: at('Ivanka', at('traf')) });
  const spans = mentionSpans(tokens, [ivanka]);

  it('a mention of two words spans both tokens, found from either end', () => {
    const first = at('Ivanka');
    const last = first + 1;
    assert.equal(tokens[last]!.text, 'Trump');
    assert.equal(spans.firstOf.get(first), ivanka);
    assert.equal(spans.lastOf.get(last), ivanka);
    assert.equal(spans.endOf.get(first), last);
    assert.equal(spans.startOf.get(last), first);
  });

  it('a mention of one word starts and ends at the same token', () => {
    const k = at('Ivanka', at('traf'));
    assert.equal(spans.endOf.get(k), k);
    assert.equal(spans.startOf.get(k), k);
  });

  it('a word inside no mention is nobody\'s ("Trumps" before the title)', () => {
    assert.equal(spans.firstOf.get(0), undefined);
    assert.equal(spans.lastOf.get(0), undefined);
    assert.equal(spans.firstOf.size, 2);
  });
});
