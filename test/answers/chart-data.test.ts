/**
 * The charts' data in the answers: entries per month over the whole range, the main entries,
 * mentions per month; none when a chart would show one month or less.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHART_MAIN_EVENTS, mentionCounts, timelineChartData } from '../../src/answers/chart-data.ts';
import type { TimelineEntry } from '../../src/knowledge/timeline-merge.ts';

/** A merged timeline entry with `cited` citing articles. */
function entry(value: string, precision: TimelineEntry['date']['precision'], text: string, cited = 1): TimelineEntry {
  return { date: { value, precision }, text, articleIds: Array.from({ length: cited }, (_, i) => `a${i}`), reports: [], people: [] };
}

describe('timelineChartData', () => {
  it('counts entries per month over all of them, skips years and decades, names the most cited first, one per month', () => {
    const entries = [
      entry('201', 'decade', 'Die 2010er Jahre'),
      entry('2019', 'year', 'Ein Jahr der Gipfel'),
      entry('2019-02', 'month', 'Gipfel in Hanoi vorbereitet'),
      entry('2019-02-27', 'day', 'Gipfel in Hanoi endet ohne Einigung', 3),
      entry('2019-06-30', 'day', 'Treffen in Panmunjom', 2),
      entry('2019-11', 'month', 'Gespräche in Stockholm'),
    ];
    const data = timelineChartData(entries, { from: '2019', to: '2019' });
    assert.ok(data);
    assert.deepEqual(data.months, [
      { month: '2019-02', count: 2 },
      { month: '2019-06', count: 1 },
      { month: '2019-11', count: 1 },
    ]);
    assert.equal(data.skipped, 2);
    assert.deepEqual(
      data.main.map((m) => [m.date, m.weight]),
      [
        ['2019-02-27', 3],
        ['2019-06-30', 2],
        ['2019-11', 1],
      ],
    );
  });

  it('ties go to the busier month', () => {
    const data = timelineChartData([entry('2019-01', 'month', 'a'), entry('2019-05', 'month', 'b'), entry('2019-05-02', 'day', 'c')], undefined);
    assert.deepEqual(
      data?.main.map((m) => m.label),
      ['b', 'a'],
    );
  });

  it('no chart for an empty range, one month, or an axis shorter than three months', () => {
    assert.equal(timelineChartData([], { from: '2019', to: '2019' }), undefined);
    assert.equal(timelineChartData([entry('2019-03-01', 'day', 'a'), entry('2019-03-20', 'day', 'b')], { from: '2019', to: '2019' }), undefined);
    assert.equal(timelineChartData([entry('2019-03-01', 'day', 'a'), entry('2019-04-20', 'day', 'b')], { from: '2019-03', to: '2019-04' }), undefined);
    assert.equal(timelineChartData([entry('2019-03-01', 'day', 'a'), entry('2019-04-20', 'day', 'b')], undefined), undefined);
    assert.ok(timelineChartData([entry('2019-03-01', 'day', 'a'), entry('2019-04-20', 'day', 'b')], { from: '2019-03', to: '2019-05' }));
    assert.equal(timelineChartData([entry('2018', 'year', 'a'), entry('2019', 'year', 'b')], { from: '2018', to: '2019' }), undefined, 'years alone: nothing to draw');
  });

  it(`carries at most ${CHART_MAIN_EVENTS} main entries however long the range`, () => {
    const entries = Array.from({ length: 600 }, (_, i) => entry(`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 'month', `Ereignis ${i}`));
    const data = timelineChartData(entries, { from: '2000', to: '2049' });
    assert.equal(data?.months.length, 600);
    assert.equal(data?.main.length, CHART_MAIN_EVENTS);
  });
});

describe('mentionCounts', () => {
  it('counts mentions per month of the article date; a year alone is left out', () => {
    assert.deepEqual(mentionCounts(['2020-07-08', '2019-02', '2020-07-01', '2020']), [
      { month: '2019-02', count: 1 },
      { month: '2020-07', count: 2 },
    ]);
  });

  it('no chart for one month', () => {
    assert.equal(mentionCounts(['2020-07-08', '2020-07-09']), undefined);
    assert.equal(mentionCounts([]), undefined);
  });
});
