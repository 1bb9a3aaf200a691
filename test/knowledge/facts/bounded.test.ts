/**
 * Work per sentence and per word is bounded by construction: sentences are cut at a maximum
 * length, words beyond a maximum are indexed as they are (no stemming, no compound splitting),
 * and a huge single word passes through extraction without exhausting the stack.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../../src/knowledge/facts/extract.ts';
import { createAnalyser, MAX_ANALYSED_WORD, stem } from '../../../src/search/analyser.ts';
import { decompound } from '../../../src/search/decompound.ts';
import { germanLexicon } from '../../../src/search/german-lexicon.ts';
import { findQuotes } from '../../../src/text/quotes/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../src/text/lexicon/index.ts';

describe('sentences', () => {
  it('are never longer than MAX_SENTENCE_CHARS, and cut at a space when there is one', () => {
    const text = 'und der Präsident sagte '.repeat(1000);
    const sentences = splitSentences(text);
    assert.ok(sentences.length >= Math.ceil(text.length / MAX_SENTENCE_CHARS));
    for (const s of sentences) {
      assert.ok(s.text.length <= MAX_SENTENCE_CHARS);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(s.end === text.length || /\s/.test(text[s.end]!), 'cut between words');
    }
  });

  it('cut a single long word at the limit', () => {
    const sentences = splitSentences('x'.repeat(5 * MAX_SENTENCE_CHARS));
    assert.deepEqual(
      sentences.map((s) => s.text.length),
      [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS],
    );
  });

  it('leave real sentences alone', () => {
    assert.deepEqual(
      splitSentences('Kim traf Trump. Dann reiste er ab.').map((s) => s.text),
      ['Kim traf Trump.', 'Dann reiste er ab.'],
    );
  });
});

describe('words', () => {
  it('keeps the genitive rule for names', () => {
    assert.equal(stem('nordkoreas'), 'nordkorea');
    assert.equal(stem('trumps'), 'trump');
  });

  it('indexes a word longer than MAX_ANALYSED_WORD as it is, and still splits real compounds', () => {
    const analyser = createAnalyser();
    const long = 'kaesong'.repeat(20);
    assert.ok(long.length > MAX_ANALYSED_WORD);
    assert.deepEqual(analyser.word(long), { folded: long, term: long, parts: [], subterms: [] });
    // (index terms fold umlauts without the e since the search round of issue #12: Gespräch -> gesprach)
    assert.deepEqual(analyser.word('Atomgespräche')?.parts, ['atom', 'gesprach']);
    assert.deepEqual(decompound('atomgespraeche'.repeat(10), germanLexicon()), [], 'too long to split');
  });

  it('analyses a 20 MB word without exhausting the stack', () => {
    const word = 'a'.repeat(20_000_000) + 's';
    assert.equal(createAnalyser().word(word)?.term.length, word.length);
    assert.equal(stem('a'.repeat(20_000_000) + 's').length, 20_000_000, 'the genitive rule is no regex');
  });
});

describe('a cue as the last word of an article', () => {
  it('gives no speaker instead of failing', () => {
    const body = 'Der Minister Kim Jong Un, sagte';
    const sentences = splitSentences(body);
    assert.doesNotThrow(() => findQuotes(body, sentences, findPeople(body, sentences)));
    assert.doesNotThrow(() => extractFacts({ id: 'a', file: 'a.txt', title: 'a', date: { value: '2020-01', precision: 'month' }, body }, sentences));
  });
});
