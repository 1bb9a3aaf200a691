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

describe('findCandidates: hours in words, the night of the new year, areas', () => {
  it('reads an hour written as a word, and the part of the day after it', () => {
    const [noon] = findCandidates('Der Zug hielt kurz nach zwölf Uhr mittags in Ulm.');
    assert.deepEqual(noon?.expr, { type: 'calendar', time: '12:00' });
    const [evening] = findCandidates('Die Feier begann um acht Uhr abends.');
    assert.deepEqual(evening?.expr, { type: 'calendar', time: '20:00' });
    assert.deepEqual(spans('Gegen drei Uhr nachts bebte die Erde.'), ['drei Uhr nachts']);
  });

  it('takes no word before "Uhren" or "Uhr" without an hour', () => {
    assert.deepEqual(spans('Er verkaufte zwei Uhren an einen Sammler.'), []);
    assert.deepEqual(spans('Die Helfer arbeiteten rund um die Uhr.'), []);
  });

  it('reads "Silvesternacht" as the night of 31 December, its year the first of a turn of the year', () => {
    const [night] = findCandidates('In der Silvesternacht 1999/2000 fiel der Strom aus.');
    assert.deepEqual([night?.start, night?.end, night?.expr], [7, 31, { type: 'calendar', month: 12, day: 31, time: 'NI', year: 1999 }]);
    const [bare] = findCandidates('In der Neujahrsnacht brannten viele Autos.');
    assert.deepEqual(bare?.expr, { type: 'calendar', month: 12, day: 31, time: 'NI' });
  });

  it('reads no year in an area ("1000 qm", "2000 Quadratmeter")', () => {
    assert.deepEqual(spans('Geplant sind 600 - 1000 qm Gastronomiefläche.'), []);
    assert.deepEqual(spans('Die Halle hat 2000 Quadratmeter.'), []);
  });
});
