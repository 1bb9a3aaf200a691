import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates, type DateMention } from '../../../src/text/dates/index.ts';
import { type ArticleEvent, eventDateOf, extractEvents } from '../../../src/text/events/index.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

function article(id: string, date: PreciseDate, body: string): Article {
  return { id, title: id, date, body, file: `${id}.txt` };
}

function eventsOf(a: Article): ArticleEvent[] {
  return extractEvents(a, tagDates(a.body, a.date), splitSentences(a.body));
}

const month = (value: string): PreciseDate => ({ value, precision: 'month' });

describe('extractEvents', () => {
  it('makes an event of each dated sentence, with its offsets in the body', () => {
    const a = article('a1', month('2019-03'), 'Nordkorea zog seine Leute ab. Der Gipfel in Hanoi scheiterte Ende Februar. Danach herrschte Stille.');
    const events = eventsOf(a);
    const summit = events.find((e) => e.date.value === '2019-02');
    assert.ok(summit);
    assert.deepEqual(summit.date, { value: '2019-02', precision: 'month', modifier: 'late' });
    assert.equal(summit.text, 'Der Gipfel in Hanoi scheiterte Ende Februar.');
    assert.equal(a.body.slice(summit.start, summit.end), summit.text);
    assert.equal(summit.articleId, 'a1');
    assert.ok(summit.words.includes('hanoi'));
  });

  it('gives the lead the article date when it names none, and only then', () => {
    const undated = eventsOf(article('a2', month('2021-03'), 'Seit zwei Jahren gibt es keinen Fortschritt im Atomstreit. Die Prüfung werde in einigen Wochen abgeschlossen sein.'));
    assert.deepEqual(
      undated.map((e) => [e.date.value, e.text]),
      [['2021-03', 'Seit zwei Jahren gibt es keinen Fortschritt im Atomstreit.']],
    );
    const dated = eventsOf(article('a3', month('2020-07'), 'Die Gespräche stocken seit dem Gipfel im Februar 2019 völlig. Niemand rechnet mit Bewegung.'));
    assert.deepEqual(
      dated.map((e) => e.date.value),
      ['2019-02'],
    );
  });

  it('skips photo credits when looking for the lead', () => {
    const a = article('a4', month('2021-03'), 'Reporter warten an der Brücke. epa/YONHAP\n\nDie Außenminister beider Länder berieten lange über die Lage.');
    const [lead] = eventsOf(a);
    assert.equal(lead?.text, 'Die Außenminister beider Länder berieten lange über die Lage.');
  });

  it('leaves out durations, vague references, asides in parentheses and the far end of ranges', () => {
    const a = article('a5', month('2019-07'), ['Seit dem Ende des Krieges (1950-53) im April 2018 trafen sie sich erstmals wieder.', 'Die Konzerte finden vom 25. März bis zum 1. April 2020 statt.'].join(' '));
    assert.deepEqual(
      eventsOf(a).map((e) => e.date.value),
      ['2018-04', '2020-03-25'],
    );
  });

  it('trims a long sentence to the clause around its date', () => {
    const filler = 'die Delegationen berieten lange über Sanktionen, Hilfen, Grenzfragen und die Zukunft der Zusammenarbeit';
    const body = `Nachdem ${filler}, ${filler}, einigten sie sich am 3. März 2020 auf ein Abkommen, ${filler}.`;
    const [event] = eventsOf(article('a6', month('2020-04'), body));
    assert.ok(event && event.text.length <= 200, event?.text);
    assert.match(event!.text, /am 3\. März 2020/);
    assert.equal(body.slice(event!.start, event!.end), event!.text);
  });
});

describe('eventDateOf', () => {
  const mention = (value: string, precision: DateMention['precision'], kind: DateMention['kind'] = 'date'): DateMention => ({ text: '', start: 0, end: 0, value, precision, kind });

  it('keeps article-level precisions and coarsens the rest', () => {
    assert.deepEqual(eventDateOf(mention('2006-08-27TAF', 'time')), { value: '2006-08-27', precision: 'day' });
    assert.deepEqual(eventDateOf(mention('1940-SU', 'season')), { value: '1940', precision: 'year', modifier: 'mid' });
    assert.deepEqual(eventDateOf(mention('2008-W35-WE', 'week')), { value: '2008-08', precision: 'month' });
  });

  it('has no date for durations, references, centuries and years before Christ', () => {
    assert.equal(eventDateOf(mention('P2Y', 'duration', 'duration')), undefined);
    assert.equal(eventDateOf(mention('FUTURE_REF', 'ref', 'ref')), undefined);
    assert.equal(eventDateOf(mention('19', 'century')), undefined);
    assert.equal(eventDateOf(mention('BC0490', 'year')), undefined);
  });
});
