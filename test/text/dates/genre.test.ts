import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNarrative } from '../../../src/text/dates/genre.ts';
import { findCandidates } from '../../../src/text/dates/patterns/index.ts';

describe('isNarrative', () => {
  it('calls a text with many dates long before its own date a narrative', () => {
    const text = 'Im Mai 1940 fiel Paris. 1941 folgte Russland, 1942 Stalingrad, 1944 die Landung, 1945 das Ende.';
    assert.equal(isNarrative(findCandidates(text), { year: 2011, month: 2, day: 16 }), true);
  });

  it('calls a text with recent days news, even when it recalls history', () => {
    const text = 'Am Sonntag trafen sie sich, am Montag hieß es, am Samstag kam die Einladung. Der Krieg (1950-53) endete 1953.';
    assert.equal(isNarrative(findCandidates(text), { year: 2019, month: 7 }), false);
  });
});
