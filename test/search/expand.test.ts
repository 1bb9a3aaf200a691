import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { derivationBase, expansions, MAX_EXPANSIONS, TermBuckets } from '../../src/search/expand.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2020-01-01', precision: 'day' }, file: `${id}.txt` });

describe('derivationBase', () => {
  it("drops a participle's -t after a consonant: entführt joins Entführung", () => {
    assert.equal(derivationBase('entfuhrt'), 'entfuhr');
    assert.equal(derivationBase('verletzt'), 'verletz');
  });

  it('drops -ert of -iert: demonstriert joins demonstrieren', () => {
    assert.equal(derivationBase('demonstriert'), 'demonstri');
  });

  it('keeps a t after a vowel or another t, and short stems', () => {
    assert.equal(derivationBase('arbeit'), 'arbeit');
    assert.equal(derivationBase('schutt'), 'schutt');
    assert.equal(derivationBase('kraft'), 'kraft');
  });
});

describe('TermBuckets', () => {
  const terms = ['entfuhr', 'entfuhrt', 'entfuhrungsdrama', '~entfuhrt', 'verletz', 'entf'];
  const buckets = new TermBuckets();
  terms.forEach((term, id) => buckets.add(term, id));

  it('finds whole-word terms that add at most a short ending to the prefix', () => {
    assert.deepEqual(buckets.withPrefix('entfuhr', terms), [0, 1]);
  });

  it('finds nothing for a prefix shorter than the bucket key', () => {
    assert.deepEqual(buckets.withPrefix('entf', terms), []);
  });

  it('gives at most MAX_EXPANSIONS related terms, the most frequent first, never the stem itself', () => {
    const many = ['regier', ...Array.from({ length: MAX_EXPANSIONS + 3 }, (_, i) => `regier${String.fromCharCode(97 + i)}`)];
    const manyBuckets = new TermBuckets();
    many.forEach((term, id) => manyBuckets.add(term, id));
    const found = expansions('regier', manyBuckets, many, (id) => id);
    assert.equal(found.length, MAX_EXPANSIONS);
    assert.equal(found[0], many.at(-1));
    assert.ok(!found.includes('regier'));
  });
});

describe('ranking with derived forms', () => {
  const index = new ArchiveIndex([
    article('verb', 'Der Journalist wurde in der Stadt entführt.'),
    article('noun', 'Die Entführung des Journalisten dauerte drei Tage.'),
    article('other', 'Der Journalist schrieb über die Stadt.'),
  ]);

  it('finds the participle for the noun and the noun for the participle, below the same form', () => {
    const byNoun = rank(index, 'Entführung Journalist').docs.map((d) => d.id);
    assert.deepEqual(byNoun.slice(0, 2), ['noun', 'verb']);
    const byVerb = rank(index, 'Journalist entführt').docs.map((d) => d.id);
    assert.deepEqual(byVerb.slice(0, 2), ['verb', 'noun']);
  });

  it('finds derived forms the same way in an index restored from its packed form', () => {
    const restored = ArchiveIndex.fromPacked(index.pack(), index.analyser);
    assert.deepEqual(
      rank(restored, 'Entführung Journalist')
        .docs.map((d) => d.id)
        .slice(0, 2),
      ['noun', 'verb'],
    );
  });

  it('still lists a document with only the other query word, last', () => {
    const found = rank(index, 'Entführung Journalist').docs.map((d) => d.id);
    assert.equal(found.length, 3);
    assert.equal(found[2], 'other');
  });
});
