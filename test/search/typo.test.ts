import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedEdits, editDistance } from '../../src/search/typo.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import type { Article } from '../../src/corpus/article.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2020-07', precision: 'month' }, file: `${id}.txt` });

describe('spelling tolerance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    assert.equal(editDistance('beigun', 'biegun', 2), 1);
    assert.equal(editDistance('sanktionnen', 'sanktionen', 2), 1);
    assert.equal(editDistance('abc', 'xyz', 1), 2, 'stops early above the limit');
  });

  it('allows more edits in longer words, none in very short ones', () => {
    assert.equal(allowedEdits('kim'), 0);
    assert.equal(allowedEdits('biegun'), 1);
    assert.equal(allowedEdits('verbindungsbuero'), 2);
  });

  it('suggests the closest archive words in their written form', () => {
    const index = new ArchiveIndex([article('a', 'Stephen Biegun traf Lee Do-hoon in Seoul.'), article('b', 'Biegun reiste nach Seoul.')]);
    assert.deepEqual(index.suggest('Beigun'), ['Biegun']);
    assert.deepEqual(index.suggest('Soeul'), ['Seoul']);
    assert.deepEqual(index.suggest('Xyzzqq'), []);
  });
});
