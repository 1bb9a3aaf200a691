/**
 * An article read again by the snapshot repair is the stored one when its header and sentence
 * offsets are the same; any other difference means the file changed and it is indexed again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { sameText } from '../../src/knowledge/same-text.ts';
import { sentenceOffsets, splitSentences } from '../../src/text/lexicon/index.ts';

const body = 'Am 28. Februar 2022 trafen sich Delegationen in Panmunjom. Der Unterhändler sagte, man sei zufrieden.';
const article: Article = { id: 'a1', title: 'Treffen in Panmunjom', file: 'corpus/a1.md', date: { value: '2022-03-01', precision: 'day' }, body };
const offsetsOf = (text: string) => sentenceOffsets(splitSentences(text));
/** A stored article whose text cannot be read any more (a damaged block). */
const unreadable: Article = {
  ...article,
  get body(): string {
    throw new Error('section texts: checksum mismatch (file damaged)');
  },
};

describe('the same text as stored', () => {
  it('is the same with the same header and sentence offsets, without reading the stored text', () => {
    assert.ok(offsetsOf(body).length >= 4);
    assert.equal(sameText(unreadable, offsetsOf(body), article, offsetsOf(body)), true);
    assert.equal(sameText(unreadable, offsetsOf(body), { ...article, file: '/srv/corpus/a1.md' }, offsetsOf(body)), true, 'the path spelled otherwise');
  });

  it('differs with another sentence, a longer sentence or no stored offsets', () => {
    const longer = `${body} Ein Nachtrag.`;
    assert.equal(sameText(unreadable, offsetsOf(body), { ...article, body: longer }, offsetsOf(longer)), false);
    const reworded = body.replace('zufrieden', 'sehr zufrieden');
    assert.equal(sameText(unreadable, offsetsOf(body), { ...article, body: reworded }, offsetsOf(reworded)), false);
    assert.equal(sameText(unreadable, undefined, article, offsetsOf(body)), false);
  });

  it('differs with another title, date, precision or source', () => {
    const offsets = offsetsOf(body);
    for (const changed of [{ title: 'Treffen' }, { date: { value: '2022-03-02', precision: 'day' as const } }, { date: { value: '2022-03-01', precision: 'month' as const } }, { source: 'Yonhap' }]) {
      assert.equal(sameText(unreadable, offsets, { ...article, ...changed }, offsets), false, JSON.stringify(changed));
    }
  });
});
