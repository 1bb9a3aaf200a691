/**
 * A query that is only a period lists the articles of that period; `total` counts the articles
 * that cover a fair share of the query, not every one sharing a single common word with it.
 * Small articles written for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { countedFirst, keepCounted, rank } from '../../src/search/rank.ts';

const article = (id: string, date: string, body: string): Article => ({ id, title: '', body, date: { value: date, precision: 'day' }, file: `${id}.txt` });

describe('a query that is only a period', () => {
  const index = new ArchiveIndex([
    article('early-2019', '2019-01-10', 'Biegun reist nach Seoul.'),
    article('late-2019', '2019-11-02', 'Gespräche in Panmunjom.'),
    article('about-2019', '2021-03-01', 'Rückblick auf den Gipfel.'),
    article('other', '2021-05-01', 'Ein Treffen in Genf.'),
  ]);
  index.addPeriods('about-2019', new Map([['@2019', 2]]));

  it('lists the articles dated then, newest first, then those reporting on it', () => {
    const ranking = rank(index, '', { hint: { from: '2019', to: '2019' } });
    assert.deepEqual(
      ranking.docs.map((d) => d.id),
      ['late-2019', 'early-2019', 'about-2019'],
    );
    assert.equal(ranking.total, 3);
    assert.equal(ranking.datedInPeriod, 2);
  });

  it('lists the articles an explicit filter keeps', () => {
    assert.deepEqual(
      rank(index, '', { from: '2021', to: '2021' }).docs.map((d) => d.id),
      ['other', 'about-2019'],
    );
  });

  it('still finds nothing for no words and no period', () => {
    assert.equal(rank(index, '').docs.length, 0);
  });
});

describe('total', () => {
  it('counts documents covering at least half of what the best one covers', () => {
    assert.equal(keepCounted([{ matched: 4 }, { matched: 2 }, { matched: 1 }]).length, 2);
    assert.equal(keepCounted([]).length, 0);
  });

  it('does not count articles sharing only one common word of a long query', () => {
    const index = new ArchiveIndex([
      article('hit', '2020-01-01', 'Die Regierung plant neue Gesetze gegen Terror im Internet.'),
      article('near', '2020-01-01', 'Die Regierung plant Gesetze gegen Terror.'),
      ...Array.from({ length: 5 }, (_, i) => article(`common-${i}`, '2020-01-01', `Die Regierung tagte am Montag, Nummer ${i}.`)),
    ]);
    const ranking = rank(index, 'Regierung plant neue Gesetze gegen Terror im Internet');
    assert.equal(ranking.docs.length, 7, 'every article sharing a word is still ranked');
    assert.equal(ranking.total, 2);
  });
});

describe('counted documents first', () => {
  it('moves documents covering less than half of the best coverage after the others, keeping each group in order', () => {
    const docs = [
      { id: 'a', matched: 1 },
      { id: 'b', matched: 4 },
      { id: 'c', matched: 0.5 },
      { id: 'd', matched: 2 },
    ];
    assert.deepEqual(
      countedFirst(docs).map((d) => d.id),
      ['b', 'd', 'a', 'c'],
    );
  });
});

describe('articles dated in the hinted period', () => {
  it('are counted among the counted documents only', () => {
    const index = new ArchiveIndex([article('both', '2021-05-04', 'Die Gespräche mit Rainer Ostrowski gingen weiter.'), article('topic', '2019-05-04', 'Die Gespräche über den Haushalt dauerten lange.')]);
    const ranking = rank(index, 'Ostrowski Gespräche', { hint: { from: '2019', to: '2019' } });
    assert.deepEqual(
      ranking.docs.map((d) => d.id),
      ['both', 'topic'],
    );
    assert.equal(ranking.total, 1);
    assert.equal(ranking.datedInPeriod, 0, 'the one article dated 2019 matches only "Gespräche"');
  });
});
