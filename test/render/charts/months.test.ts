/**
 * Dates as the charts count them: valid months and days only, anything else skipped.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countBins, monthIndex, monthKey, monthStartUtc, parseBound, parseMonth } from '../../../src/render/charts/months.ts';

describe('parseMonth', () => {
  it('reads YYYY-MM and YYYY-MM-DD', () => {
    assert.equal(parseMonth('2019-02'), monthIndex(2019, 2));
    assert.equal(parseMonth('2019-02-28'), monthIndex(2019, 2));
    assert.equal(parseMonth(' 2020-02-29 '), monthIndex(2020, 2));
    assert.equal(monthKey(parseMonth('1953-07-27')!), '1953-07');
  });

  it('skips what is not a valid month or day', () => {
    for (const bad of ['', '2019', '199', 'BC0490', '2019-13', '2019-00', '2019-02-30', '2019-02-29', '1900-02-29', '2019-04-31', '2019-2-1', '27.02.2019', 'Februar 2019', '0000-01', '2019-02-28T10:00']) {
      assert.equal(parseMonth(bad), undefined, bad);
    }
    for (const bad of [undefined, null, 2019, {}, ['2019-02']]) assert.equal(parseMonth(bad), undefined);
  });
});

describe('parseBound', () => {
  it('reads a year as its first or last month', () => {
    assert.equal(parseBound('2020', 'start'), monthIndex(2020, 1));
    assert.equal(parseBound('2020', 'end'), monthIndex(2020, 12));
    assert.equal(parseBound('2020-06-15', 'end'), monthIndex(2020, 6));
    assert.equal(parseBound(undefined, 'start'), undefined);
  });
});

describe('countBins', () => {
  it('counts per month or per year, oldest first, empty bins left out', () => {
    const items = [monthIndex(2020, 3), monthIndex(2019, 2), monthIndex(2019, 2), monthIndex(2019, 11)].map((month) => ({ month, count: 1 }));
    assert.deepEqual(
      countBins(items, 'month').map((b) => [monthKey(b.month), b.count]),
      [
        ['2019-02', 2],
        ['2019-11', 1],
        ['2020-03', 1],
      ],
    );
    assert.deepEqual(
      countBins(items, 'year').map((b) => [monthKey(b.month), b.count]),
      [
        ['2019-01', 3],
        ['2020-01', 1],
      ],
    );
  });
});

describe('monthStartUtc', () => {
  it('is midnight UTC on the first of the month, also for years before 100', () => {
    assert.equal(monthStartUtc(monthIndex(2019, 2)), Date.UTC(2019, 1, 1));
    assert.equal(new Date(monthStartUtc(monthIndex(50, 1))).getUTCFullYear(), 50);
  });
});
