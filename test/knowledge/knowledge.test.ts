import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledge, buildKnowledgeInParallel } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/article.ts';

const article = (id: string, date: string): Article => ({ id, title: id, body: `Text ${id}.`, date: { value: date, precision: 'day' }, file: `${id}.txt` });

describe('knowledge', () => {
  it('keeps the date order up to date after changes', () => {
    const knowledge = buildKnowledge([article('b', '2020-01-01'), article('a', '2019-01-01')]);
    assert.deepEqual(
      knowledge.articlesByDate().map((a) => a.id),
      ['a', 'b'],
    );
    knowledge.upsert(article('c', '2018-01-01'));
    knowledge.remove('b');
    assert.deepEqual(
      knowledge.articlesByDate().map((a) => a.id),
      ['c', 'a'],
    );
  });

  it('gives memory back after warming up only what was built or decoded, not what was at hand', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    let collections = 0;
    (globalThis as { gc?: () => void }).gc = () => collections++;
    try {
      const knowledge = buildKnowledge([article('b', '2020-01-01'), article('a', '2019-01-01')]);
      knowledge.warmUp();
      assert.equal(collections, 2, 'the directory and the timeline were built: memory given back after each');
      knowledge.warmUp();
      assert.equal(collections, 2, 'both at hand: no full collection');
      knowledge.directory();
      knowledge.upsert(article('c', '2018-01-01'));
      knowledge.warmUp();
      assert.equal(collections, 4, 'after a change both are built again');
    } finally {
      (globalThis as { gc?: () => void }).gc = gc;
    }
  });

  it('builds the same knowledge with the facts extracted on worker threads', async () => {
    const seeds = (await loadCorpus('corpus')).articles;
    // a repeated id: the later article wins, as when upserting in order
    const articles = [...seeds, { ...seeds[0]!, body: 'Außenminister Antony Blinken reiste am 3. März nach Seoul.' }];
    const inPlace = buildKnowledge(articles);
    const parallel = await buildKnowledgeInParallel(articles, 2, 0);
    const ids = [...inPlace.articles()].map((a) => a.id);
    assert.deepEqual(
      [...parallel.articles()].map((a) => a.id),
      ids,
    );
    assert.deepEqual([...parallel.factIds()], [...inPlace.factIds()]);
    assert.deepEqual(
      ids.map((id) => parallel.packedFactsOf(id)),
      ids.map((id) => inPlace.packedFactsOf(id)),
    );
    assert.deepEqual(
      ids.map((id) => parallel.sentencesOf(id)),
      ids.map((id) => inPlace.sentencesOf(id)),
    );
    assert.deepEqual(parallel.rank('Blinken'), inPlace.rank('Blinken'));
  });

  it('keeps an article whose extraction throws, without facts, with one warning naming its file (in place and on workers)', async () => {
    // (a date without a value: no parser makes one, but the date tagger throws on it, as any bug would)
    const broken: Article = { ...article('broken', '2020-01-01'), body: 'Antony Blinken sagte: „Ja.“ Kaesong', date: {} as Article['date'] };
    const articles = [article('a', '2019-01-01'), broken, article('b', '2020-01-01')];
    for (const knowledge of [buildKnowledge(articles), await buildKnowledgeInParallel(articles, 2, 0)]) {
      assert.deepEqual([...knowledge.factIds()].sort(), ['a', 'b', 'broken']);
      assert.equal(knowledge.factsOf('broken')?.people.people.length, 0);
      assert.equal(knowledge.rank('Kaesong').docs[0]?.id, 'broken');
      const warnings = knowledge.takeExtractionWarnings();
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]!.file, 'broken.txt');
      assert.match(warnings[0]!.reason, /facts not extracted \(TypeError: /);
      assert.deepEqual(knowledge.takeExtractionWarnings(), []);
    }
  });
});
