import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../../src/corpus/article.ts';
import { tagDates } from '../../../src/text/dates/index.ts';
import { endWithoutAttribution, withoutAttribution } from '../../../src/text/events/attribution.ts';
import { extractEvents } from '../../../src/text/events/index.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

/** The text an entry shows for `text`. */
const shown = (text: string) => text.slice(0, endWithoutAttribution(text));

describe('endWithoutAttribution drops who said it when that is not the news', () => {
  const cases: Array<[string, string]> = [
    ['Die Gespräche sollen im März fortgesetzt werden, sagte Blinken am Donnerstag.', 'Die Gespräche sollen im März fortgesetzt werden'],
    ['Bei dem Brand wurden 20 Menschen verletzt, wie das Ministerium am Mittwoch mitteilte.', 'Bei dem Brand wurden 20 Menschen verletzt'],
    ['Der Zug fuhr am Abend wieder, wie die Bahn am Montag bekannt gab.', 'Der Zug fuhr am Abend wieder'],
    ['Die Armee feuerte zwei Raketen ab, so der Generalstab in Seoul.', 'Die Armee feuerte zwei Raketen ab'],
    ['Die Fähre kam am Freitag in Busan an, teilte die Reederei mit.', 'Die Fähre kam am Freitag in Busan an'],
    ['Der Minister trat am Dienstag zurück, berichtete die Nachrichtenagentur Yonhap.', 'Der Minister trat am Dienstag zurück'],
    ['Das Treffen fand in Genf statt, nach Angaben von Diplomaten.', 'Das Treffen fand in Genf statt'],
    ['Das Treffen fand in Genf statt, Diplomaten zufolge.', 'Das Treffen fand in Genf statt'],
    ['Die Preise stiegen im Mai, sagte der Sprecher des Amtes, Hans Berger, am Montag.', 'Die Preise stiegen im Mai'],
  ];
  assert.equal(cases.length, 9);
  for (const [text, expected] of cases) it(expected, () => assert.equal(shown(text), expected));
});

describe('endWithoutAttribution keeps the attribution when the statement is the news', () => {
  const kept = [
    // the saying is the main clause: no trailing attribution
    'Kim Jong Un erklärte am Montag den Krieg für beendet.',
    // a direct quote: its words are the content
    '„Wir werden nicht aufgeben“, sagte die Ministerin am Montag.',
    'Das Land habe «ein klares Interesse» an Gesprächen, sagte Blinken am Donnerstag.',
    // reported speech: the claim is only news together with who makes it
    'Man sei zu Gesprächen bereit, sagte Kim am Montag.',
    'Die Verhandlungen würden im Mai fortgesetzt, erklärte das Außenamt.',
    // without it no finite verb is left
    'Zwei Raketen in Richtung Japan, meldete das Militär.',
    // the tail says more than who said it
    'Die Armee feuerte zwei Raketen ab, sagte er und fügte hinzu, dass weitere folgen könnten.',
    // "so" that is no attribution
    'Der Damm brach am Morgen, so dass das Dorf geräumt wurde.',
    // no attribution at all
    'Die Brücke wurde am Dienstag eröffnet.',
  ];
  assert.equal(kept.length, 9);
  for (const text of kept) it(text, () => assert.equal(shown(text), text));
});

describe('withoutAttribution', () => {
  it('keeps the span start and ends it before the attribution', () => {
    const sentence = 'Es gab 20 Verletzte, sagte er.';
    assert.deepEqual(withoutAttribution(sentence, { start: 0, end: sentence.length }, 0), { start: 0, end: 19 });
    assert.deepEqual(withoutAttribution(`Dann. ${sentence}`, { start: 6, end: 6 + sentence.length }, 6), { start: 6, end: 25 });
  });

  it('keeps the attribution when the entry is dated by a date inside it (the day it was said)', () => {
    const sentence = 'Die Gespräche sollen fortgesetzt werden, sagte Blinken am Donnerstag.';
    const at = sentence.indexOf('Donnerstag');
    assert.deepEqual(withoutAttribution(sentence, { start: 0, end: sentence.length }, at), { start: 0, end: sentence.length });
    assert.deepEqual(withoutAttribution(sentence, { start: 0, end: sentence.length }, 0), { start: 0, end: 39 });
  });
});

describe('timeline entries', () => {
  it('end before an attribution that is not the news and keep one that is', () => {
    const body = 'Die Fähre sank am 3. Mai vor der Küste, wie die Küstenwache am Dienstag mitteilte. ' + 'Die Regierung sei an der Aufklärung interessiert, sagte der Minister am 5. Mai.';
    const article: Article = { id: 't1', title: 't1', date: { value: '2021-05-06', precision: 'day' }, body, file: 't1.txt' };
    const events = extractEvents(article, tagDates(body, article.date), splitSentences(body));
    assert.deepEqual(
      events.map((e) => [e.date.value, e.text]),
      [
        ['2021-05-03', 'Die Fähre sank am 3. Mai vor der Küste'],
        ['2021-05-04', 'Die Fähre sank am 3. Mai vor der Küste, wie die Küstenwache am Dienstag mitteilte.'],
        ['2021-05-05', 'Die Regierung sei an der Aufklärung interessiert, sagte der Minister am 5. Mai.'],
      ],
    );
    for (const e of events) assert.equal(body.slice(e.start, e.end), e.text);
  });
});
