import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlesByDate, buildKnowledge, removeArticle, upsertArticle } from '../../src/answers/knowledge.ts';
import type { Article } from '../../src/corpus/article.ts';

const article = (id: string, date: string): Article => ({ id, title: id, body: `Text ${id}.`, date: { value: date, precision: 'day' }, file: `${id}.txt` });

describe('knowledge', () => {
  it('keeps the date order up to date after changes', () => {
    const knowledge = buildKnowledge([article('b', '2020-01-01'), article('a', '2019-01-01')]);
    assert.deepEqual(articlesByDate(knowledge).map((a) => a.id), ['a', 'b']);
    upsertArticle(knowledge, article('c', '2018-01-01'));
    removeArticle(knowledge, 'b');
    assert.deepEqual(articlesByDate(knowledge).map((a) => a.id), ['c', 'a']);
  });
});
