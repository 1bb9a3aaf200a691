/**
 * The snapshot container: named sections with a checksum, written one section at a time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batched, offsetsOf, packSections, SnapshotError, unpackSections } from '../../src/knowledge/container.ts';

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

  it('refuses damaged, truncated, foreign and old files', () => {
    const file = join(packSections({}, { a: () => encoder.encode('Kaesong'.repeat(20)) }));
    const flipped = Buffer.from(file);
    flipped[20] = flipped[20]! ^ 0xff;
    assert.throws(
      () => unpackSections(flipped),
      (e) => e instanceof SnapshotError && /damaged/.test(e.message),
    );
    assert.throws(() => unpackSections(file.subarray(0, file.length - 5)), SnapshotError);
    assert.throws(() => unpackSections(encoder.encode('hello')), /not a snapshot/);
    assert.throws(() => unpackSections(Buffer.concat([encoder.encode('KDSNAP01'), file.subarray(8)])), /another version/);
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
