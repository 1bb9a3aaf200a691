/**
 * The German search behaviours on the seed corpus: umlaut spellings, compounds, name spellings,
 * typos, filters, passages and paging.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { SEARCH_PAGE_SIZE, searchAnswer } from '../../src/answers/search.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { fallbackText } from '../../src/render/fallback.ts';

let knowledge: KnowledgeBase;
const ids = (query: string) => searchAnswer(knowledge, { query: query, lang: 'de' }, query).hits.map((h) => h.id);
const mentions = (id: string, pattern: RegExp) => pattern.test(knowledge.article(id)!.body);

before(async () => {
  knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
});

describe('search answers on the seeds', () => {
  it('finds Außenminister when typed as Aussenminister', () => {
    const found = ids('Aussenminister');
    assert.ok(found.length > 0);
    assert.deepEqual(found, ids('Außenminister'));
    for (const id of found) assert.ok(mentions(id, /außenminister/i), id);
  });

  it('finds articles about Atomprogramm and Gespräche for Atomgespräche', () => {
    const found = ids('Atomgespräche');
    assert.ok(found.length > 0);
    for (const id of found) assert.ok(mentions(id, /atom/i) && mentions(id, /gespräch/i), id);
  });

  it('finds Vizeaußenminister for Außenminister, and marks the compound', () => {
    const answer = searchAnswer(knowledge, { query: 'Außenminister', lang: 'de' }, 'Außenminister');
    const vize = answer.hits.find((h) => mentions(h.id, /Vizeaußenminister/));
    assert.ok(vize, 'an article with Vizeaußenminister');
    const marked = vize.passages.flatMap((p) => p.highlights.map(([s, e]) => p.text.slice(s, e)));
    assert.ok(
      marked.some((word) => /außenminister/i.test(word)),
      marked.join(','),
    );
  });

  it('treats Kim Jong Un and Kim Jong-un alike and ranks the exact name first', () => {
    const spaced = searchAnswer(knowledge, { query: 'Kim Jong Un', lang: 'de' }, 'Kim Jong Un');
    assert.deepEqual(
      spaced.hits.map((h) => h.id),
      ids('Kim Jong-un'),
    );
    assert.ok(spaced.hits[0]!.phrase);
  });

  it('corrects a misspelt name and says what it searched for', () => {
    const answer = searchAnswer(knowledge, { query: 'Beigun', lang: 'de' }, 'Beigun');
    assert.equal(answer.searchedFor, 'Biegun');
    assert.deepEqual(answer.corrections, [{ from: 'Beigun', to: 'Biegun' }]);
    assert.ok(answer.hits.length > 0);
    for (const hit of answer.hits) assert.ok(mentions(hit.id, /Biegun/), hit.id);
  });

  it('filters by an explicit datum: a year, a month or a range', () => {
    for (const [query, from, to] of [
      ['Kaesong datum:2019', '2019', '2019'],
      ['Sanktionen datum:2019-03', '2019-03', '2019-03'],
      ['Biegun datum:2019..2020', '2019', '2020'],
    ] as const) {
      const answer = searchAnswer(knowledge, { query: query, lang: 'de' }, query);
      assert.deepEqual(answer.filters, { from, to }, query);
      assert.ok(answer.hits.length > 0, query);
      for (const hit of answer.hits) assert.ok(hit.date.slice(0, from.length) >= from && hit.date.slice(0, to.length) <= to, `${query}: ${hit.date}`);
    }
  });

  it('ranks articles with a person and a topic first (Biegun Treffen)', () => {
    const answer = searchAnswer(knowledge, { query: 'Biegun Treffen', lang: 'de' }, 'Biegun Treffen');
    assert.equal(answer.partial, false);
    const both = answer.hits.map((hit) => mentions(hit.id, /Biegun/) && mentions(hit.id, /Treffen/));
    assert.ok(both[0], 'the best hit has both');
    assert.deepEqual(
      both,
      [...both].sort((a, b) => Number(b) - Number(a)),
      'articles with both words before the others',
    );
  });

  it('gives passages with the query words marked', () => {
    const hit = searchAnswer(knowledge, { query: 'Kaesong Verbindungsbüro', lang: 'de' }, 'Kaesong Verbindungsbüro').hits[0]!;
    assert.ok(hit.passages.length > 0);
    assert.equal(hit.snippet, hit.passages[0]!.text);
    assert.ok(
      hit.passages.some((passage) => passage.highlights.length > 0),
      'some words are marked',
    );
    for (const passage of hit.passages) {
      for (const [s, e] of passage.highlights) assert.match(passage.text.slice(s, e), /kaesong|verbindungsbüro/i);
    }
  });

  it('says when nothing matches and offers close archive words', () => {
    const answer = searchAnswer(knowledge, { query: 'Pjoengjangg Zzzqqq', lang: 'de' }, 'Pjoengjangg Zzzqqq');
    assert.equal(answer.total, answer.hits.length);
    const none = searchAnswer(knowledge, { query: 'Qqxxzz', lang: 'de' }, 'Qqxxzz');
    assert.equal(none.total, 0);
    assert.deepEqual(none.hits, []);
  });

  it('reports matches outside the explicit dates instead of guessing', () => {
    const answer = searchAnswer(knowledge, { query: 'Kaesong datum:2005', lang: 'de' }, 'Kaesong datum:2005');
    assert.equal(answer.total, 0);
    assert.ok(answer.withoutFilters > 0);
  });

  it('never answers nothing for a year in free text while articles match the words', () => {
    const answer = searchAnswer(knowledge, { query: 'Kaesong 2005', lang: 'de' }, 'Kaesong 2005');
    assert.ok(answer.total > 0);
    assert.deepEqual(answer.filters, {});
    assert.deepEqual({ from: answer.period?.from, to: answer.period?.to, dated: answer.period?.dated }, { from: '2005', to: '2005', dated: 0 });
  });

  it('pages through results', () => {
    const first = searchAnswer(knowledge, { query: 'Nordkorea', lang: 'de' }, 'Nordkorea');
    assert.equal(first.page, 1);
    assert.equal(first.pageCount, Math.ceil(first.total / SEARCH_PAGE_SIZE));
    assert.ok(first.hits.length <= SEARCH_PAGE_SIZE);
    const last = searchAnswer(knowledge, { query: 'Nordkorea', lang: 'de' }, 'Nordkorea', 99);
    assert.equal(last.page, first.pageCount);
    assert.deepEqual(searchAnswer(knowledge, { query: 'Nordkorea page 1', lang: 'de' }, 'Nordkorea page 1').hits, first.hits);
  });
});

describe('a search that lists articles matching only part of the query', () => {
  const article = (id: string, body: string) => ({ id, title: '', body, date: { value: '2021-05-04', precision: 'day' as const }, file: `${id}.txt` });
  const small = buildKnowledge([
    article('both', 'Die Gespräche mit Rainer Ostrowski gingen am Montag weiter.'),
    article('topic-1', 'Die Gespräche über den Haushalt dauerten lange.'),
    article('topic-2', 'Gespräche, Gespräche und noch mehr Gespräche im Rathaus.'),
  ]);

  it('counts the articles matching most of it and lists the others after them, saying so', () => {
    const answer = searchAnswer(small, { query: 'Ostrowski Gespräche', lang: 'de' }, 'Ostrowski Gespräche');
    assert.deepEqual(
      answer.hits.map((h) => h.id),
      ['both', 'topic-2', 'topic-1'],
    );
    assert.equal(answer.total, 1);
    assert.equal(answer.weaker, 2);
    assert.equal(fallbackText(answer), '1 Artikel zu Ostrowski Gespräche, danach 2 Artikel mit nur einem Teil der Wörter.');
  });

  it('says nothing about weaker hits when every listed article matches enough', () => {
    const answer = searchAnswer(small, { query: 'Gespräche', lang: 'de' }, 'Gespräche');
    assert.equal(answer.total, 3);
    assert.equal(answer.weaker, 0);
    assert.equal(fallbackText(answer), '3 Artikel zu Gespräche.');
  });
});
