import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoize, memoizeFor } from '../../../src/text/lexicon/memo.ts';

test('a memoised function is worked out once per word', () => {
  let calls = 0;
  const upper = memoize((w: string) => {
    calls++;
    return w.toUpperCase();
  });
  assert.equal(upper('kim'), 'KIM');
  assert.equal(upper('kim'), 'KIM');
  assert.equal(calls, 1);
});

test('undefined answers are remembered too', () => {
  let calls = 0;
  const none = memoize((_: string) => {
    calls++;
    return undefined;
  });
  none('x');
  none('x');
  assert.equal(calls, 1);
});

test('a full cache starts over and still answers right', () => {
  let calls = 0;
  const length = memoize((w: string) => {
    calls++;
    return w.length;
  }, 2);
  assert.deepEqual(['a', 'bb', 'ccc', 'a'].map(length), [1, 2, 3, 1]);
  assert.equal(calls, 4);
});

test('each owner has its own cache', () => {
  const has = memoizeFor((set: Set<string>, w: string) => set.has(w));
  const a = new Set(['Büro']);
  const b = new Set<string>();
  assert.equal(has(a, 'Büro'), true);
  assert.equal(has(b, 'Büro'), false);
});
