import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortArticles } from '../../src/corpus/load.ts';
import type { Article } from '../../src/corpus/article.ts';
import { DateOrder } from '../../src/knowledge/date-order.ts';

const article = (id: string, date: string): Article => ({ id, title: id, body: '', file: `${id}.txt`, date: { value: date, precision: 'day' } });
const entries = (articles: Article[]) => articles.map((a) => ({ id: a.id, date: a.date.value }));

describe('DateOrder', () => {
  it('sorts by date, then id, as sortArticles does (year, month and day dates mixed)', () => {
    const articles = [article('b', '2020'), article('a', '2020'), article('c', '2019-05-01'), article('d', '2019-05'), article('Ä', '2020')];
    assert.deepEqual(
      DateOrder.sorted(entries(articles)).ids,
      sortArticles(articles).map((a) => a.id),
    );
  });

  it('reads a saved order by rows without sorting it again', () => {
    const order = DateOrder.fromRows(Uint32Array.of(2, 0, 1), ['b', 'c', 'a'], ['2020', '2021', '2019']);
    assert.deepEqual(order.ids, ['a', 'b', 'c']);
    order.set('d', '2020-06');
    assert.deepEqual(order.ids, ['a', 'b', 'd', 'c']);
  });

  it('after any adds, date changes and removals equals the order sorted afresh', () => {
    const live = new Map<string, Article>();
    const order = DateOrder.sorted([]);
    let removed = 0;
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let step = 0; step < 600; step++) {
      const id = `a${next(60)}`;
      if (next(4) === 0) {
        if (live.delete(id)) removed++;
        order.delete(id);
      } else {
        const date = `20${10 + next(5)}${next(2) ? `-0${1 + next(9)}` : ''}`;
        live.set(id, article(id, date));
        order.set(id, date);
      }
    }
    assert.ok(removed > 10 && live.size > 10, 'many removed, many left');
    assert.equal(order.size, live.size);
    assert.deepEqual(
      order.ids,
      sortArticles([...live.values()]).map((a) => a.id),
    );
  });

  it('ignores removing an id it does not hold, and holds an id once when set twice', () => {
    const order = DateOrder.sorted([{ id: 'a', date: '2019' }]);
    order.delete('x');
    order.set('a', '2021');
    order.set('a', '2018');
    assert.deepEqual(order.ids, ['a']);
    assert.equal(order.size, 1);
  });
});
