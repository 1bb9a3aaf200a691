import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreciseDate } from '../../../src/corpus/article.ts';
import { adjectiveDate, articlePrepositionBefore, attributiveDate, futureDeadline, pastPlanDay, qualifiesNoun, sinceNow } from '../../../src/text/dates/asides.ts';
import { tagDates } from '../../../src/text/dates/index.ts';

const day = (value: string): PreciseDate => ({ value, precision: 'day' });

/** Whether the first occurrence of `date` in `text` qualifies a noun. */
const attributive = (text: string, date: string) => attributiveDate(text, text.indexOf(date), text.indexOf(date) + date.length);

/** The tagged expressions as "text=value" strings, in text order. */
const tag = (body: string, date: PreciseDate) => tagDates(body, date).map((m) => `${m.text}=${m.value}`);

describe('attributiveDate', () => {
  it('finds a date between an article and a participle that qualifies a noun', () => {
    assert.equal(attributive('Das Haus des 1901 gestorbenen Malers steht leer.', '1901'), true);
    assert.equal(attributive('Die 1994 gegründete kleine Partei tritt an.', '1994'), true);
    assert.equal(attributive('Er las aus einem 2003 erschienenen Roman.', '2003'), true);
  });

  it('finds a date after a noun and "vom"', () => {
    assert.equal(attributive('Ein Beschluss des Stadtrats vom 4. März 2010 verbietet das.', '4. März 2010'), true);
  });

  it('is not a date told as the time of the sentence, nor a range', () => {
    assert.equal(attributive('Der Maler ist 1901 gestorben.', '1901'), false);
    assert.equal(attributive('Die Partei wurde 1994 gegründet.', '1994'), false);
    // "Jahre" is no participle: the date is what the text tells about
    assert.equal(attributive('Die 1990 kurzen Jahre waren vorbei.', '1990'), false);
    assert.equal(attributive('Die Messe dauert vom 4. März bis zum 9. März.', '4. März'), false);
    assert.equal(attributive('Es regnete in der Nacht vom 4. März auf den 5. März.', '4. März'), false);
  });
});

describe('qualifiesNoun', () => {
  const qualifies = (text: string, date: string) => qualifiesNoun(text, text.indexOf(date), text.indexOf(date) + date.length);

  it('finds what attributiveDate finds, and a date after an article and its own preposition before a participle', () => {
    assert.equal(qualifies('Das Haus des 1901 gestorbenen Malers steht leer.', '1901'), true);
    assert.equal(qualifies('Eröffnet wurde der seit Mai errichtete Neubau.', 'Mai'), true);
    assert.equal(attributive('Eröffnet wurde der seit Mai errichtete Neubau.', 'Mai'), false);
  });

  it('is not a date told as the time of the sentence', () => {
    assert.equal(qualifies('Seit Mai wird der Neubau errichtet.', 'Mai'), false);
    assert.equal(qualifies('Der Neubau wird seit Mai errichtet.', 'Mai'), false);
  });
});

describe('adjectiveDate', () => {
  const adjective = (text: string, date: string) => adjectiveDate(text, text.indexOf(date), text.indexOf(date) + date.length);

  it('finds a date opening a noun phrase before an adjective that is no participle', () => {
    assert.equal(adjective('Die Kunden zahlten für ab März lieferbares Heizöl mehr.', 'März'), true);
    assert.equal(adjective('Sie stritten über die bis Juni gültige Regel.', 'Juni'), true);
  });

  it('finds none for an adverbial date, a participle or a date without a phrase before it', () => {
    assert.equal(adjective('Er hat im März neue Pläne vorgestellt.', 'März'), false);
    assert.equal(adjective('Die im März verhafteten Männer wurden verurteilt.', 'März'), false);
    assert.equal(adjective('Ab März war er Minister.', 'März'), false);
    assert.equal(adjective('Sie kündigte für den 18. März eine Demonstration an.', '18. März'), false);
  });

  it('lets the tagger read such a date as the nearest one, whatever the sentence tense', () => {
    const october: PreciseDate = { value: '2007-10-19', precision: 'day' };
    assert.deepEqual(
      tagDates('Die Händler mussten für ab November lieferbares Öl 90 Dollar bezahlen.', october).map((m) => m.value),
      ['2007-11'],
    );
    assert.deepEqual(
      tagDates('Ab November war er Minister.', october).map((m) => m.value),
      ['2006-11'],
    );
  });
});

