/**
 * The typo search's cheap bound: never more edits than the distance table gives (so no form
 * within reach is skipped), and large for forms made of other letters.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LetterCounts } from '../../src/knowledge/directory-typos.ts';
import { editDistance } from '../../src/search/typo.ts';

describe('LetterCounts', () => {
  it('bounds the edit distance from below, for swaps, substitutions, insertions and umlauts', () => {
    const pairs: Array<[string, string, number]> = [
      ['kim jong un', 'kim jong il', 2],
      ['biegun', 'beigun', 0],
      ['biegun', 'biegun', 0],
      ['merkel', 'mike pompeo', 5],
      ['moon jae in', 'moon jae-in', 1],
      ['müller', 'muller', 1],
      ['', 'kim', 2],
    ];
    for (const [key, form, bound] of pairs) {
      const atLeast = new LetterCounts(key).editsAtLeast(form);
      assert.equal(atLeast, bound, `${key} / ${form}`);
      assert.ok(atLeast <= editDistance(form, key, 20), `${key} / ${form}: ${atLeast} <= ${editDistance(form, key, 20)}`);
    }
  });

  it('never exceeds the distance on many generated pairs, and is asked again and again without drifting', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const word = () => Array.from({ length: 3 + next(8) }, () => 'abeiklmnoruü '[next(13)]).join('');
    const key = 'kim jong un';
    const letters = new LetterCounts(key);
    let tight = 0;
    for (let i = 0; i < 2000; i++) {
      const form = word();
      const [atLeast, distance] = [letters.editsAtLeast(form), editDistance(form, key, 30)];
      assert.ok(atLeast <= distance, `${form}: ${atLeast} > ${distance}`);
      if (atLeast === distance) tight++;
    }
    assert.ok(tight > 0, 'the bound is reached sometimes');
    assert.equal(letters.editsAtLeast(key), 0, 'the shared counts are back at zero after every call');
  });
});
