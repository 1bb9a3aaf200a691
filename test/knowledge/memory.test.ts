/**
 * Giving memory back while every article is read: only once the heap has grown by the amount
 * given since the last time, measured from the heap after giving back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { releaseMemory, releaseWhenGrown } from '../../src/knowledge/memory.ts';

describe('giving memory back as the heap grows', () => {
  it('releases once the growth is reached, then measures from the heap it left', () => {
    let heap = 1000;
    const released: number[] = [];
    const check = releaseWhenGrown(
      100,
      () => heap,
      () => {
        released.push(heap);
        heap -= 80;
      },
    );
    heap = 1099;
    check();
    assert.deepEqual(released, [], 'not before the growth');
    heap = 1100;
    check();
    assert.deepEqual(released, [1100]);
    // now 1020: the next release needs 1120
    heap = 1119;
    check();
    assert.equal(released.length, 1);
    heap = 1120;
    check();
    assert.deepEqual(released, [1100, 1120]);
  });

  it('measures from the heap after memory was given back elsewhere (releaseMemory), not from the heap before', () => {
    let heap = 1000;
    const released: number[] = [];
    const check = releaseWhenGrown(
      100,
      () => heap,
      () => released.push(heap),
    );
    heap = 1090;
    check();
    // (another step gives memory back: the heap drops to 900)
    releaseMemory();
    heap = 900;
    check();
    heap = 999;
    check();
    assert.deepEqual(released, [], 'not before the growth');
    heap = 1000;
    check();
    assert.deepEqual(released, [1000], 'grown by 100 since the heap of 900 after giving back (not measured from the 1000 before)');
  });

  it('never releases while the heap does not grow', () => {
    let calls = 0;
    const check = releaseWhenGrown(
      1,
      () => 500,
      () => calls++,
    );
    for (let i = 0; i < 100; i++) check();
    assert.equal(calls, 0);
  });
});
