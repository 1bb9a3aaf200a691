import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlesByDate, buildKnowledge, buildKnowledgeInParallel, mergeTimeline, removeArticle, upsertArticle } from '../../src/answers/knowledge.ts';
import { peopleIn } from '../../src/facts/extract.ts';
import { mergeEvents, type ArticleEvent } from '../../src/text/events.ts';
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

  it('merges the timeline decade by decade into exactly what merging all reports at once gives', async () => {
    const seeds = (await loadCorpus('corpus')).articles;
    // the seeds again under other dates: their relative dates land in other years and decades
    const copies = ['2009-06-15', '2011-02-01', '2020-12-30'].flatMap((date, n) => seeds.map((a) => ({ ...a, id: `${a.id}-${n}`, date: { value: date, precision: 'day' as const } })));
    const knowledge = buildKnowledge([...seeds, ...copies]);
    const events: ArticleEvent[] = [];
    const people = new Map<ArticleEvent, string[]>();
    for (const id of knowledge.facts.ids()) {
      const facts = knowledge.facts.get(id)!;
      for (const event of facts.events) {
        events.push(event);
        people.set(event, peopleIn(facts, event.start, event.end));
      }
    }
    const atOnce = mergeEvents(events, { peopleOf: (event) => people.get(event) ?? [] });
    const byDecade = mergeTimeline(knowledge.facts);
    assert.ok(new Set(byDecade.map((entry) => entry.date.value.slice(0, 3))).size > 2, 'several decades');
    assert.deepEqual(byDecade.map((entry) => [entry.date, entry.text, entry.articleIds, entry.reports.map((r) => [r.articleId, r.start, r.end])]),
      atOnce.map((entry) => [entry.date, entry.text, entry.articleIds, entry.events.map((r) => [r.articleId, r.start, r.end])]));
  });
});
