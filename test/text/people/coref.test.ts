/**
 * Later mentions by surname (coref.ts): an apposition after a bare surname is the person's role. The
 * sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';
import { rolesByName as roles } from '../../support/people-roles.ts';

test('an apposition after a bare surname, past an age in brackets: "Roth (30), Doktorand der Physik,"', () => {
  assert.deepEqual(roles('Die Gründer sind Jan Roth und Eva Seidel. Roth (30), Doktorand der Physik, leitet den Verein.')['Jan Roth'], ['Doktorand der Physik']);
});

test('no apposition when the phrase after the comma runs on: "schafft es Seidel, die Zuschauer zu fesseln"', () => {
  assert.deepEqual(roles('Eva Seidel liest vor. Mit ihrer Stimme schafft es Seidel, die Zuschauer zu fesseln.')['Eva Seidel'], []);
});

function aliases(text: string): Record<string, string[]> {
  return Object.fromEntries(findPeople(text, splitSentences(text)).people.map((p) => [p.name, p.aliases]));
}

test('a surname read as a compound ("-berg") after a relative pronoun is the person: ", die Roßfeld nannte"', () => {
  assert.deepEqual(aliases('Bürgermeister Ingo Roßfeld sprach. Die Lösung, die Roßfeld nannte, gefiel nicht.'), { 'Ingo Roßfeld': ['Roßfeld'] });
  // negative: a noun of the lexicon after the article stays the noun ("der Koch")
  assert.deepEqual(aliases('Robert Koch kam. Das Essen, das der Koch brachte, war kalt.'), { 'Robert Koch': [] });
});

test('a title referring back fits a person of the same office: "der Präsident" any, "der Parlamentspräsident" not the Kommissionspräsident', () => {
  const text = 'Nun müsste der Parlamentspräsident das Amt übernehmen. Der Kommissionspräsident der Union, Omar Keita, nannte dies einen Putsch. Der Parlamentspräsident war nicht im Land.';
  assert.deepEqual(roles(text)['Omar Keita'], ['Kommissionspräsident der Union']);
  // the bare head still refers back
  assert.deepEqual(roles('Der Kommissionspräsident der Union, Omar Keita, kam. Der Präsident sagte nichts.')['Omar Keita'], ['Kommissionspräsident der Union', 'Präsident']);
  // and a more specific compound of a bare title: "Minister X … der Außenminister"
  assert.deepEqual(roles('Minister Karl Bender kam. Der Außenminister sagte nichts.')['Karl Bender'], ['Minister', 'Außenminister']);
});

test('an apposition after a bare surname with adjectives before a person noun: "Broome, der vierfache Gewinner der Rundfahrt,"', () => {
  assert.deepEqual(roles('Chris Broome stürzte. Broome, der vierfache Gewinner der Rundfahrt, fuhr weiter.')['Chris Broome'], ['vierfacher Gewinner der Rundfahrt']);
  // a relative clause with an object is no apposition
  assert.deepEqual(roles('Chris Broome kam. Broome, der den ehemaligen Chef kannte, ging.')['Chris Broome'], []);
});

test('a description in the next sentence past plain adjectives: "Die 57-jährige Künstlerin war …", "Der grüne Staatssekretär sagte"', () => {
  assert.deepEqual(roles('Unter den Gästen war Bettina Vogl. Die 57-jährige Künstlerin war mit einem Arzt verheiratet.')['Bettina Vogl'], ['Künstlerin']);
  assert.deepEqual(roles('Staatssekretär Lars Kemmer forderte mehr Geld. Der grüne Staatssekretär sagte, das sei nötig.')['Lars Kemmer'], ['Staatssekretär']);
  // negatives: an age noun is no role; a description of another's ("von" + a name) is not the one named
  assert.deepEqual(roles('Gestern starb Bettina Vogl. Die 57-Jährige war krank.')['Bettina Vogl'], []);
  assert.deepEqual(roles('Laut Karl Brand wurde der persönliche Sprecher von Pavel Milko festgenommen.')['Karl Brand'], []);
});

test('a feminine person noun refers back ("die Parlamentarierin"), a masculine one does not ("der Kritiker" may be a genitive plural)', () => {
  const cox = roles(
    'Im Mordfall um die Abgeordnete Jana Kolbe fiel das Urteil. Die Jury befand Tom Merz schuldig, die Labour-Politikerin im Wahlkreis ermordet zu haben. Zeugen sahen, wie Merz die Parlamentarierin angriff.',
  );
  assert.deepEqual([...cox['Jana Kolbe']!].sort(), ['Abgeordnete', 'Labour-Politikerin', 'Parlamentarierin']);
  assert.deepEqual(cox['Tom Merz'], []);
  assert.deepEqual(roles('Trainer Kurt Brenner schwieg. Er teilt den Verdacht der Kritiker.')['Kurt Brenner'], ['Trainer']);
  // two women named: no description is linked
  assert.deepEqual(roles('Anna Roth traf Eva Seidel. Die Parlamentarierin sprach.'), { 'Anna Roth': [], 'Eva Seidel': [] });
});

test("a person noun right before a later bare surname is the person's role, past adjectives and quotes", () => {
  assert.deepEqual(roles('Jan Brodbeck sprach zuerst. Vorgetragen durch den spröden, „strengen“ Justizbeamten Brodbeck, klang es milde.')['Jan Brodbeck'], ['Justizbeamter']);
  assert.deepEqual(roles('Eva Seidel kam spät. Die Ärzte lobten die erfahrene Chirurgin Seidel.')['Eva Seidel'], ['Chirurgin']);
});

test('no role before a bare surname across a comma, before its genitive, or from a nationality noun', () => {
  // (the comma ends the object: "den Präsidenten" is another man)
  assert.deepEqual(roles('Jan Brodbeck wartete. Er traf den Präsidenten, Brodbeck blieb zu Hause.')['Jan Brodbeck'], []);
  // (followers of Brodbeck, not his role)
  assert.deepEqual(roles('Jan Brodbeck wartete. Die Anhänger Brodbecks jubelten.')['Jan Brodbeck'], []);
  assert.deepEqual(roles('Jan Brodbeck wartete. Dann kam der Slowake Brodbeck.')['Jan Brodbeck'], []);
});
