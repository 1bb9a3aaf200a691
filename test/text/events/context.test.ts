import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEvent } from '../../../src/text/events/types.ts';
import { compatibleDates } from '../../../src/text/events/dates.ts';
import { mergeContext, overlap } from '../../../src/text/events/context.ts';

const event = (articleId: string, value: string, words: string[]): ArticleEvent => ({
  date: { value, precision: value.length === 7 ? 'month' : 'year' },
  text: words.join(' '),
  articleId,
  start: 0,
  end: 1,
  words,
});

const events = [event('a', '2019-02', ['gipfel', 'hanoi', 'trump']), event('b', '2019', ['gipfeltreffen', 'hanoi', 'kim']), event('a', '2019-03', ['messe', 'leipzig'])];

test('rare words weigh more', () => {
  const ctx = mergeContext(events, undefined, compatibleDates);
  assert.ok(ctx.weight('trump') > ctx.weight('hanoi'));
  assert.equal(ctx.totals[2], ctx.weight('messe') + ctx.weight('leipzig'));
});

test('overlap counts the first report words the second shares, a stem matching its longer form', () => {
  const ctx = mergeContext(events, undefined, compatibleDates);
  const { shared, score } = overlap(0, 1, ctx);
  assert.equal(shared, 2);
  const common = ctx.weight('gipfel') + ctx.weight('hanoi');
  assert.equal(score, common / (ctx.totals[0]! + ctx.totals[1]! - common));
  assert.deepEqual(overlap(0, 2, ctx), { shared: 0, score: 0 });
});

test('articles and dates are compared as numbers, people asked once', () => {
  let asked = 0;
  const ctx = mergeContext(
    events,
    () => {
      asked++;
      return ['Kim'];
    },
    compatibleDates,
  );
  assert.equal(ctx.sameArticle(0, 2), true);
  assert.equal(ctx.sameArticle(0, 1), false);
  assert.equal(ctx.datesFit(0, 1), true);
  assert.equal(ctx.datesFit(0, 2), false);
  ctx.people(1);
  ctx.people(1);
  assert.equal(asked, 1);
});
