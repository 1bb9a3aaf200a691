import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGermanDate } from '../../../src/text/dates/index.ts';

describe('formatGermanDate', () => {
  it('writes each precision the way a German timeline does', () => {
    assert.equal(formatGermanDate({ value: '1953-07-27', precision: 'day' }), '27. Juli 1953');
    assert.equal(formatGermanDate({ value: '2020-07', precision: 'month' }), 'Juli 2020');
    assert.equal(formatGermanDate({ value: '2016', precision: 'year' }), '2016');
    assert.equal(formatGermanDate({ value: '199', precision: 'decade' }), 'die 1990er Jahre');
    assert.equal(formatGermanDate({ value: '2019-03-01', precision: 'day' }), '1. März 2019');
  });

  it('puts the modifier in front', () => {
    assert.equal(formatGermanDate({ value: '2019-02', precision: 'month', modifier: 'late' }), 'Ende Februar 2019');
    assert.equal(formatGermanDate({ value: '2016', precision: 'year', modifier: 'early' }), 'Anfang 2016');
    assert.equal(formatGermanDate({ value: '199', precision: 'decade', modifier: 'mid' }), 'Mitte der 1990er Jahre');
  });

  it('formats only the precision it is given', () => {
    assert.equal(formatGermanDate({ value: '2019-02-14', precision: 'month' }), 'Februar 2019');
    assert.equal(formatGermanDate({ value: '2019-02', precision: 'year' }), '2019');
  });
});
