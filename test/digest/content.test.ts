import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, DatePrecision } from '../../src/corpus/article.ts';
import { buildDigest, newArticlesOf, PEOPLE_LIMIT } from '../../src/digest/content.ts';

const article = (id: string, date: string, precision: DatePrecision = 'day', url?: string): Article => ({
  id,
  title: `Titel ${id}`,
  date: { value: date, precision },
  body: `Photo : Agentur\n\nDer Artikel ${id} beginnt mit diesem langen ersten Satz über Korea. Dann folgt mehr.`,
  file: `corpus/${id}.md`,
  ...(url ? { url } : {}),
});
const ids = (d: ReturnType<typeof buildDigest>) => d.articles.map((a) => a.citation.id);

describe('buildDigest: new articles', () => {
  const articles = [
    article('old', '2025-06-29'),
    article('since-day', '2025-06-30'),
    article('listed', '2025-06-30'),
    article('today', '2025-07-01', 'day', 'https://example.org/today'),
    article('tomorrow', '2025-07-02'),
    article('month-only', '2025-07', 'month'),
  ];
  it("lists day-dated articles from the last digest's day through today, newest first, minus those already listed", () => {
    const digest = buildDigest({ articles, since: '2025-06-30', today: '2025-07-01', alreadySent: ['listed'] });
    assert.deepEqual(ids(digest), ['today', 'since-day']);
    assert.equal(digest.empty, false);
    assert.equal(digest.windowStart, '2025-06-30');
    assert.equal(digest.day, '2025-07-01');
  });
  it('gives headline, lead sentence and citation (with url when the article has one)', () => {
    const [first] = buildDigest({ articles, since: '2025-07-01', today: '2025-07-01' }).articles;
    assert.deepEqual(first, {
      headline: 'Titel today',
      lead: 'Der Artikel today beginnt mit diesem langen ersten Satz über Korea.',
      citation: { id: 'today', title: 'Titel today', date: '2025-07-01', url: 'https://example.org/today' },
    });
  });
  it('starts the first digest (no since) at yesterday, across month and year ends', () => {
    assert.deepEqual(ids(buildDigest({ articles, since: null, today: '2025-07-01' })), ['today', 'listed', 'since-day']);
    assert.equal(buildDigest({ articles: [], since: null, today: '2025-01-01' }).windowStart, '2024-12-31');
    assert.equal(buildDigest({ articles: [], since: null, today: '2024-03-01' }).windowStart, '2024-02-29');
  });
  it('never counts month-dated articles as new: their day is unknown', () => {
    assert.ok(!ids(buildDigest({ articles, since: '2025-06-01', today: '2025-07-31' })).includes('month-only'));
  });
  it('is empty when nothing is new', () => {
    const digest = buildDigest({ articles, since: '2025-07-01', today: '2025-07-01', alreadySent: ['today'] });
    assert.equal(digest.empty, true);
    assert.deepEqual(digest.articles, []);
  });
  it('rejects days that are not YYYY-MM-DD', () => {
    assert.throws(() => buildDigest({ articles, since: null, today: '1.7.2025' }), /today must be YYYY-MM-DD/);
    assert.throws(() => buildDigest({ articles, since: '2025-06', today: '2025-07-01' }), /since must be YYYY-MM-DD/);
  });
});

