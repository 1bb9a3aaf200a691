import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kthLargest } from '../../src/common/select.ts';

describe('kthLargest', () => {
  it('finds the k-th largest as a full sort does, for every k, with ties, sorted and reversed input', () => {
    let seed = 5;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const inputs = [
      Float64Array.from({ length: 200 }, () => next(1000) / 7),
      Float64Array.from({ length: 200 }, () => next(4)),
      Float64Array.from({ length: 100 }, (_, i) => i),
      Float64Array.from({ length: 100 }, (_, i) => 100 - i),
      Float64Array.of(2.5),
    ];
    for (const values of inputs) {
      const sorted = [...values].sort((a, b) => b - a);
      assert.ok(sorted.length > 0);
      for (let k = 1; k <= values.length; k++) assert.equal(kthLargest(values, k), sorted[k - 1], `k = ${k}`);
    }
  });

  it('leaves the values as they were, and refuses a k out of range', () => {
    const values = Float64Array.of(3, 9, 1, 7);
    assert.equal(kthLargest(values, 2), 7);
    assert.deepEqual([...values], [3, 9, 1, 7]);
    assert.throws(() => kthLargest(values, 0), RangeError);
    assert.throws(() => kthLargest(values, 5), RangeError);
  });
});
