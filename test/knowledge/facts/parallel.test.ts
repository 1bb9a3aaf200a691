import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../../../src/corpus/load.ts';
import type { Article } from '../../../src/corpus/article.ts';
import { emptyFacts, extractFacts } from '../../../src/knowledge/facts/extract.ts';
import { packFacts } from '../../../src/knowledge/facts/packed.ts';
import { defaultWorkers, extractInParallel } from '../../../src/knowledge/facts/parallel.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

test('facts extracted on worker threads are the facts extracted in place, in article order', async () => {
  const seeds = (await loadCorpus('corpus')).articles;
  const articles = [...seeds, ...seeds.map((a) => ({ ...a, id: `${a.id}-copy`, date: { value: '2024-05-01', precision: 'day' as const } }))];
  const parallel = await extractInParallel(articles, 2);
  assert.deepEqual(
    parallel.map((e) => e.facts),
    articles.map((a) => packFacts(extractFacts(a, splitSentences(a.body)))),
  );
  assert.deepEqual(
    parallel.map((e) => [...e.sentences]),
    articles.map((a) => splitSentences(a.body).flatMap((s) => [s.start, s.end])),
  );
});

test('an article an extractor throws on comes back from the worker with empty facts and the error; the rest of its batch is extracted', async () => {
  const seeds = (await loadCorpus('corpus')).articles;
  // (a date without a value: no parser makes one, but the date tagger throws on it, as any bug would)
  const broken = { ...seeds[0]!, id: 'broken', date: {} as Article['date'] };
  const parallel = await extractInParallel([seeds[1]!, broken, seeds[2]!], 1);
  assert.equal(parallel.length, 3);
  assert.equal(parallel[0]!.error, undefined);
  assert.deepEqual(parallel[0]!.facts, packFacts(extractFacts(seeds[1]!, splitSentences(seeds[1]!.body))));
  assert.match(parallel[1]!.error ?? '', /^TypeError: /);
  assert.deepEqual(parallel[1]!.facts, packFacts(emptyFacts()));
  assert.ok(parallel[1]!.sentences.length > 0);
  assert.equal(parallel[2]!.error, undefined);
});

test('no articles, no workers needed', async () => {
  assert.deepEqual(await extractInParallel([], 2), []);
});

test('at least one worker, at most the limit', () => {
  assert.ok(defaultWorkers() >= 1);
  assert.equal(defaultWorkers(1), 1);
});
