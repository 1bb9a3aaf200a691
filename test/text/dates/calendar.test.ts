import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, calValue, daysBetween, isoWeekValue, monthsBetween, parseCal, weekdayOf } from '../../../src/text/dates/calendar.ts';

describe('calendar arithmetic', () => {
  it('formats and parses TIMEX values', () => {
    assert.equal(calValue({ year: 1953, month: 7, day: 27 }), '1953-07-27');
    assert.equal(calValue({ year: 408 }), '0408');
    assert.equal(calValue({ year: 490, bc: true }), 'BC0490');
    assert.deepEqual(parseCal('2019-03'), { year: 2019, month: 3 });
    assert.equal(parseCal('Juli'), undefined);
  });

  it('moves across month, year and leap-day boundaries', () => {
    assert.deepEqual(addDays({ year: 2020, month: 3, day: 1 }, -1), { year: 2020, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2019, month: 12, day: 31 }, 1), { year: 2020, month: 1, day: 1 });
    assert.deepEqual(addMonths({ year: 2019, month: 11 }, 3), { year: 2020, month: 2 });
    assert.deepEqual(addMonths({ year: 2, month: 1 }, -30), { year: 2, bc: true, month: 7 });
    assert.equal(monthsBetween({ year: 2019, month: 3 }, { year: 2018, month: 9 }), -6);
  });

  it('knows weekdays and ISO weeks, also around new year', () => {
    assert.equal(weekdayOf({ year: 2020, month: 7, day: 8 }), 3);
    assert.equal(isoWeekValue({ year: 2004, month: 12, day: 13 }), '2004-W51');
    assert.equal(isoWeekValue({ year: 2021, month: 1, day: 1 }), '2020-W53');
    assert.equal(isoWeekValue({ year: 2019, month: 12, day: 30 }), '2020-W01');
  });
});

describe('daysBetween', () => {
  it('counts days across months and is negative backwards', () => {
    assert.equal(daysBetween({ year: 2007, month: 6, day: 18 }, { year: 2007, month: 6, day: 25 }), 7);
    assert.equal(daysBetween({ year: 2008, month: 2, day: 28 }, { year: 2008, month: 3, day: 1 }), 2);
    assert.equal(daysBetween({ year: 2008, month: 3, day: 1 }, { year: 2008, month: 2, day: 28 }), -2);
  });
});
