import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlesByDate, buildKnowledge, buildKnowledgeInParallel, removeArticle, upsertArticle } from '../../src/answers/knowledge.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
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

  it('builds the same knowledge with the facts extracted on worker threads', async () => {
    const seeds = (await loadCorpus('corpus')).articles;
    // a repeated id: the later article wins, as when upserting in order
    const articles = [...seeds, { ...seeds[0]!, body: 'Außenminister Antony Blinken reiste am 3. März nach Seoul.' }];
    const inPlace = buildKnowledge(articles);
    const parallel = await buildKnowledgeInParallel(articles, 2, 0);
    const ids = [...inPlace.articles.keys()];
    assert.deepEqual([...parallel.articles.keys()], ids);
    assert.deepEqual([...parallel.facts.ids()], [...inPlace.facts.ids()]);
    assert.deepEqual(ids.map((id) => parallel.facts.packedOf(id)), ids.map((id) => inPlace.facts.packedOf(id)));
    assert.deepEqual(ids.map((id) => parallel.sentences.get(id)), ids.map((id) => inPlace.sentences.get(id)));
    assert.deepEqual(parallel.index.search('Blinken'), inPlace.index.search('Blinken'));
  });
});
