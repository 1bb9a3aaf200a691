import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates } from '../../../src/text/dates/index.ts';
import { extractEvents } from '../../../src/text/events/index.ts';
import { datesBesideNews } from '../../../src/text/events/lead-beside.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

const day: PreciseDate = { value: '2010-06-14', precision: 'day' };

/** The sentence of a one-sentence text and its date mentions, as the extractor sees them. */
function lead(text: string) {
  const sentences = splitSentences(text);
  assert.equal(sentences.length, 1, text);
  return { sentence: sentences[0]!, dates: tagDates(text, day) };
}

function beside(text: string): boolean {
  const { sentence, dates } = lead(text);
  assert.ok(dates.length > 0, `no date in: ${text}`);
  return datesBesideNews(text, sentence, dates);
}

describe('datesBesideNews: a lead whose dates all lie outside its main clause', () => {
  it('is a date in a subordinate clause opened by a conjunction and ending in its verb', () => {
    assert.equal(beside('Zwei Beamte stehen vor Gericht, nachdem im März 2009 Akten aus dem Archiv verschwanden.'), true);
    assert.equal(beside('Die Polizei ermittelt, weil am Samstag ein Auto in Flammen aufging.'), true);
    // separable verbs whose particle is no preposition ("stattfinden", "teilnehmen", "heimsuchen") are one word there too
    assert.equal(beside('Die Partei feiert, nachdem am Sonntag die Wahl stattfand.'), true);
    assert.equal(beside('Der Trainer ist enttäuscht, weil im Mai nur ein Spieler teilnahm.'), true);
    assert.equal(beside('Die Insel ist verwüstet, nachdem am Montag ein Sturm sie heimsuchte.'), true);
  });

  it('is an adjective of a year that qualifies a noun', () => {
    assert.equal(beside('Der diesjährige Preis für Architektur geht an ein Büro aus Wien.'), true);
  });

  it('is a date in a noun phrase closed by a participle', () => {
    assert.equal(beside('Die am Freitag aus einem Zoo entlaufene Giraffe ist gefunden worden.'), true);
    assert.equal(beside('In einem gestern vorgelegten Gutachten fordern Experten strengere Regeln.'), true);
  });

  it('is not a date of the main clause, nor a preposition that looks like a conjunction', () => {
    assert.equal(beside('Am Freitag ist eine Giraffe aus dem Zoo entlaufen.'), false);
    assert.equal(beside('Seit Januar 2009 wurde in den Gaststätten das Rauchen verboten.'), false);
    assert.equal(beside('Als Zeichen des Protests gingen gestern in vielen Städten die Lichter aus.'), false);
    assert.equal(beside('In der Nacht zum Sonntag ereignete sich ein Unfall.'), false);
    assert.equal(beside('Wie die Feuerwehr am Montag mitteilte, sind zwei Scheunen abgebrannt.'), false);
  });

  it('is not a date of a relative clause (the older golds date such a lead by it alone)', () => {
    assert.equal(beside('Zehn Opfer forderte ein Sturm, der am Sonntag über die Küste zog.'), false);
  });

  it('is false without dates', () => {
    const { sentence } = lead('Der Verein hat einen neuen Trainer.');
    assert.equal(datesBesideNews(sentence.text, sentence, []), false);
  });
});

describe('extractEvents: the lead beside dates outside its main clause', () => {
  it("gives the article's day besides the other date", () => {
    const body = 'Die am Freitag aus einem Zoo entlaufene Giraffe ist gefunden worden. Sie war gesund.';
    const a: Article = { id: 'lb1', title: 'lb1', date: day, body, file: 'lb1.txt' };
    const events = extractEvents(a, tagDates(body, day), splitSentences(body));
    assert.deepEqual(events.map((e) => e.date.value).sort(), ['2010-06-11', '2010-06-14']);
  });

  it('gives only the main clause date when the lead has one', () => {
    const body = 'Am Freitag ist eine Giraffe aus dem Zoo entlaufen. Sie war gesund.';
    const a: Article = { id: 'lb2', title: 'lb2', date: day, body, file: 'lb2.txt' };
    const events = extractEvents(a, tagDates(body, day), splitSentences(body));
    assert.deepEqual(
      events.map((e) => e.date.value),
      ['2010-06-11'],
    );
  });
});
