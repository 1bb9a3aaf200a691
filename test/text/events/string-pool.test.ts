/**
 * The string pool: equal strings come back as one object, empty lists as one frozen array.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StringPool } from '../../../src/text/events/string-pool.ts';

describe('string pool', () => {
  it('gives the first copy of a string back for every equal one', () => {
    const pool = new StringPool();
    const first = pool.string('gipfeltreffen'.slice(0, 6));
    assert.equal(pool.string(['gip', 'fel'].join('')), first);
    assert.equal(pool.size, 1);
    assert.equal(pool.string('hanoi'), 'hanoi');
    assert.equal(pool.size, 2);
  });

  it('pools the strings of a list in a new array, keeping their order and repeats', () => {
    const pool = new StringPool();
    const words = ['kim', 'gipfel', 'kim'];
    const listed = pool.list(words);
    assert.deepEqual(listed, ['kim', 'gipfel', 'kim']);
    assert.notEqual(listed, words);
    assert.equal(pool.size, 2);
  });

  it('gives every empty list as the same frozen array, and a non-empty list never as it', () => {
    const pool = new StringPool();
    const empty = pool.list([]);
    assert.equal(pool.list([]), empty);
    assert.ok(Object.isFrozen(empty));
    assert.equal(empty.length, 0);
    assert.notEqual(pool.list(['x']), empty);
    assert.equal(pool.size, 1);
  });
});
