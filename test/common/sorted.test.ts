/** Binary search over a list kept in order. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstPosition } from '../../src/common/sorted.ts';

describe('firstPosition', () => {
  const values = [1, 3, 5, 5, 7];
  it('is the first position where the prefix condition stops holding', () => {
    assert.equal(
      firstPosition(values.length, (i) => values[i]! < 5),
      2,
    );
    assert.equal(
      firstPosition(values.length, (i) => values[i]! <= 5),
      4,
    );
  });
  it('is 0 when nothing is before, the count when everything is, 0 for an empty list', () => {
    assert.equal(
      firstPosition(values.length, (i) => values[i]! < 0),
      0,
    );
    assert.equal(
      firstPosition(values.length, (i) => values[i]! < 100),
      values.length,
    );
    assert.equal(
      firstPosition(0, () => true),
      0,
    );
  });
});