describe('pastPlanDay', () => {
  const doc = { year: 2010, month: 5, day: 20 };
  it('is a later day that was only intended back then', () => {
    const text = 'Die Anhörung wurde vertagt, weil die Kammer am 27. Mai entscheiden wollte.';
    assert.equal(pastPlanDay(text, text.indexOf('27. Mai'), { year: 2010, month: 5, day: 27 }, doc), true);
  });

  it('is not a day up to the article date, nor a later day without an intention', () => {
    const earlier = 'Die Kammer wollte am 12. Mai entscheiden.';
    assert.equal(pastPlanDay(earlier, earlier.indexOf('12. Mai'), { year: 2010, month: 5, day: 12 }, doc), false);
    const planned = 'Die Kammer wird am 27. Mai entscheiden.';
    assert.equal(pastPlanDay(planned, planned.indexOf('27. Mai'), { year: 2010, month: 5, day: 27 }, doc), false);
  });
});

describe('tagDates: asides are no reference for later dates', () => {
  it('does not take the year of a participle phrase for a later day and month', () => {
    const text = 'Die Büste des 1827 verstorbenen Komponisten wird jedes Jahr am 26. März geschmückt.';
    assert.deepEqual(tag(text, day('2010-03-29')), ['1827=1827', '26. März=2010-03-26']);
    // the year told as the sentence's time still is the reference
    assert.deepEqual(tag('Der Komponist starb 1827 in Wien. Am 26. März wurde er begraben.', day('2010-03-29')), ['1827=1827', '26. März=1827-03-26']);
  });

  it('puts a clock time told in the past on the day of the story, not on a day intended back then', () => {
    const text = 'Am Montag, den 17. Mai, wurde die Anhörung vertagt, weil die Kammer am 27. Mai entscheiden wollte. Gegen 14 Uhr verließ er das Gericht.';
    assert.deepEqual(tag(text, day('2010-05-20')), ['Montag, den 17. Mai=2010-05-17', '27. Mai=2010-05-27', '14 Uhr=2010-05-17T14:00']);
  });

  it('puts a clock time after "eine Verfügung vom …" on the day of the news', () => {
    const text = 'Eine Verfügung des Gerichts vom 17. Mai 2010 verbietet das. Um 10 Uhr meldete die Agentur den Fall.';
    assert.deepEqual(tag(text, day('2010-05-19')), ['17. Mai 2010=2010-05-17', '10 Uhr=2010-05-19T10:00']);
  });
});

describe('sinceNow', () => {
  it('takes a date after "seit" in the present for the start of a span until now', () => {
    const body = 'Bereits seit dem 3. Mai 1960 wird die Kapelle jeden Sonntag geöffnet.';
    assert.equal(sinceNow(body, body.indexOf('3. Mai'), 'present'), true);
    assert.equal(sinceNow('Seit 1960 steht die Kapelle leer.', 5, 'present'), true);
  });

  it('leaves a "seit" date in the past, and a date without "seit", alone', () => {
    assert.equal(sinceNow('Seit 1960 stand die Kapelle leer.', 5, 'past'), false);
    assert.equal(sinceNow('Im Jahr 1960 wird die Kapelle geweiht.', 8, 'present'), false);
  });
});

describe('futureDeadline', () => {
  const doc = { year: 2006, month: 11, day: 15 };

  it('takes a later date after "bis" for a deadline still to come', () => {
    const body = 'Die Mitarbeiter erhalten eine Garantie bis 2010.';
    assert.equal(futureDeadline(body, body.indexOf('2010'), { year: 2010 }, doc), true);
    const end = 'Der Vertrag läuft bis Ende 2009.';
    assert.equal(futureDeadline(end, end.indexOf('2009'), { year: 2009 }, doc), true);
  });

  it('leaves a past end of a span and a later date without "bis" alone', () => {
    const past = 'Der Krieg dauerte bis 1953.';
    assert.equal(futureDeadline(past, past.indexOf('1953'), { year: 1953 }, doc), false);
    const plan = 'Das Werk soll 2010 schließen.';
    assert.equal(futureDeadline(plan, plan.indexOf('2010'), { year: 2010 }, doc), false);
  });
});

describe('articlePrepositionBefore', () => {
  it('is an article and a preposition right before the date', () => {
    const text = 'Die am Montag aus dem Gehege entlaufene Ziege ist zurück.';
    assert.equal(articlePrepositionBefore(text, text.indexOf('Montag')), true);
    const since = 'Der seit Mai gesperrte Tunnel ist offen.';
    assert.equal(articlePrepositionBefore(since, since.indexOf('Mai')), true);
  });

  it('is not a preposition alone, nor an article alone', () => {
    const text = 'Die Ziege kam am Montag zurück.';
    assert.equal(articlePrepositionBefore(text, text.indexOf('Montag')), false);
    const article = 'Das 1994 gegründete Werk schließt.';
    assert.equal(articlePrepositionBefore(article, article.indexOf('1994')), false);
  });
});
