/**
 * An extractor that throws costs one article its facts, never the load: the facts come back empty
 * with the error, which the caller turns into one warning naming the file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../../src/corpus/article.ts';
import { emptyFacts, extractFacts, extractFactsSafely, extractionWarning } from '../../../src/knowledge/facts/extract.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

const article: Article = { id: 'a', file: 'corpus/a.txt', title: 'a', date: { value: '2020-01-02', precision: 'day' }, body: 'Außenminister Antony Blinken sagte am 3. März: „Wir reden.“' };

describe('extractFactsSafely', () => {
  it('gives the facts extractFacts gives when nothing throws', () => {
    const sentences = splitSentences(article.body);
    const safe = extractFactsSafely(article, sentences);
    assert.equal(safe.error, undefined);
    assert.deepEqual(safe.facts, extractFacts(article, sentences));
    assert.equal(safe.facts.people.people.length, 1);
  });

  it('gives empty facts and the error when an extractor throws', () => {
    const safe = extractFactsSafely(article, splitSentences(article.body), () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    assert.deepEqual(safe.facts, emptyFacts());
    assert.equal(safe.error, 'RangeError: Maximum call stack size exceeded');
  });

  it('words the warning with the file and the error', () => {
    const warning = extractionWarning('corpus/a.txt', 'RangeError: too deep');
    assert.equal(warning.file, 'corpus/a.txt');
    assert.match(warning.reason, /^facts not extracted \(RangeError: too deep\)/);
  });
});
