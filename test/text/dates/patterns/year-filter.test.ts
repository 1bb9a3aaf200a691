import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isYearContext } from '../../../../src/text/dates/patterns/year-filter.ts';

/** Whether the first occurrence of `number` in `text` reads as a year. */
const year = (text: string, number: string) => isYearContext(text, text.indexOf(number), text.indexOf(number) + number.length);

describe('isYearContext: a singular copula before a number and a noun', () => {
  it('reads the number as a year: a count after it would take the plural verb', () => {
    assert.equal(year('Der Herzog war 1620 Statthalter von Flandern geworden.', '1620'), true);
    assert.equal(year('Sie wurde 1994 Weltmeisterin im Sprint.', '1994'), true);
  });

  it('still reads counts after a plural verb or before a unit as counts', () => {
    assert.equal(year('Es waren 1500 Besucher gekommen.', '1500'), false);
    assert.equal(year('Der Turm ist 1200 Meter vom Ufer entfernt.', '1200'), false);
    assert.equal(year('Es kamen 1370 Landungsboote.', '1370'), false);
  });
});
