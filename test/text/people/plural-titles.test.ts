/**
 * A plural title before names joined by "und"/commas gives each the singular title (plural-titles.ts).
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('"die Außenminister X und Y", "die Ministerinnen X und Y", "die Abgeordneten X, Y und Z", with a modifier', () => {
  assert.deepEqual(people('Die Außenminister Heiko Maasberg und Jean-Yves Le Drian trafen sich.'), { 'Heiko Maasberg': ['Außenminister'], 'Jean-Yves Le Drian': ['Außenminister'] });
  assert.deepEqual(people('Die Ministerinnen Anna Roth und Lena Vogt kamen.'), { 'Anna Roth': ['Ministerin'], 'Lena Vogt': ['Ministerin'] });
  assert.deepEqual(people('Die Abgeordneten Anna Roth, Karl Bender und Eva Brandt stimmten dagegen.'), { 'Anna Roth': ['Abgeordnete'], 'Karl Bender': ['Abgeordneter'], 'Eva Brandt': ['Abgeordnete'] });
  const parties = people('Die Abgeordneten Karl Bender (CDU), Max Steinbichler (CSU) und Eva Brandt (alle FDP) klagten.');
  assert.deepEqual([parties['Karl Bender'], parties['Max Steinbichler'], parties['Eva Brandt']], [['Abgeordneter'], ['Abgeordneter'], ['Abgeordnete']]);
  assert.deepEqual(people('Die früheren Außenminister Heiko Maasberg und Jean-Yves Le Drian kamen.')['Jean-Yves Le Drian'], ['früherer Außenminister']);
});

test('a singular title is only the first name\'s: "Der Außenminister X und Y", "Die Außenministerin X und Y"', () => {
  assert.deepEqual(people('Der Außenminister Heiko Maasberg und Jean-Yves Le Drian trafen sich.')['Jean-Yves Le Drian'], []);
  assert.deepEqual(people('Die Außenministerin Anna Roth und Karl Bender kamen.')['Karl Bender'], []);
  assert.deepEqual(people('Die Abgeordnete Anna Roth und Karl Bender kamen.')['Karl Bender'], []);
});

test('a name after the title before an apposition comma is the title\'s holder, a complement with "von" stays', () => {
  assert.deepEqual(people('Gestern sagte der Sprecher von Angela Merkel, Steffen Seibold, nichts.')['Steffen Seibold'], ['Sprecher von Angela Merkel']);
});

test('a number before the plural, and plural person nouns: "die beiden Neu-SPD-Mitglieder X und Y", "die Studenten X und Y"', () => {
  assert.deepEqual(people('Das erklärten die beiden Neu-SPD-Mitglieder Jan Roth und Max Seidel.'), { 'Jan Roth': ['Neu-SPD-Mitglied'], 'Max Seidel': ['Neu-SPD-Mitglied'] });
  assert.deepEqual(people('Die Studenten Jan Roth und Max Seidel protestierten.'), { 'Jan Roth': ['Student'], 'Max Seidel': ['Student'] });
  // negative: a feminine singular is the first name's only
  assert.deepEqual(people('Er traf die Studentin Anna Roth und Max Seidel.'), { 'Anna Roth': ['Studentin'], 'Max Seidel': [] });
});

test('a plural title, a relative clause and examples after "wie": "Die Minister, die … zuständig sind, wie Lindner, Beckstein oder Schönbohm"', () => {
  const found = people('Wolfgang Lindner kam. Die Minister, die für den Schutz zuständig sind, wie Lindner, Beckstein oder Schönbohm, erweisen sich als Kämpfer.');
  assert.deepEqual(found, { 'Wolfgang Lindner': ['Minister'], Beckstein: ['Minister'], Schönbohm: ['Minister'] });
  // countries and nouns are no examples of persons; without the relative clause no examples are read
  assert.deepEqual(people('Die Länder, die zuständig sind, wie Frankreich oder Italien, zahlen.'), {});
  assert.deepEqual(people('Die Minister kamen, wie Beckstein oder Schönbohm, zu spät.'), {});
});

test('a possessive before the plural title, a dative plural in "-n", and the list set off by commas', () => {
  assert.deepEqual(people('Unter deren jeweiligen Vorgängern, Jacques Chiron und Toni Blaser, waren die Beziehungen schlecht.'), { 'Jacques Chiron': ['Vorgänger'], 'Toni Blaser': ['Vorgänger'] });
  assert.deepEqual(people('Die beiden Vorgänger, Jacques Chiron und Toni Blaser, trafen sich.'), { 'Jacques Chiron': ['Vorgänger'], 'Toni Blaser': ['Vorgänger'] });
  assert.deepEqual(people('Er flog mit seinen Kollegen Edwin Aldermann und Michael Colling zum Mond.'), { 'Edwin Aldermann': ['Kollege'], 'Michael Colling': ['Kollege'] });
});

test('not a singular after "seinen"/"ihren", nor a list that does not close after the comma', () => {
  // "seinen Vorgänger" is one man: the second name is somebody else
  assert.deepEqual(people('Er lobte seinen Vorgänger Jacques Chiron und Toni Blaser.')['Toni Blaser'], []);
  // "seine Minister, X und Y kamen später": the names open a clause of their own
  const open = people('Er traf seine Minister, Jacques Chiron und Toni Blaser kamen später.');
  assert.deepEqual([open['Jacques Chiron'], open['Toni Blaser']], [[], []]);
});

test('"den Vorgänger X und Y": a singular masculine title after "den" is the first name\'s only; the plural is both\'s (pfix)', () => {
  assert.deepEqual(people('Er lobte den Vorgänger Max Weber und Anna Roth.'), { 'Max Weber': ['Vorgänger'], 'Anna Roth': [] });
  assert.deepEqual(people('Er traf den Außenminister Max Weber und Anna Roth.'), { 'Max Weber': ['Außenminister'], 'Anna Roth': [] });
  // the plural, nominative or dative, is both's
  assert.deepEqual(people('Er lobte die Vorgänger Max Weber und Anna Roth.'), { 'Max Weber': ['Vorgänger'], 'Anna Roth': ['Vorgänger'] });
  assert.deepEqual(people('Er dankte den Vorgängern Max Weber und Anna Roth.'), { 'Max Weber': ['Vorgänger'], 'Anna Roth': ['Vorgänger'] });
});
