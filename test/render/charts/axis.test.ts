/**
 * Axis ticks: months under the bars for short spans, years for long ones, whole counts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countTicks, timeTicks } from '../../../src/render/charts/axis.ts';
import { monthIndex } from '../../../src/render/charts/months.ts';

const month = (utc: number) => new Date(utc).toISOString().slice(0, 7);

describe('timeTicks', () => {
  it('puts month ticks under the bars, on calendar quarters when there are many', () => {
    const short = timeTicks(monthIndex(2019, 3), monthIndex(2019, 8), 'month', 9);
    assert.deepEqual(short.values.map(month), ['2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08']);
    assert.equal(short.format, '%b %Y');
    assert.deepEqual(timeTicks(monthIndex(2019, 1), monthIndex(2020, 12), 'month', 9).values.map(month), ['2019-01', '2019-04', '2019-07', '2019-10', '2020-01', '2020-04', '2020-07', '2020-10']);
  });

  it('labels years for long spans', () => {
    const long = timeTicks(monthIndex(2010, 1), monthIndex(2019, 12), 'month', 9);
    assert.equal(long.format, '%Y');
    assert.deepEqual(
      long.values.map((v) => new Date(v).toISOString().slice(0, 10)),
      ['2010-01-01', '2012-01-01', '2014-01-01', '2016-01-01', '2018-01-01'],
    );
    const years = timeTicks(monthIndex(1950, 1), monthIndex(2020, 1), 'year', 9);
    assert.deepEqual(
      years.values.map((v) => new Date(v).getUTCFullYear()),
      [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020],
    );
  });
});

describe('countTicks', () => {
  it('gives whole numbers on 1, 2, 5 steps', () => {
    assert.deepEqual(countTicks(1, 4), [0, 1]);
    assert.deepEqual(countTicks(4, 4), [0, 1, 2, 3, 4]);
    assert.deepEqual(countTicks(12, 4), [0, 5, 10]);
    assert.deepEqual(countTicks(189, 3), [0, 50, 100, 150]);
    assert.deepEqual(countTicks(2500, 4), [0, 1000, 2000]);
  });
});
