import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCandidates } from '../../../src/text/dates/patterns/index.ts';

const spans = (text: string) => findCandidates(text).map((c) => text.slice(c.start, c.end));

describe('findCandidates', () => {
  it('keeps the longest of overlapping matches', () => {
    assert.deepEqual(spans('Das war vor 70 Jahren.'), ['vor 70 Jahren']);
    assert.deepEqual(spans('Er starb am Samstag, den 6. Februar.'), ['Samstag, den 6. Februar']);
    assert.deepEqual(spans('Ende Januar 1945 stand sie an der Oder.'), ['Ende Januar 1945']);
  });

  it('keeps shorter matches as alternatives to fall back on', () => {
    const [after] = findCandidates('Nach 77 Tagen endete die Belagerung.');
    assert.equal(after?.pattern, 'after');
    assert.deepEqual(
      after?.alternatives?.map((c) => c.pattern),
      ['duration'],
    );
  });

  it('splits day ranges and takes the month of the second day', () => {
    const text = 'Die Kämpfe am 27./28. September und zwischen dem 15. und 21. Mai.';
    const found = findCandidates(text);
    assert.deepEqual(
      found.map((c) => text.slice(c.start, c.end)),
      ['27.', '28. September', '15.', '21. Mai'],
    );
    assert.deepEqual(found[0]?.expr, { type: 'calendar', day: 27, month: 9 });
  });

  it('leaves out the preposition, as TIMEX annotators do', () => {
    assert.deepEqual(spans('Es geschah im September und am Mittwoch.'), ['September', 'Mittwoch']);
  });
});
