import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { periodMention } from '../../../src/text/events/periods.ts';

const day: PreciseDate = { value: '2012-05-09', precision: 'day' };

/** What `periodMention` finds in a one-sentence article: the words, the date and whether it lies ahead. */
function periodIn(body: string, date: PreciseDate = day): { text: string; value: string; ahead: boolean } | undefined {
  const article: Article = { id: 'p', title: 'p', date, body, file: 'p.txt' };
  const [sentence] = splitSentences(body);
  assert.ok(sentence);
  const found = periodMention(article, sentence);
  if (!found) return undefined;
  assert.equal(body.slice(found.mention.start, found.mention.end), found.mention.text);
  assert.equal(found.mention.value, found.date.value);
  return { text: found.mention.text, value: found.date.value, ahead: found.ahead };
}

describe('periodMention', () => {
  it('dates hours back from now to the article day', () => {
    assert.deepEqual(periodIn('In den letzten Stunden hat der Sturm deutlich nachgelassen.'), { text: 'In den letzten Stunden', value: '2012-05-09', ahead: false });
    assert.deepEqual(periodIn('Die Retter konnten in den vergangenen 24 Stunden drei Verschüttete bergen.'), { text: 'in den vergangenen 24 Stunden', value: '2012-05-09', ahead: false });
  });

  it('dates days and weeks back from now to the article month', () => {
    assert.deepEqual(periodIn('Allein in den vergangenen zehn Tagen stieg der Kurs um acht Prozent.'), { text: 'in den vergangenen zehn Tagen', value: '2012-05', ahead: false });
    assert.deepEqual(periodIn('Innerhalb der letzten zwei Wochen brannten im Viertel fünf Autos.'), { text: 'Innerhalb der letzten zwei Wochen', value: '2012-05', ahead: false });
    assert.equal(periodIn('In den letzten Tagen kam es immer wieder zu Staus.', { value: '2012-05', precision: 'month' })?.value, '2012-05');
  });

  it('reads a period as a genitive right after a noun ("Berichte der letzten zwei Wochen")', () => {
    assert.deepEqual(periodIn('Die Meldungen der vergangenen zehn Tage hatten die Anleger beunruhigt.'), { text: 'der vergangenen zehn Tage', value: '2012-05', ahead: false });
    assert.equal(periodIn('Es war einer der letzten Tage vor der Wahl.'), undefined);
  });

  it('dates hours and minutes ago to the article day ("vor einigen Stunden")', () => {
    assert.deepEqual(periodIn('Die Feuerwehr hat den Brand vor wenigen Stunden gelöscht.'), { text: 'vor wenigen Stunden', value: '2012-05-09', ahead: false });
    assert.deepEqual(periodIn('Der Zug ist vor zwanzig Minuten abgefahren.'), { text: 'vor zwanzig Minuten', value: '2012-05-09', ahead: false });
    assert.equal(periodIn('Der Zug ist vor zwanzig Minuten abgefahren.', { value: '2012-05', precision: 'month' }), undefined);
    assert.equal(periodIn('Der Bau begann vor einigen Jahren.'), undefined);
  });

  it('leaves months and years back from now undated (background, not news)', () => {
    assert.equal(periodIn('In den vergangenen Jahren gab es an der Küste mehrere Fluten.'), undefined);
    assert.equal(periodIn('Während der letzten Monate sank die Zahl der Besucher.'), undefined);
  });

  it('needs a day for hours and a month for days', () => {
    assert.equal(periodIn('In den letzten Stunden fiel kaum Regen.', { value: '2012-05', precision: 'month' }), undefined);
    assert.equal(periodIn('In den letzten Tagen fiel kaum Regen.', { value: '2012', precision: 'year' }), undefined);
  });

  it('marks a period ahead as a plan said on the article date, at its precision', () => {
    assert.deepEqual(periodIn('Der Verband rechnet damit, dass die Preise in den nächsten Monaten steigen.'), { text: 'in den nächsten Monaten', value: '2012-05-09', ahead: true });
    assert.deepEqual(periodIn('Für die kommenden Wochen sind weitere Kontrollen angekündigt.'), { text: 'Für die kommenden Wochen', value: '2012-05-09', ahead: true });
    assert.deepEqual(periodIn('Die Schulen bleiben für die nächsten drei Tage geschlossen.', { value: '2012-05', precision: 'month' }), { text: 'für die nächsten drei Tage', value: '2012-05', ahead: true });
  });

  it('reads no period counted from another time, no bare length and none inside a direct quote', () => {
    assert.equal(periodIn('In den folgenden Tagen zogen die Truppen ab.'), undefined);
    assert.equal(periodIn('Die Suche dauerte drei Tage.'), undefined);
    assert.equal(periodIn('Der Bürgermeister sagte: „In den nächsten Wochen bauen wir die Brücke.“'), undefined);
    assert.equal(periodIn('Seit den letzten Wahlen regiert die Partei allein.'), undefined);
  });
});
