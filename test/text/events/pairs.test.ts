import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AlikePairs } from '../../../src/text/events/pairs.ts';

test('pairs come closest first; ties by decade rank, then first, then second report', () => {
  const pairs = new AlikePairs();
  pairs.add(2, 5, 0.5, 1);
  pairs.add(1, 4, 0.9, 0);
  pairs.add(0, 3, 0.5, 1);
  pairs.add(3, 4, 0.5, 0);
  pairs.add(0, 2, 0.5, 1);
  assert.deepEqual(
    [...pairs.ordered()].map((k) => `${pairs.i(k)},${pairs.j(k)}`),
    ['1,4', '3,4', '0,2', '0,3', '2,5'],
  );
});

test('a sealed set of pairs tells which reports were found alike, in either order', () => {
  const pairs = new AlikePairs();
  pairs.add(0, 7, 0.3, 0);
  pairs.add(0, 2, 0.3, 0);
  pairs.add(4, 5, 0.3, 0);
  pairs.seal(8);
  assert.equal(pairs.size, 3);
  assert.equal(pairs.has(0, 2), true);
  assert.equal(pairs.has(7, 0), true);
  assert.equal(pairs.has(5, 4), true);
  assert.equal(pairs.has(0, 5), false);
  assert.equal(pairs.has(2, 7), false);
});
