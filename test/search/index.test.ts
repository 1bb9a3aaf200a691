import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { ArchiveIndex, linesSlices } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';

const article = (id: string, date: string, title: string, body: string): Article => ({ id, title, body, date: { value: date, precision: 'day' }, file: `${id}.txt` });
const ids = (index: ArchiveIndex, text: string, options = {}) => rank(index, text, options).docs.map((d) => d.id);

const articles = [
  article('title', '2019-01-01', 'Biegun reist nach Seoul', 'Ein Besuch.'),
  article('body', '2019-01-01', 'Ein Besuch', 'Der Gesandte Biegun reist nach Seoul, hieß es.'),
  article('old', '2018-05-01', 'Treffen', 'Biegun sprach mit Lee. Ein Treffen in Seoul.'),
  article('new', '2020-05-01', 'Treffen', 'Biegun sprach mit Lee. Ein Treffen in Seoul.'),
];

describe('ArchiveIndex ranking', () => {
  it('ranks a title match above a body match', () => {
    assert.deepEqual(ids(new ArchiveIndex(articles), 'reist').slice(0, 2), ['title', 'body']);
  });

  it('puts documents with all query words first, then those with some', () => {
    const found = ids(new ArchiveIndex(articles), 'Biegun Treffen');
    assert.deepEqual(found.slice(0, 2).sort(), ['new', 'old']);
    assert.equal(found.length, 4);
  });

  it('matches umlauts typed as ae/oe/ue, and drops a stop word typed that way', () => {
    const index = new ArchiveIndex([article('m', '2019-01-01', '', 'Gespräche für den Frieden in München.'), article('x', '2019-01-01', '', 'Ein anderer Text.')]);
    const ranking = rank(index, 'Gespraeche fuer Muenchen');
    assert.deepEqual(
      ranking.docs.map((d) => d.id),
      ['m'],
    );
    assert.deepEqual(
      ranking.words.map((w) => w.text),
      ['Gespraeche', 'Muenchen'],
    );
  });

  it('lets the newer article win a tie', () => {
    assert.deepEqual(ids(new ArchiveIndex(articles), 'Lee Treffen'), ['new', 'old']);
  });

  it('ranks an exact phrase first', () => {
    const index = new ArchiveIndex([article('apart', '2021-01-01', '', 'Kim traf Moon. Un war nicht dabei, Jong auch nicht.'), article('phrase', '2019-01-01', '', 'Machthaber Kim Jong-un traf Moon.')]);
    const texts = new Map([
      ['apart', 'Kim traf Moon. Un war nicht dabei, Jong auch nicht.'],
      ['phrase', 'Machthaber Kim Jong-un traf Moon.'],
    ]);
    const ranking = rank(index, 'Kim Jong Un', { textOf: (id) => texts.get(id) });
    assert.deepEqual(
      ranking.docs.map((d) => [d.id, d.phrase]),
      [
        ['phrase', true],
        ['apart', false],
      ],
    );
  });

  it('filters by article date at year or month precision', () => {
    assert.deepEqual(ids(new ArchiveIndex(articles), 'Treffen', { from: '2020', to: '2020' }), ['new']);
    assert.deepEqual(ids(new ArchiveIndex(articles), 'Treffen', { from: '2018-05', to: '2018-05' }), ['old']);
  });

  it('corrects a word the archive does not contain and says so', () => {
    const ranking = rank(new ArchiveIndex(articles), 'Beigun');
    assert.deepEqual(ranking.corrections, [{ from: 'Beigun', to: 'Biegun' }]);
    assert.equal(ranking.docs.length, 4);
  });
});

describe('ArchiveIndex.containingAll', () => {
  it('lists live articles with every word, for pre-filtering', () => {
    const index = new ArchiveIndex(articles);
    assert.deepEqual(index.containingAll('Biegun Lee').sort(), ['new', 'old']);
    index.remove('old');
    assert.deepEqual(index.containingAll('Biegun Lee'), ['new']);
    assert.deepEqual(index.containingAll('Biegun Kaesong'), []);
    assert.deepEqual(index.containingAll('der die das'), []);
  });
});

describe('ArchiveIndex updates', () => {
  it('replaces an article on upsert and forgets it on remove', () => {
    const index = new ArchiveIndex(articles);
    index.upsert(article('old', '2018-05-01', 'Treffen', 'Jetzt geht es um Kaesong.'));
    assert.deepEqual(ids(index, 'Kaesong'), ['old']);
    assert.ok(!ids(index, 'Biegun').includes('old'));
    index.remove('old');
    assert.deepEqual(ids(index, 'Kaesong'), []);
    assert.equal(index.size, 3);
  });

  it('packs and restores to the same ranking, dropping removed articles', () => {
    const late = article('late', '2021-01-01', 'Nachtrag', 'Biegun in Kaesong.');
    const index = new ArchiveIndex(articles);
    index.remove('body');
    index.upsert(late);
    const restored = ArchiveIndex.fromPacked(index.pack(), index.analyser);
    const fresh = new ArchiveIndex([...articles.filter((a) => a.id !== 'body'), late], index.analyser);
    for (const query of ['Biegun', 'Seoul Treffen', 'Kaesong', 'reist']) assert.deepEqual(ids(restored, query), ids(fresh, query), query);
    assert.equal(restored.size, 4);
    restored.upsert(article('more', '2022-01-01', '', 'Wieder Kaesong.'));
    assert.deepEqual(ids(restored, 'Kaesong'), ['more', 'late']);
  });
});

describe('ArchiveIndex.upsertInSlices', () => {
  it('cuts text into slices at line breaks, never inside a line', () => {
    assert.deepEqual([...linesSlices('a\nb\nc', 2)], ['a\n', 'b\n', 'c']);
    assert.deepEqual([...linesSlices('eine lange Zeile ohne Umbruch\nkurz', 5)], ['eine lange Zeile ohne Umbruch\n', 'kurz']);
    assert.equal([...linesSlices('x'.repeat(10) + '\n'.repeat(3), 4)].join(''), 'x'.repeat(10) + '\n'.repeat(3));
  });

  it('indexes a long article exactly as upsert does, and keeps the old version searchable until done', async () => {
    const paragraph = 'Die Delegationen trafen sich in Panmunjom. Der Gaza-Streifen und die LehrerInnen wurden genannt.\n';
    const long: Article = { id: 'long', title: 'Treffen', body: paragraph.repeat(400) + 'Schlusswort Zwergpinguin.', date: { value: '2020-01-02', precision: 'day' }, file: 'long.md' };
    const old: Article = { ...long, body: 'Ein älterer Text über Kaesong.' };
    const whole = new ArchiveIndex([long]);
    const sliced = new ArchiveIndex([old]);
    const pending = sliced.upsertInSlices(long, 1000);
    assert.deepEqual(
      sliced.search('Kaesong').map((h) => h.id),
      ['long'],
      'the old version until the new one is complete',
    );
    await pending;
    assert.deepEqual(sliced.search('Kaesong'), []);
    for (const query of ['Panmunjom', 'Gazastreifen', 'Lehrer', 'Zwergpinguin', 'Delegationen Panmunjom']) {
      const expected = whole.search(query);
      assert.ok(expected.length > 0, query);
      assert.deepEqual(
        sliced.search(query).map((h) => [h.id, h.score]),
        expected.map((h) => [h.id, h.score]),
        query,
      );
    }
  });
});
