/**
 * The articles by id: stored rows become article objects when first asked for, once; articles
 * kept, replaced and deleted as in a Map, in the order first kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { ArticleMap } from '../../src/knowledge/article-map.ts';

const article = (id: string, title = id): Article => ({ id, title, body: `Text ${id}`, date: { value: '2020-01-01', precision: 'day' }, file: `${id}.txt` });

describe('ArticleMap', () => {
  it('makes a stored article when first asked for, and only once', () => {
    const made: number[] = [];
    const articles = new ArticleMap();
    articles.keepRows(['a', 'b', 'c'], (row) => {
      made.push(row);
      return article('abc'[row]!);
    });
    assert.equal(articles.size, 3);
    assert.deepEqual(made, [], 'nothing made before it is asked for');
    assert.equal(articles.has('b'), true);
    assert.deepEqual(made, [], 'has() makes nothing');
    const b = articles.get('b');
    assert.equal(b?.title, 'b');
    assert.equal(articles.get('b'), b, 'the same object afterwards');
    assert.deepEqual(made, [1]);
    assert.equal(articles.get('x'), undefined);
  });

  it("gives a stored article's date without making it, and a made or replaced one's from the object", () => {
    const made: number[] = [];
    const articles = new ArticleMap();
    const dates = ['2019-03-02', '2020'];
    articles.keepRows(
      ['a', 'b'],
      (row) => {
        made.push(row);
        return { ...article('ab'[row]!), date: { value: dates[row]!, precision: 'day' } };
      },
      (row) => dates[row]!,
    );
    assert.equal(articles.dateOf('a'), '2019-03-02');
    assert.equal(articles.dateOf('b'), '2020');
    assert.deepEqual(made, [], 'nothing made');
    articles.set('b', article('b'));
    assert.equal(articles.dateOf('b'), '2020-01-01', "the replacement's date");
    assert.equal(articles.dateOf('x'), undefined);
    articles.delete('a');
    assert.equal(articles.dateOf('a'), undefined);
  });

  it('peeks at a stored article without keeping it: made anew each time until asked for with get', () => {
    const made: number[] = [];
    const articles = new ArticleMap();
    articles.keepRows(['a', 'b'], (row) => {
      made.push(row);
      return article('ab'[row]!);
    });
    const first = articles.peek('a');
    assert.equal(first?.title, 'a');
    assert.notEqual(articles.peek('a'), first, 'not kept');
    assert.deepEqual(made, [0, 0]);
    const kept = articles.get('a');
    assert.equal(articles.peek('a'), kept, 'a kept one is given as it is');
    assert.deepEqual(made, [0, 0, 0]);
    assert.equal(articles.peek('x'), undefined);
  });

  it('lists every article in the order first kept, stored or not, replaced in place', () => {
    const articles = new ArticleMap();
    articles.keepRows(['a', 'b'], (row) => article('ab'[row]!));
    articles.set('c', article('c'));
    articles.set('a', article('a', 'A again'));
    articles.delete('b');
    const listed = [...articles.values()];
    assert.equal(listed.length, 2);
    assert.deepEqual(
      listed.map((a) => a.title),
      ['A again', 'c'],
    );
    assert.equal(articles.has('b'), false);
    assert.equal(articles.get('b'), undefined);
  });

  it('tells whether an article is still its stored row, made into an object or not, without making it', () => {
    let made = 0;
    const articles = new ArticleMap();
    articles.keepRows(['a', 'b', 'c'], (row) => {
      made++;
      return article('abc'[row]!);
    });
    articles.get('b');
    articles.set('c', article('c', 'new'));
    assert.equal(made, 1);
    assert.deepEqual(
      ['a', 'b', 'c'].map((id, row) => articles.isStoredRow(id, row)),
      [true, true, false],
    );
    assert.equal(made, 1, 'nothing made by asking');
    assert.equal(articles.isStoredRow('a', 1), false, 'another row');
    articles.delete('a');
    assert.equal(articles.isStoredRow('a', 0), false, 'removed');
    assert.equal(articles.isStoredRow('x', 0), false);
  });

  it('keeps stored rows only before any other article', () => {
    const articles = new ArticleMap();
    articles.set('a', article('a'));
    assert.throws(() => articles.keepRows(['b'], () => article('b')), /before any other/);
    assert.equal(new ArticleMap().get('a'), undefined, 'an empty map has none');
  });
});
