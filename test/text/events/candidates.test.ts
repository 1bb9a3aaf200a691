import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEvent } from '../../../src/text/events/types.ts';
import { forCandidatePairs, wordKey } from '../../../src/text/events/candidates.ts';

const event = (articleId: string, value: string, words: string[]): ArticleEvent => ({
  date: { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : 'decade' },
  text: words.join(' '),
  articleId,
  start: 0,
  end: 1,
  words,
});

function pairs(events: ArticleEvent[], people: string[][] = []): string[] {
  const found: string[] = [];
  const input = { events, weight: (w: string) => (w === 'und' ? 0.1 : 1), people: (i: number) => people[i] ?? [], minShare: 0.2 };
  forCandidatePairs(input, (i, j) => found.push(`${i},${j}`));
  return found.sort();
}

test('word keys: five letters for long words, whole short words', () => {
  assert.equal(wordKey('gipfeltreffen'), 'gipfe');
  assert.equal(wordKey('gipfel'), 'gipfe');
  assert.equal(wordKey('kim'), 'kim');
});

test('reports of one date that share a word are compared, once', () => {
  const events = [event('a', '2019-02', ['gipfel', 'hanoi']), event('b', '2019-02', ['gipfeltreffen', 'hanoi'])];
  assert.deepEqual(pairs(events), ['0,1']);
});

test('a date inside a coarser one is compared with it, in either order', () => {
  const events = [event('a', '2019-02-28', ['gipfel']), event('b', '2019', ['gipfel']), event('c', '201', ['gipfel']), event('d', '2019-02', ['gipfel'])];
  assert.deepEqual(pairs(events), ['0,1', '0,2', '0,3', '1,2', '1,3', '2,3']);
});

test('other dates, other words, and reports of one article are not compared', () => {
  const events = [event('a', '2019-02', ['gipfel']), event('b', '2019-03', ['gipfel']), event('c', '2019-02', ['messe']), event('a', '2019-02', ['gipfel']), event('d', '2009-02', ['gipfel'])];
  assert.deepEqual(pairs(events), []);
});

test('a light word in common is not enough without a person, a person in common is', () => {
  const events = [event('a', '2019-02', ['gipfel', 'hanoi', 'trump', 'und']), event('b', '2019-02', ['messe', 'leipzig', 'und'])];
  assert.deepEqual(pairs(events), []);
  assert.deepEqual(pairs(events, [['Kim Jong Un'], ['kim jong un']]), ['0,1']);
});
