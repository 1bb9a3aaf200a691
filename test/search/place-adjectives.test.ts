import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { derivedFromPackages, derivePlaceAdjectives, placeCandidates } from '../../src/search/place-adjectives.ts';
import { placeAdjectives } from '../../src/search/places.ts';

// a word list written for the tests, in Hunspell's format: proper names inflect with a genitive -s
// only ("/Sm"), common nouns also form plurals ("Typ/EPSm"), verbs are lower case ("tragen/BDIVW"),
// "indien/Sozm" is the form a compound begins with
const dic = [
  '16',
  'Indien/Sm',
  'indien/Sozm',
  'indisch/A',
  'Typ/EPSm',
  'typisch/ACU',
  'Korea/Sm',
  'koreanisch/A',
  'Sizilien/Sm',
  'sizilianisch/A',
  'China/Sm',
  'chinesisch/A',
  'Tragen/Sm',
  'tragen/BDIVW',
  'tragisch/A',
  'Japan/Smij',
  'japanisch/A',
].join('\n');

describe('derivePlaceAdjectives: place adjectives paired with their places by rule', () => {
  it('pairs the regular formations with the proper names of the word list', () => {
    const pairs = derivePlaceAdjectives(dic, []);
    assert.deepEqual(pairs, [
      ['chinesisch', 'china'],
      ['indisch', 'indien'],
      ['koreanisch', 'korea'],
      ['sizilianisch', 'sizilien'],
    ]);
  });

  it('pairs an adjective with the bare base only for a country name', () => {
    assert.equal(
      derivePlaceAdjectives(dic, []).some(([adjective]) => adjective === 'japanisch'),
      false,
    );
    assert.deepEqual(
      derivePlaceAdjectives(dic, ['Japan']).filter(([adjective]) => adjective === 'japanisch'),
      [['japanisch', 'japan']],
    );
  });

  it('never pairs a common noun or a verb ("typisch" / Typ, "tragisch" / tragen)', () => {
    const adjectives = derivePlaceAdjectives(dic, ['Typ']).map(([adjective]) => adjective);
    assert.equal(adjectives.includes('tragisch'), false);
    // "Typ" as a country name would be a country; as a common noun of the list it is not
    assert.equal(
      derivePlaceAdjectives(dic, []).some(([adjective]) => adjective === 'typisch'),
      false,
    );
  });

  it("keeps a place's shortest adjective only", () => {
    const pairs = derivePlaceAdjectives(['3', 'Indien/Sm', 'indisch/A', 'indianisch/A'].join('\n'), []);
    assert.deepEqual(pairs, [['indisch', 'indien']]);
  });

  it('reads feminine country names without a genitive -s from the country list', () => {
    const pairs = derivePlaceAdjectives(['3', 'Türkei/m', 'türkei/ozm', 'türkisch/A'].join('\n'), ['Türkei']);
    assert.deepEqual(pairs, [['turkisch', 'turkei']]);
  });

  it('proposes the regular places of a base', () => {
    assert.ok(placeCandidates('ind').named.includes('indien'));
    assert.ok(placeCandidates('russ').named.includes('russland'));
    assert.ok(placeCandidates('korean').named.includes('korea'));
    assert.ok(placeCandidates('chines').named.includes('china'));
    assert.equal(placeCandidates('mag').named.includes('magen'), false);
  });
});

describe('place-adjectives.json', () => {
  it('is what the rules derive from dictionary-de and i18n-iso-countries', () => {
    const derived = derivedFromPackages();
    assert.ok(derived.length > 100, `only ${derived.length} pairs`);
    assert.deepEqual(placeAdjectives(), derived);
  });
});
