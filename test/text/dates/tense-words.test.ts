import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FUTURE_AUX, MODAL, STRONG_PAST, startsLower, wordClass, wordsOf } from '../../../src/text/dates/tense-words.ts';

test('words are runs of letters and hyphens, as the split regex gives them', () => {
  const texts = ['Er sagte: „Nord-Korea“ 2019.', '  -a- b', '𝐀bc😀de\ud800fg', 'Straße, Öl; ÜBER', ''];
  for (const text of texts) assert.deepEqual(wordsOf(text), text.split(/[^\p{L}\-]+/u).filter(Boolean), text);
});

test('closed word classes are bit flags of exact words', () => {
  assert.equal(wordClass('wird'), FUTURE_AUX | MODAL);
  assert.equal(wordClass('war') & STRONG_PAST, STRONG_PAST);
  assert.equal(wordClass('Wird'), 0);
});

test('a lower-case first letter is what /^\\p{Ll}/u says', () => {
  for (const word of ['sagte', 'Sagte', 'über', 'Über', 'ßa', '𝐚b', '𝐀b', '1a', '-a']) {
    assert.equal(startsLower(word), /^\p{Ll}/u.test(word), word);
  }
});
