import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hintTerms, reportedPeriods } from '../../src/search/periods.ts';

describe('periods as index terms', () => {
  it('indexes the year and month of every resolved date mention, counted', () => {
    const mentions = [
      { value: '1930-08-05', kind: 'date' },
      { value: '1930', kind: 'date' },
      { value: '1940-SU', kind: 'date' },
      { value: 'P3Y', kind: 'duration' },
      { value: '199', kind: 'date' },
      { value: 'PRESENT_REF', kind: 'ref' },
    ];
    assert.deepEqual(
      [...reportedPeriods(mentions)],
      [
        ['@1930', 2],
        ['@1930-08', 1],
        ['@1940', 1],
      ],
    );
  });

  it('looks a hint up by its years, or by its months when it names months', () => {
    assert.deepEqual(hintTerms({ from: '2019', to: '2020' }), ['@2019', '@2020']);
    assert.deepEqual(hintTerms({ from: '2019-11', to: '2020-01' }), ['@2019-11', '@2019-12', '@2020-01']);
    assert.deepEqual(hintTerms({ from: '2015-01', to: '2015-01' }), ['@2015-01']);
  });

  it('bounds a very wide range', () => {
    assert.equal(hintTerms({ from: '1800', to: '2199' }).length, 40);
  });
});
