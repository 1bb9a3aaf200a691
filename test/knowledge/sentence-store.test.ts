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
});
