/**
 * A period typed into a search is read as what the story is about: articles dated then or
 * reporting events dated then rank higher, nothing is filtered out, and the answer says how it
 * read the query and how to narrow to articles dated then. Small articles written for the tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { parseArticle } from '../../src/corpus/parse.ts';

// Title-less articles (front matter with a date only), as the desk's own files are
const file = (id: string, date: string, body: string) => parseArticle(`---\ndate: ${date}\n---\n${body}`, `${id}.md`);
const knowledge = buildKnowledge([
  file('reform-beschlossen', '2023-11-20', 'Der Bundestag hat die Rentenreform beschlossen. Die neuen Regeln gelten ab dem 1. Januar 2024. Kritiker halten die Rentenreform für zu teuer.'),
  file('reform-alt', '2019-05-02', 'Die Rentenreform der Regierung stößt auf Widerstand. Gewerkschaften fordern Nachbesserungen an der Rentenreform.'),
  file('reform-neu', '2024-06-03', 'Die Opposition will die Rentenreform wieder kippen. Ein Antrag liegt im Bundestag vor.'),
  file('exporte', '2015-02-10', 'Die deutschen Exporte sind im Januar deutlich eingebrochen. Das Statistische Bundesamt meldete am Dienstag einen Rückgang um sechs Prozent.'),
  file('exporte-alt', '2012-04-10', 'Die deutschen Exporte sind im März gestiegen, meldete das Statistische Bundesamt.'),
]);
const ask = (query: string) => searchAnswer(knowledge, { query, lang: 'de' }, query);

describe('a period in free text', () => {
  it('finds the article reporting on the year, though it is dated the year before', () => {
    const answer = ask('Rentenreform 2024');
    assert.deepEqual(answer.hits.map((h) => h.id).sort(), ['reform-alt', 'reform-beschlossen', 'reform-neu']);
    assert.deepEqual(answer.filters, {});
    assert.ok(answer.hits.findIndex((h) => h.id === 'reform-alt') === 2, 'the 2019 article, neither dated 2024 nor about it, comes last');
  });

  it('answers a headline with a month for an article dated the month after', () => {
    const answer = ask('Exporte brechen im Januar 2015 ein');
    assert.equal(answer.hits[0]?.id, 'exporte');
    assert.deepEqual(
      answer.hits.map((h) => h.id),
      ['exporte', 'exporte-alt'],
      'the older article matches words too, and stays',
    );
  });

  it('says how it read the query and offers to narrow to articles dated then', () => {
    const answer = ask('Rentenreform 2024');
    assert.deepEqual(answer.period, { from: '2024', to: '2024', dated: 1, narrow: 'Rentenreform datum:2024' });
    const narrowed = ask(answer.period!.narrow);
    assert.deepEqual(
      narrowed.hits.map((h) => h.id),
      ['reform-neu'],
    );
    assert.deepEqual(narrowed.filters, { from: '2024', to: '2024' });
  });

  it('answers a year alone with the articles of that period: dated then first, then reporting on it', () => {
    const answer = ask('2024');
    assert.deepEqual(
      answer.hits.map((h) => h.id),
      ['reform-neu', 'reform-beschlossen'],
    );
    assert.equal(answer.total, 2);
    assert.deepEqual(answer.suggestions, []);
  });

  it('never answers nothing when articles match the words', () => {
    const answer = ask('Rentenreform 1990');
    assert.equal(answer.total, 3);
    assert.equal(answer.period?.dated, 0);
  });
});
