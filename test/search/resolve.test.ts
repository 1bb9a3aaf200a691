import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';
import { resolveWords } from '../../src/search/resolve.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2014-09-29', precision: 'day' }, file: `${id}.txt` });

// articles written for the tests
const index = new ArchiveIndex([
  article('joined', 'In Hongkong besetzen Studenten die Straßen der Stadt.'),
  article('apart', 'Die Proteste in Hong Kong gehen weiter.'),
  article('theft', 'Die Regierung will das Bestehen der Behörde sichern. Der Gesandte Biegun reiste ab.'),
  article('kim', 'Machthaber Kim Jong Un traf den Gesandten.'),
]);

describe('resolveWords: query words as the archive writes them', () => {
  it('finds a name written as one word when the query writes it as two ("Hong Kong" = "Hongkong")', () => {
    const found = rank(index, 'Hong Kong').docs.map((d) => d.id);
    assert.deepEqual([...found].sort(), ['apart', 'joined']);
    // both words count as matched in the article writing "Hongkong"
    assert.equal(rank(index, 'Hong Kong').docs.find((d) => d.id === 'joined')?.matched, rank(index, 'Hong Kong').full);
  });

  it('joins two words only when the archive writes them as one, and only across a space', () => {
    const plain = (text: string) => resolveWords(index, text).words.map((w) => w.word.alternatives ?? []);
    // the archive never writes "Jongun": no alternative
    assert.deepEqual(plain('Jong Un'), [[], []]);
    // a comma between the words: two separate words
    assert.deepEqual(plain('Hong, Kong'), [[], []]);
    assert.deepEqual(
      plain('Hong Kong').map((alternatives) => alternatives.length),
      [1, 1],
    );
  });

  it('does not correct a German word the archive lacks ("bestohlen" is no typo of "Bestehen")', () => {
    const { words, corrections } = resolveWords(index, 'Gesandter bestohlen');
    assert.deepEqual(corrections, []);
    assert.equal(words.at(-1)?.text, 'bestohlen');
  });

  it('still corrects a misspelt name', () => {
    assert.deepEqual(resolveWords(index, 'Beigun').corrections, [{ from: 'Beigun', to: 'Biegun' }]);
  });
});

describe('resolveWords: names and repeated words', () => {
  // articles written for the tests: "Vorwurf" and "Kanzlers" are German words the word list
  // only derives (vor + Wurf, Kanzler + s), "Klien" is a name
  const names = new ArchiveIndex([article('pilot', 'Der Pilot Klien weist den Vorwurf zurück. Die Rede des Kanzlers folgte.'), article('other', 'Ein Vorwurf. Die Rede des Kanzlers. Der Pilot sprach.')]);
  const nameOf = (text: string) => resolveWords(names, text).words.map((w) => [w.text, w.name]);

  it('weighs a name double, not a German word the word list only derives', () => {
    assert.deepEqual(nameOf('Klien Vorwurf Kanzlers'), [
      ['Klien', true],
      ['Vorwurf', false],
      ['Kanzlers', false],
    ]);
  });

  it('counts a word repeated in the query once', () => {
    assert.deepEqual(
      resolveWords(names, 'Pilot Klien: der Pilot').words.map((w) => w.text),
      ['Pilot', 'Klien'],
    );
    assert.equal(rank(names, 'Pilot Klien Pilot').full, rank(names, 'Pilot Klien').full);
  });

  it('keeps words that only share a stem with another form ("Piloten" after "Pilot")', () => {
    // one term, so one word: the second form adds nothing the first does not match
    assert.equal(resolveWords(names, 'Pilot Piloten').words.length, 1);
    assert.equal(resolveWords(names, 'Pilot Rede').words.length, 2);
  });
});
