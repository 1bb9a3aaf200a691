import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagDates, type DateMention } from '../../../src/text/dates/index.ts';
import { habitualMonth, openingHours } from '../../../src/text/events/habits.ts';

/** Whether the words `date` of `sentence` are read as a month of a habit. */
function habitIn(sentence: string, date: string): boolean {
  const start = sentence.indexOf(date);
  assert.ok(start >= 0);
  const mention: DateMention = { text: date, start, end: start + date.length, value: '2010-07', precision: 'month', kind: 'date' };
  return habitualMonth(sentence, mention);
}

describe('habitualMonth', () => {
  it('reads a month without a year in a present statement of habit or rule as any year', () => {
    assert.equal(habitIn('In der Gegend schneit es üblicherweise ab November.', 'ab November'), true);
    assert.equal(habitIn('Im Juli öffnet das Freibad grundsätzlich schon um sechs Uhr.', 'Im Juli'), true);
    assert.equal(habitIn('Jedes Jahr im März blüht hier der Mandelbaum.', 'im März'), true);
  });

  it('keeps a month with a year, a month told in the past, and one without a habit word', () => {
    assert.equal(habitIn('Üblicherweise schneit es hier ab November 2010.', 'ab November 2010'), false);
    assert.equal(habitIn('Im Juli war das Freibad grundsätzlich geöffnet.', 'Im Juli'), false);
    assert.equal(habitIn('Das Freibad öffnet im Juli wieder.', 'im Juli'), false);
  });

  it('reads only months, not other dates of such a sentence', () => {
    assert.equal(habitIn('Heute ist es üblich, dass alle kommen.', 'Heute'), false);
  });
});

describe('openingHours', () => {
  /** Whether the tagged dates of a sentence (in an article of 14 March 2011) are read as opening hours. */
  function hours(sentence: string): boolean {
    const mentions = tagDates(sentence, { value: '2011-03-14', precision: 'day' });
    assert.ok(mentions.length > 0, `no date in: ${sentence}`);
    return openingHours(sentence, mentions);
  }

  it('reads clock times with a word of opening or closing, not told in the past, as any day', () => {
    assert.equal(hours('Das Museum ist von 10:00 bis 17:00 Uhr geöffnet.'), true);
    assert.equal(hours('Die Bibliothek schließt um 19 Uhr und kann danach nicht mehr betreten werden.'), true);
  });

  it('does not read opening hours in the past, on a day told, or without such a word', () => {
    assert.equal(hours('Die Wahllokale waren von 8:00 bis 18:00 Uhr geöffnet.'), false);
    assert.equal(hours('Am Sonntag sind die Geschäfte von 13:00 bis 18:00 Uhr geöffnet.'), false);
    assert.equal(hours('Der Zug fährt um 10:00 Uhr ab.'), false);
  });

  it('is false without dates', () => {
    assert.equal(openingHours('Das Museum ist geöffnet.', []), false);
  });
});
