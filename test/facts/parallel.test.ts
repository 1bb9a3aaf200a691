import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { packFacts } from '../../src/facts/packed.ts';
import { defaultWorkers, extractInParallel } from '../../src/facts/parallel.ts';
import { splitSentences } from '../../src/text/sentences.ts';

test('facts extracted on worker threads are the facts extracted in place, in article order', async () => {
  const seeds = (await loadCorpus('corpus')).articles;
  const articles = [...seeds, ...seeds.map((a) => ({ ...a, id: `${a.id}-copy`, date: { value: '2024-05-01', precision: 'day' as const } }))];
  const parallel = await extractInParallel(articles, 2);
  assert.deepEqual(parallel.map((e) => e.facts), articles.map((a) => packFacts(extractFacts(a, splitSentences(a.body)))));
  assert.deepEqual(parallel.map((e) => [...e.sentences]), articles.map((a) => splitSentences(a.body).flatMap((s) => [s.start, s.end])));
});

test('no articles, no workers needed', async () => {
  assert.deepEqual(await extractInParallel([], 2), []);
});

test('at least one worker, at most the limit', () => {
  assert.ok(defaultWorkers() >= 1);
  assert.equal(defaultWorkers(1), 1);
});
