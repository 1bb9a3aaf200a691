import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fnv1a } from '../../eval/fnv.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
  });

  it('is an unsigned 32-bit number, different for ids that differ in one digit', () => {
    const a = fnv1a('wikinews-61550');
    const b = fnv1a('wikinews-61551');
    assert.ok(Number.isInteger(a) && a >= 0 && a < 2 ** 32);
    assert.notEqual(a, b);
  });
});
