import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, PreciseDate } from '../../../src/corpus/article.ts';
import { tagDates } from '../../../src/text/dates/index.ts';
import { type ArticleEvent, compatibleDates, extractEvents, mergeEvents } from '../../../src/text/events/index.ts';
import { splitSentences } from '../../../src/text/lexicon/index.ts';

function eventsOf(id: string, date: PreciseDate, body: string): ArticleEvent[] {
  const a: Article = { id, title: id, date, body, file: `${id}.txt` };
  return extractEvents(a, tagDates(a.body, a.date), splitSentences(a.body));
}

const month = (value: string): PreciseDate => ({ value, precision: 'month' });

describe('compatibleDates', () => {
  it('accepts equal dates and a date inside a coarser one', () => {
    assert.equal(compatibleDates({ value: '2019-02', precision: 'month' }, { value: '2019-02-28', precision: 'day' }), true);
    assert.equal(compatibleDates({ value: '2019', precision: 'year' }, { value: '2019-02', precision: 'month' }), true);
  });

  it('rejects other periods and contradicting modifiers', () => {
    assert.equal(compatibleDates({ value: '2019-02', precision: 'month' }, { value: '2019-03', precision: 'month' }), false);
    assert.equal(compatibleDates({ value: '2019-02', precision: 'month', modifier: 'early' }, { value: '2019-02', precision: 'month', modifier: 'late' }), false);
    assert.equal(compatibleDates({ value: '1999', precision: 'year', modifier: 'mid' }, { value: '1999-03-24', precision: 'day' }), false);
  });
});

describe('mergeEvents', () => {
  const a = eventsOf('a', month('2019-03'), 'Der zweite Gipfel von Kim und Trump in Hanoi scheiterte Ende Februar an der Abrüstungsfrage.');
  const b = eventsOf('b', month('2019-07'), 'Nach dem gescheiterten Gipfel in Hanoi im Februar hatten Kim und Trump kaum Kontakt.');
  const c = eventsOf('c', month('2020-07'), 'Seit dem gescheiterten Gipfel von Trump und Kim im Februar 2019 in Hanoi stocken die Gespräche.');
  const other = eventsOf('d', month('2019-03'), 'Im Februar eröffnete die Messe in Leipzig mit Rekordbesuch.');

  it('makes one entry of the same event told by several articles', () => {
    const entries = mergeEvents([...a, ...b, ...c, ...other]);
    const summit = entries.find((e) => e.articleIds.length > 1);
    assert.ok(summit, JSON.stringify(entries.map((e) => e.articleIds)));
    assert.deepEqual(summit.articleIds, ['a', 'b', 'c']);
    assert.deepEqual(summit.date, { value: '2019-02', precision: 'month', modifier: 'late' });
    assert.equal(summit.events.length, 3);
  });

  it('keeps other events of the same month apart', () => {
    const entries = mergeEvents([...a, ...other]);
    assert.equal(entries.length, 2);
  });

  it('never merges two reports from one article', () => {
    const twice = eventsOf('e', month('2019-03'), 'Der Gipfel in Hanoi scheiterte im Februar. Im Februar scheiterte auch der Gipfel in Hanoi endgültig.');
    assert.equal(mergeEvents(twice).length, 2);
  });

  it('lets shared people stand in for shared words', () => {
    const x = eventsOf('x', month('2020-07'), 'Stephen Biegun traf am 8. Juli 2020 in Seoul ein.');
    const y = eventsOf('y', month('2020-07'), 'Am 8. Juli 2020 sprach Stephen Biegun vor Reportern über Nordkorea.');
    assert.equal(mergeEvents([...x, ...y]).length, 2);
    const peopleOf = (e: ArticleEvent) => (e.text.includes('Biegun') ? ['Stephen Biegun'] : []);
    assert.deepEqual(
      mergeEvents([...x, ...y], { peopleOf }).map((e) => e.articleIds),
      [['x', 'y']],
    );
  });

  it('merges a report that names no one through the people named just before it', () => {
    // (written for this test: "zwischen beiden" refers to the people of the sentence before)
    const x = eventsOf('x', month('2019-03'), 'Das Scheitern des zweiten Gipfels zwischen Kim und Trump Ende Februar überraschte viele.');
    const y = eventsOf('y', month('2019-07'), 'Trump traf Kim am Sonntag an der Grenze. Nach dem gescheiterten Gipfeltreffen zwischen beiden im Februar in Vietnam kommt wieder Bewegung in die Verhandlungen.');
    const z = eventsOf('z', month('2020-07'), 'Die Verhandlungen kommen seit dem gescheiterten Gipfel zwischen Trump und Kim im Februar 2019 nicht voran.');
    const all = [...x, ...y, ...z];
    const peopleOf = (e: ArticleEvent) => ['Trump', 'Kim'].filter((name) => e.text.includes(name));
    const before = (e: ArticleEvent) => (e.articleId === 'y' && !e.text.includes('Trump') ? ['Trump', 'Kim'] : []);
    const without = mergeEvents(all, { peopleOf }).filter((e) => e.date.value === '2019-02');
    assert.ok(without.length > 1, 'without the people before it the report stays apart');
    const merged = mergeEvents(all, { peopleOf, nearbyPeopleOf: before }).filter((e) => e.date.value === '2019-02');
    assert.equal(merged.length, 1, JSON.stringify(merged.map((e) => e.articleIds)));
    assert.deepEqual([...merged[0]!.articleIds].sort(), ['x', 'y', 'z']);
    assert.equal(merged[0]!.date.modifier, 'late');
  });

  it('marks an entry whose report tells a plan', () => {
    const plan = eventsOf('pl', { value: '2006-10-14', precision: 'day' }, 'Ban wird seinen Vorgänger am 1. Januar 2007 ablösen.');
    const [entry] = mergeEvents(plan);
    assert.equal(entry?.planned, true);
    assert.equal(entry?.date.value, '2006-10-14');
  });

  it('never merges a plan with what happened', () => {
    const plan = eventsOf('k1', { value: '2008-02-15', precision: 'day' }, 'Die Unabhängigkeit des Kosovo soll am 17. Februar 2008 vom Parlament in Pristina erklärt werden.');
    const done = eventsOf('k2', { value: '2008-02-20', precision: 'day' }, 'Am 15. Februar 2008 berieten die Abgeordneten in Pristina lange über die Unabhängigkeit des Kosovo.');
    assert.equal(plan[0]?.planned, true);
    assert.equal(plan[0]?.date.value, '2008-02-15');
    assert.equal(done[0]?.date.value, '2008-02-15');
    assert.equal(mergeEvents([...plan, ...done]).length, 2);
  });

  it('sorts entries oldest first, a whole year before its months', () => {
    const events = [
      ...eventsOf('p', month('2021-01'), 'Im März 2020 schlossen die Schulen wegen der Pandemie.'),
      ...eventsOf('q', month('2021-01'), 'Das Jahr 2020 brachte große Verluste für die Wirtschaft.'),
      ...eventsOf('r', month('2021-01'), 'Am 27. Juli 1953 endeten die Kämpfe in Korea.'),
    ];
    assert.deepEqual(
      mergeEvents(events).map((e) => e.date.value),
      ['1953-07-27', '2020', '2020-03'],
    );
  });
});
