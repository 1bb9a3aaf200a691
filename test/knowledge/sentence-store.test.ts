import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SentenceStore } from '../../src/knowledge/sentence-store.ts';
import { splitSentences } from '../../src/text/lexicon/index.ts';

describe('sentence store', () => {
  const body = 'Biegun reiste nach Seoul. Dort traf er Moon. Ein Treffen mit Kim gab es nicht.';

  it('gives back the sentences with their text and offsets', () => {
    const store = new SentenceStore(() => body);
    store.set('a', splitSentences(body));
    assert.deepEqual(store.get('a'), splitSentences(body));
    assert.deepEqual(
      [...store.offsetsOf('a')!],
      splitSentences(body).flatMap((s) => [s.start, s.end]),
    );
  });

  it('has nothing for an unknown or removed article, or one whose text is gone', () => {
    let present = true;
    const store = new SentenceStore(() => (present ? body : undefined));
    store.set('a', splitSentences(body));
    assert.equal(store.get('b'), undefined);
    present = false;
    assert.equal(store.get('a'), undefined);
    store.delete('a');
    assert.equal(store.offsetsOf('a'), undefined);
  });

  it('keeps stored rows of offsets, given when asked for; replaced and removed as any other', () => {
    const offsets = Uint32Array.from(splitSentences(body).flatMap((s) => [s.start, s.end]));
    const asked: number[] = [];
    const store = new SentenceStore(() => body);
    store.keepRows(['r0', 'r1'], (row) => {
      asked.push(row);
      return offsets;
    });
    assert.deepEqual(asked, []);
    assert.deepEqual(store.get('r1'), splitSentences(body));
    assert.deepEqual(asked, [1]);
    store.set('r0', splitSentences('Ein Satz.'));
    assert.equal(store.get('r0')?.length, 1);
    store.delete('r1');
    assert.equal(store.offsetsOf('r1'), undefined);
    assert.throws(() => store.keepRows(['x'], () => offsets), /before any other/);
  });
});
