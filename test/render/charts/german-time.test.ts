/**
 * German months for axes, titles and alt texts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binPhrase, formatMonth, GERMAN_TIME_LOCALE, periodPhrase, SHORT_MONTHS } from '../../../src/render/charts/german-time.ts';
import { monthIndex } from '../../../src/render/charts/months.ts';

describe('German months', () => {
  it('formats months long and short', () => {
    assert.equal(formatMonth(monthIndex(2019, 3)), 'März 2019');
    assert.equal(formatMonth(monthIndex(2020, 7), 'short'), 'Juli 2020');
    assert.equal(formatMonth(monthIndex(2019, 9), 'short'), 'Sept 2019');
    assert.deepEqual([...SHORT_MONTHS], ['Jan', 'Feb', 'März', 'Apr', 'Mai', 'Juni', 'Juli', 'Aug', 'Sept', 'Okt', 'Nov', 'Dez']);
    assert.equal(GERMAN_TIME_LOCALE.months[2], 'März');
  });

  it('writes periods as a journalist would', () => {
    assert.equal(periodPhrase(monthIndex(2019, 3), monthIndex(2020, 7)), 'von März 2019 bis Juli 2020');
    assert.equal(periodPhrase(monthIndex(2020, 1), monthIndex(2020, 12)), 'im Jahr 2020');
    assert.equal(periodPhrase(monthIndex(1950, 1), monthIndex(2020, 12)), 'von 1950 bis 2020');
    assert.equal(binPhrase(monthIndex(2019, 2), 'month'), 'im Februar 2019');
    assert.equal(binPhrase(monthIndex(2019, 1), 'year'), 'im Jahr 2019');
  });
});
