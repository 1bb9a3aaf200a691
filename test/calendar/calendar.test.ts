import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, isoWeekOf, isoWeekThursday, isValidPeriod, localDay, MONTH_NAMES, periodText, previousDay } from '../../src/calendar/index.ts';

describe('formatDate', () => {
  it('writes days, months and years in German and English', () => {
    assert.equal(formatDate('1953-07-27', 'day', 'de'), '27. Juli 1953');
    assert.equal(formatDate('1953-07-27', 'day', 'en'), '27 July 1953');
    assert.equal(formatDate('2020-07', 'month', 'de'), 'Juli 2020');
    assert.equal(formatDate('2019-02', 'month', 'de', 'late'), 'Ende Februar 2019');
    assert.equal(formatDate('2019-02', 'month', 'en', 'early'), 'early February 2019');
    assert.equal(formatDate('2016', 'year', 'de', 'mid'), 'Mitte 2016');
  });

  it('writes what dayjs cannot take as before: early years, impossible days', () => {
    assert.equal(formatDate('0800-07-27', 'day', 'de'), '27. Juli 800');
    assert.equal(formatDate('0800-07-27', 'day', 'en'), '27 July 0800');
    assert.equal(formatDate('2019-02-30', 'day', 'de'), '30. Februar 2019');
  });

  it('takes month names from the locales', () => {
    assert.equal(MONTH_NAMES.de[2], 'März');
    assert.equal(MONTH_NAMES.en[11], 'December');
  });
});

describe('day arithmetic', () => {
  it('finds the day before across months, leap days and years', () => {
    assert.equal(previousDay('2025-03-01'), '2025-02-28');
    assert.equal(previousDay('2024-03-01'), '2024-02-29');
    assert.equal(previousDay('2025-01-01'), '2024-12-31');
  });

  it('finds the local day of an instant in a time zone', () => {
    assert.equal(localDay(new Date('2025-03-29T22:59:59Z'), 'Europe/Berlin'), '2025-03-29');
    assert.equal(localDay(new Date('2025-03-29T23:00:00Z'), 'Europe/Berlin'), '2025-03-30');
    assert.equal(localDay(new Date('2025-07-01T03:00:00Z'), 'America/New_York'), '2025-06-30');
    assert.throws(() => localDay(new Date(), 'Mars/Olympus'), RangeError);
  });

  it('reads ISO weeks', () => {
    assert.equal(isoWeekOf('2004-12-13'), '2004-W51');
    assert.equal(isoWeekOf('2021-01-01'), '2020-W53');
    assert.equal(isoWeekOf('2008-12-29'), '2009-W01');
    assert.equal(isoWeekThursday(2008, 35), '2008-08-28');
    assert.equal(isoWeekThursday(2020, 53), '2020-12-31');
  });
});

describe('periods', () => {
  it('checks and writes periods', () => {
    assert.equal(isValidPeriod('2020-13'), false);
    assert.equal(isValidPeriod('0999'), false);
    assert.equal(isValidPeriod('2020-07'), true);
    assert.equal(periodText({ from: '2019', to: '2020' }), '2019..2020');
  });
});
