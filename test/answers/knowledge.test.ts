import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { articlesByDate, buildKnowledge, removeArticle, sentencesOf, upsertArticle } from '../../src/answers/knowledge.ts';
import type { Article } from '../../src/corpus/article.ts';
import { splitSentences } from '../../src/text/sentences.ts';

const article = (id: string, date: string): Article => ({ id, title: id, body: `Text ${id}.`, date: { value: date, precision: 'day' }, file: `${id}.txt` });

describe('knowledge', () => {
  it('splits sentences exactly like splitSentences, line by line', async () => {
    const texts = [
      'Erster Satz.\nZweiter Satz. Dritter «Satz.»\n\nVierter z. B. am 27. Juli 2020.Fünfter.',
      ...(await Promise.all((await readdir('corpus')).map((name) => readFile(`corpus/${name}`, 'utf8')))),
    ];
    for (const text of texts) assert.deepEqual(sentencesOf(text), splitSentences(text));
  });

  it('keeps the date order up to date after changes', () => {
    const knowledge = buildKnowledge([article('b', '2020-01-01'), article('a', '2019-01-01')]);
    assert.deepEqual(articlesByDate(knowledge).map((a) => a.id), ['a', 'b']);
    upsertArticle(knowledge, article('c', '2018-01-01'));
    removeArticle(knowledge, 'b');
    assert.deepEqual(articlesByDate(knowledge).map((a) => a.id), ['c', 'a']);
  });
});
