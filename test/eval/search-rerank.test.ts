import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchedWeight } from '../../eval/search-rerank.ts';
import { createAnalyser } from '../../src/search/analyser.ts';
import type { QueryWord } from '../../src/search/types.ts';

const analyser = createAnalyser();
const query = (text: string, names: string[] = []): QueryWord[] => analyser.tokens(text).map((t, position) => ({ text: t.text, word: t.word, position, name: names.includes(t.text) }));

describe('matchedWeight: how much of the query a text (or its best window) matches', () => {
  const words = query('Biegun Treffen Pjöngjang', ['Biegun']);
  assert.equal(words.length, 3);

  it('counts each query word once, names double', () => {
    assert.equal(matchedWeight(analyser.tokens('Biegun traf Biegun zum Treffen.'), words, 0), 3);
  });

  it('counts nothing for a text without the query words', () => {
    assert.equal(matchedWeight(analyser.tokens('Der Gipfel in Hanoi endete früh.'), words, 0), 0);
  });

  it('takes the best window: words far apart count only alone', () => {
    const tokens = analyser.tokens('Biegun kam an. Dann lange nichts, noch mehr nichts, viel später ein Treffen in Pjöngjang.');
    assert.equal(matchedWeight(tokens, words, 3), 2);
    assert.equal(matchedWeight(tokens, words, 100), 4);
  });
});
