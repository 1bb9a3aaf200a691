import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { extractFacts } from '../../../src/knowledge/facts/extract.ts';
import { packFacts, unpackFacts } from '../../../src/knowledge/facts/packed.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

describe('packed facts', () => {
  it('give back every part as extracted (as JSON would)', async () => {
    const articles = (await loadCorpus('corpus')).articles;
    assert.ok(articles.length > 0);
    for (const article of articles) {
      const facts = extractFacts(article, splitSentences(article.body));
      const unpacked = unpackFacts(packFacts(facts));
      assert.deepEqual(JSON.parse(JSON.stringify(unpacked)), JSON.parse(JSON.stringify(facts)));
    }
  });

  it('decode a part once, however often it is read', () => {
    const unpacked = unpackFacts(packFacts({ dates: [], events: [], people: { people: [], entities: [] }, quotes: [] }));
    assert.equal(unpacked.quotes, unpacked.quotes);
  });

  it('refuse damaged bytes', () => {
    assert.throws(() => unpackFacts(new TextEncoder().encode('[]')), /damaged/);
  });
});
