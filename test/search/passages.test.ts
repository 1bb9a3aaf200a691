import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyser } from '../../src/search/analyser.ts';
import { bestPassages, MAX_PASSAGE_LENGTH, shorten } from '../../src/search/passages.ts';
import type { QueryWord } from '../../src/search/resolve.ts';

const analyser = createAnalyser();
const words = (...texts: string[]): QueryWord[] => texts.map((text, position) => ({ text, word: analyser.word(text)!, position, name: false }));
const marked = (p: { text: string; highlights: [number, number][] }) => p.highlights.map(([s, e]) => p.text.slice(s, e));

describe('passages', () => {
  const sentences = [{ text: 'Das Wetter war gut.' }, { text: 'Der Vizeaußenminister sprach über Sanktionen.' }, { text: 'Neue Sanktionen kamen.' }];

  it('picks the sentences matching the most query words, in article order', () => {
    const passages = bestPassages(analyser, sentences, words('Außenminister', 'Sanktionen'), 2);
    assert.deepEqual(
      passages.map((p) => p.text),
      [sentences[1]!.text, sentences[2]!.text],
    );
  });

  it('marks matching words, also inside compounds, as character ranges', () => {
    const [first] = bestPassages(analyser, sentences, words('Außenminister', 'Sanktion'), 1);
    assert.deepEqual(marked(first!), ['Vizeaußenminister', 'Sanktionen']);
  });

  it('returns nothing when no sentence matches', () => {
    assert.deepEqual(bestPassages(analyser, sentences, words('Kaesong')), []);
  });

  it('cuts long sentences around the first match and keeps the ranges right', () => {
    const text = `${'Vorher kommt sehr viel Text. '.repeat(20)}Hier steht Kaesong und dann ${'noch mehr Text '.repeat(20)}`;
    const [passage] = bestPassages(analyser, [{ text }], words('Kaesong'));
    assert.ok(passage!.text.length <= MAX_PASSAGE_LENGTH + 2);
    assert.ok(passage!.text.startsWith('…') && passage!.text.endsWith('…'));
    assert.deepEqual(marked(passage!), ['Kaesong']);
    assert.deepEqual(shorten({ text: 'kurz', highlights: [[0, 4]] }), { text: 'kurz', highlights: [[0, 4]] });
  });
});