describe('buildDigest: Heute vor N Jahren', () => {
  const archive = [article('a2019', '2019-07-01'), article('a2023', '2023-07-01'), article('other-day', '2023-07-02'), article('this-year', '2025-07-01'), article('month', '2020-07', 'month')];
  it('without events, lists articles from this calendar day in earlier years, most recent first', () => {
    const items = buildDigest({ articles: archive, since: null, today: '2025-07-01' }).onThisDay;
    assert.deepEqual(
      items.map((i) => [i.yearsAgo, i.articleId, i.source, i.text]),
      [
        [2, 'a2023', 'article', 'Titel a2023'],
        [6, 'a2019', 'article', 'Titel a2019'],
      ],
    );
    assert.deepEqual(items[0]!.citation, { id: 'a2023', title: 'Titel a2023', date: '2023-07-01' });
  });
  it('with events, lists the events dated to this day in earlier years instead', () => {
    const onThisDay = [
      { date: '2018-07-01', text: 'Pompeo reist nach Pjöngjang', articleId: 'a2019' },
      { date: '2018-07', text: 'Nur ein Monat', articleId: 'a2019' },
      { date: '2018-07-02', text: 'Ein anderer Tag', articleId: 'a2019' },
      { date: '2010-07-01', text: 'Aus einem fremden Artikel', articleId: 'elsewhere' },
    ];
    const items = buildDigest({ articles: archive, since: null, today: '2025-07-01', onThisDay }).onThisDay;
    assert.deepEqual(
      items.map((i) => [i.yearsAgo, i.text, i.source, i.citation?.id]),
      [
        [7, 'Pompeo reist nach Pjöngjang', 'event', 'a2019'],
        [15, 'Aus einem fremden Artikel', 'event', undefined],
      ],
    );
  });
  it('falls back to articles when no event falls on this day', () => {
    const onThisDay = [{ date: '2018-03-05', text: 'Anderer Tag', articleId: 'a2019' }];
    const items = buildDigest({ articles: archive, since: null, today: '2025-07-01', onThisDay }).onThisDay;
    assert.deepEqual(
      items.map((i) => i.articleId),
      ['a2023', 'a2019'],
    );
  });
});

describe('buildDigest: people and quote', () => {
  it('names the people most named, most often first, at most PEOPLE_LIMIT, none with zero', () => {
    const peopleCounts = [
      { name: 'Lee Do-hoon', count: 2 },
      { name: 'Stephen Biegun', count: 5 },
      { name: 'Kim Jong-un', count: 2 },
      { name: 'A', count: 1 },
      { name: 'B', count: 1 },
      { name: 'C', count: 1 },
      { name: 'Niemand', count: 0 },
    ];
    const people = buildDigest({ articles: [], since: null, today: '2025-07-01', peopleCounts }).people;
    assert.equal(people.length, PEOPLE_LIMIT);
    assert.deepEqual(
      people.slice(0, 3).map((p) => p.name),
      ['Stephen Biegun', 'Kim Jong-un', 'Lee Do-hoon'],
    );
  });
  it('passes the quote of the day through, cited when its article is known', () => {
    const quoteOfDay = { text: 'Wir sind bereit.', speaker: 'Stephen Biegun', articleId: 'x' };
    const known = buildDigest({ articles: [article('x', '2025-07-01')], since: null, today: '2025-07-01', quoteOfDay });
    assert.deepEqual(known.quote, { ...quoteOfDay, citation: { id: 'x', title: 'Titel x', date: '2025-07-01' } });
    assert.deepEqual(buildDigest({ articles: [], since: null, today: '2025-07-01', quoteOfDay }).quote, quoteOfDay);
    assert.equal(buildDigest({ articles: [], since: null, today: '2025-07-01' }).quote, undefined);
  });
});

describe('newArticlesOf', () => {
  it('lists the day-precise articles since the last digest, newest first, without those already sent', () => {
    const at = (id: string, value: string, precision: 'day' | 'month' = 'day') => ({ id, title: id, body: 'Text.', file: `${id}.md`, date: { value, precision } });
    const articles = [at('a', '2026-07-25'), at('b', '2026-07-27'), at('c', '2026-07-26'), at('m', '2026-07', 'month'), at('old', '2026-07-20')];
    assert.deepEqual(
      newArticlesOf({ articles, since: '2026-07-25', today: '2026-07-27', alreadySent: ['a'] }).map((a) => a.id),
      ['b', 'c'],
    );
    assert.deepEqual(
      newArticlesOf({ articles, since: null, today: '2026-07-27' }).map((a) => a.id),
      ['b', 'c'],
    );
  });
});
