/**
 * The snapshot container: named sections with a checksum per 64 KiB block, written one section
 * at a time, read one section (or one piece of one) at a time and checked as it is read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batched, BLOCK_SIZE, memorySource, offsetsOf, packSections, SnapshotError, unpackSections } from '../../src/knowledge/container.ts';

const encoder = new TextEncoder();
const join = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]);

describe('snapshot container', () => {
  it('gives back every section and the metadata', () => {
    const file = join(
      packSections(
        { version: 7 },
        {
          names: () => encoder.encode('Biegun\nKim'),
          numbers: () => Uint32Array.from([1, 2, 3]),
          parts: () => [encoder.encode('ab'), encoder.encode('c')],
        },
      ),
    );
    const unpacked = unpackSections(file);
    assert.deepEqual(unpacked.meta, { version: 7 });
    assert.equal(unpacked.text('names'), 'Biegun\nKim');
    assert.deepEqual([...unpacked.uint32('numbers')], [1, 2, 3]);
    assert.equal(unpacked.text('parts'), 'abc');
  });

  it('makes a section only when the chunks before it are taken', () => {
    const made: string[] = [];
    const chunks = packSections({}, { a: () => (made.push('a'), encoder.encode('a')), b: () => (made.push('b'), encoder.encode('b')) });
    chunks.next(); // the prefix
    assert.deepEqual(made, []);
    chunks.next();
    assert.deepEqual(made, ['a']);
  });

  it('refuses a damaged section when it is read, naming it', () => {
    const file = join(packSections({}, { a: () => encoder.encode('Kaesong'.repeat(20)), b: () => encoder.encode('Biegun') }));
    const flipped = Buffer.from(file);
    flipped[20] = flipped[20]! ^ 0xff;
    const unpacked = unpackSections(flipped);
    assert.equal(unpacked.text('b'), 'Biegun', 'the other section is sound');
    assert.throws(
      () => unpacked.text('a'),
      (e) => e instanceof SnapshotError && e.message === 'section a: checksum mismatch (file damaged)',
    );
    assert.throws(() => unpacked.reader('a').read(0, 2), /section a: checksum mismatch/);
    assert.throws(() => [...unpackSections(flipped).checkAll()], /section a: checksum mismatch/);
    assert.throws(() => unpacked.text('c'), /section c missing/);
  });

  it('refuses truncated, foreign and old files at once', () => {
    const file = join(packSections({}, { a: () => encoder.encode('Kaesong'.repeat(20)) }));
    assert.throws(() => unpackSections(file.subarray(0, file.length - 5)), SnapshotError);
    assert.throws(() => unpackSections(encoder.encode('hello')), /not a snapshot/);
    for (const old of ['KDSNAP01', 'KDSNAP02']) assert.throws(() => unpackSections(Buffer.concat([encoder.encode(old), file.subarray(8)])), /another version/);
  });

  it('reads a section piece by piece, checking each 64 KiB block the first time it is read', () => {
    const big = new Uint8Array(BLOCK_SIZE * 2 + 100).map((_, i) => i % 251);
    const file = join(packSections({}, { big: () => [big.subarray(0, 1000), big.subarray(1000)] }));
    const reads: Array<[number, number]> = [];
    const source = memorySource(file);
    const counted = { size: source.size, read: (offset: number, length: number) => (reads.push([offset, length]), source.read(offset, length)) };
    const reader = unpackSections(counted).reader('big');
    assert.equal(reader.length, big.length);
    reads.length = 0;
    assert.deepEqual([...reader.read(BLOCK_SIZE - 2, BLOCK_SIZE + 3)], [...big.subarray(BLOCK_SIZE - 2, BLOCK_SIZE + 3)]);
    assert.deepEqual(
      reads.map(([, length]) => length),
      [2 * BLOCK_SIZE],
      'the two blocks touched, read whole once: the piece is cut from the bytes checked, not read again',
    );
    reads.length = 0;
    reader.read(10, 20);
    assert.deepEqual(
      reads.map(([, length]) => length),
      [10],
      'a checked block is read plainly',
    );
    assert.deepEqual([...reader.read(big.length - 3, big.length)], [...big.subarray(big.length - 3)], 'the short last block');
    assert.throws(() => reader.read(0, big.length + 1), /out of range/);
    // a byte damaged in the third block: the first two still read
    const flipped = Buffer.from(file);
    flipped[16 + 2 * BLOCK_SIZE + 7] = flipped[16 + 2 * BLOCK_SIZE + 7]! ^ 1;
    const damaged = unpackSections(flipped).reader('big');
    assert.equal(damaged.read(0, 2 * BLOCK_SIZE).length, 2 * BLOCK_SIZE);
    assert.throws(() => damaged.read(2 * BLOCK_SIZE, 2 * BLOCK_SIZE + 1), /section big: checksum mismatch/);
  });

  it('checks in checkAll only the blocks not read yet, in steps', () => {
    const big = new Uint8Array(BLOCK_SIZE * 3 + 100).map((_, i) => i % 253);
    const file = join(packSections({}, { big: () => big, small: () => encoder.encode('Panmunjom') }));
    const reads: number[] = [];
    const source = memorySource(file);
    const unpacked = unpackSections({
      size: source.size,
      read: (offset, length) => {
        reads.push(length);
        return source.read(offset, length);
      },
    });
    unpacked.reader('big').read(BLOCK_SIZE + 1, BLOCK_SIZE + 2);
    assert.equal(unpacked.text('small'), 'Panmunjom');
    reads.length = 0;
    const steps = [...unpacked.checkAll(BLOCK_SIZE)];
    assert.deepEqual(reads, [BLOCK_SIZE, BLOCK_SIZE, 100], 'blocks 0, 2 and 3 of big, one per step; block 1 and the small section were checked when read');
    assert.equal(steps.length, reads.length);
    reads.length = 0;
    assert.equal([...unpacked.checkAll()].length, 0, 'nothing left to check');
    assert.deepEqual(reads, []);
  });

  it('says which block is damaged, and checkAll called again goes on after it', () => {
    const big = new Uint8Array(BLOCK_SIZE * 4 + 100).map((_, i) => i % 251);
    const file = join(packSections({}, { big: () => big, after: () => encoder.encode('Hanoi') }));
    // (bytes damaged in blocks 1 and 3 of big: the section starts after the 16-byte prefix)
    for (const block of [1, 3]) file[16 + block * BLOCK_SIZE + 5] = file[16 + block * BLOCK_SIZE + 5]! ^ 1;
    const unpacked = unpackSections(file);
    const found: unknown[] = [];
    for (let pass = 0; pass < 5; pass++) {
      try {
        for (const _ of unpacked.checkAll(BLOCK_SIZE));
        break;
      } catch (error) {
        assert.ok(error instanceof SnapshotError);
        found.push(error.block);
      }
    }
    assert.deepEqual(found, [
      { section: 'big', start: BLOCK_SIZE, end: 2 * BLOCK_SIZE },
      { section: 'big', start: 3 * BLOCK_SIZE, end: 4 * BLOCK_SIZE },
    ]);
    assert.equal([...unpacked.checkAll()].length, 0, 'each damaged block found once: nothing left to check');
    assert.throws(
      () => unpacked.reader('big').read(BLOCK_SIZE + 10, BLOCK_SIZE + 20),
      (e) => e instanceof SnapshotError && e.block?.start === BLOCK_SIZE,
      'a damaged block read again throws again',
    );
    assert.equal(new SnapshotError('outdated').block, undefined, 'an error of the whole file names no block');
    assert.equal(found.length > 0 && new SnapshotError('outdated').unreadable, false, 'and is not a failed read');
  });

  it('turns a source that cannot be read into a SnapshotError saying so, at open or when a section is read', () => {
    const file = join(packSections({}, { a: () => encoder.encode('Kaesong'.repeat(20)) }));
    const failing = (after: number) => {
      let reads = 0;
      return { size: file.length, read: (offset: number, length: number) => (reads++ >= after ? assert.fail(new Error('EIO: i/o error, read')) : file.subarray(offset, offset + length)) };
    };
    assert.throws(
      () => unpackSections(failing(0)),
      (e) => e instanceof SnapshotError && e.message === 'unreadable (EIO: i/o error, read)' && e.unreadable && !e.block,
    );
    const unpacked = unpackSections(failing(4));
    assert.throws(
      () => unpacked.reader('a').read(0, 3),
      (e) => e instanceof SnapshotError && e.message === 'unreadable (EIO: i/o error, read)' && e.unreadable,
    );
    assert.throws(() => unpackSections(failing(3)), /^SnapshotError: unreadable/, 'the header (not "corrupt": it was never read)');
  });

  it('counts where parts stored end to end start', () => {
    assert.deepEqual([...offsetsOf([new Uint8Array(3), new Uint8Array(2)])], [0, 3, 5]);
  });

  it('joins small parts into few chunks', () => {
    const chunks = [...batched([new Uint8Array(3), new Uint8Array(2), new Uint8Array(4)], 4)];
    assert.deepEqual(
      chunks.map((c) => c.length),
      [5, 4],
    );
  });
});
