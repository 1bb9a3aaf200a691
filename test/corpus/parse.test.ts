import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArticleParseError, parseArticle, parseDate } from '../../src/corpus/parse.ts';

describe('parseArticle: seed format', () => {
  it('reads the one-line " date YYYY-MM " header and keeps month precision', () => {
    const article = parseArticle(' date 2019-03 Es sollte die Schnittstelle sein. Mehr Text.', 'corpus/000_abc.txt');
    assert.equal(article.id, '000_abc');
    assert.deepEqual(article.date, { value: '2019-03', precision: 'month' });
    assert.equal(article.body, 'Es sollte die Schnittstelle sein. Mehr Text.');
  });

  it('derives the title from the first real sentence, skipping photo credits', () => {
    const article = parseArticle(' date 2020-07 Photo : YONHAP News\n\nSüdkorea und die USA haben sich geeinigt.Eine Botschaft folgte.', 'x.txt');
    assert.equal(article.title, 'Südkorea und die USA haben sich geeinigt.');
  });

  it('does not take a photo caption ending in a credit as the title, and keeps it as body text', () => {
    const body = 'Reporter warten an der Brücke, nachdem Nordkorea das Büro gesprengt hat. epa/YONHAP\n\nSEOUL/PJÖNGJANG: Seit zwei Jahren gibt es keinen Fortschritt. Mehr Text.';
    const article = parseArticle(` date 2021-03 ${body}`, 'x.txt');
    assert.equal(article.title, 'Seit zwei Jahren gibt es keinen Fortschritt.');
    assert.equal(article.body, body);
  });

  it('recognises captions by their closing credit in several forms', () => {
    for (const caption of ['Kim bei einer Parade in Pjöngjang. (Foto: dpa)', 'Demonstranten in Seoul. AFP/Getty Images', 'Der Gipfel in Hanoi. © Reuters']) {
      assert.equal(parseArticle(` date 2021-03 ${caption}\n\nDer Text beginnt hier.`, 'x.txt').title, 'Der Text beginnt hier.', caption);
    }
  });

  it('falls back to the caption without its credit when there is nothing else', () => {
    assert.equal(parseArticle(' date 2021-03 Reporter warten an der Brücke. epa/YONHAP', 'x.txt').title, 'Reporter warten an der Brücke.');
  });
});

describe('parseArticle: front matter', () => {
  const file = ['---', 'title: "Kim trifft \\"Trump\\""', 'date: 2019-06-30', 'url: https://example.org/a', 'source: Wikinews', 'author: Desk', '---', 'Der Text beginnt hier.'].join('\n');

  it('reads title, date with day precision, url, source and author', () => {
    const article = parseArticle(file, '/data/articles/wikinews-1.md');
    assert.equal(article.id, 'wikinews-1');
    assert.equal(article.title, 'Kim trifft "Trump"');
    assert.deepEqual(article.date, { value: '2019-06-30', precision: 'day' });
    assert.equal(article.url, 'https://example.org/a');
    assert.equal(article.source, 'Wikinews');
    assert.equal(article.author, 'Desk');
  });

  it('keeps the body exactly as stored after the closing --- line', () => {
    assert.equal(parseArticle(file, 'a.md').body, 'Der Text beginnt hier.');
  });

  it('accepts a month-precise date and derives a missing title', () => {
    const article = parseArticle('---\ndate: 2020-07\n---\nErster Satz hier. Zweiter.', 'a.md');
    assert.deepEqual(article.date, { value: '2020-07', precision: 'month' });
    assert.equal(article.title, 'Erster Satz hier.');
  });
});

describe('parseArticle: broken files say why', () => {
  const reasons: Array<[string, string, RegExp]> = [
    ['empty', '   \n', /empty/],
    ['no header', 'Nur Text ohne Datum.', /no header/],
    ['no date in front matter', '---\ntitle: x\n---\nText', /no date/],
    ['unclosed front matter', '---\ntitle: x\ndate: 2020-01-01\nText', /not closed/],
    ['invalid YAML in front matter', '---\ntitle: Kim: Trump\ndate: 2020-01-01\n---\nText', /not valid YAML.*line 1/],
    ['front matter that is not key: value lines', '---\n- 2020-01-01\n---\nText', /not a list of key: value/],
    ['impossible month', ' date 2020-13 Text', /no month 13/],
    ['impossible day', '---\ndate: 2021-02-29\n---\nText', /not a calendar day/],
    ['placeholder year', '---\ndate: 0001-01-01\n---\nText', /outside/],
    ['header only', ' date 2020-01 ', /no text/],
    ['replacement characters', ' date 2020-01 Text \uFFFD kaputt', /UTF-8/],
  ];
  for (const [name, text, reason] of reasons) {
    it(`rejects ${name}`, () => {
      assert.throws(
        () => parseArticle(text, 'bad.txt'),
        (error: unknown) => error instanceof ArticleParseError && reason.test(error.message),
      );
    });
  }
});

describe('parseDate', () => {
  it('keeps precision', () => {
    assert.deepEqual(parseDate('2019-02-28'), { value: '2019-02-28', precision: 'day' });
    assert.deepEqual(parseDate('2019-02'), { value: '2019-02', precision: 'month' });
  });
});
