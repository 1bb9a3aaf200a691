/**
 * Roles a clause ending in a copula states (relative.ts): after a subordinating conjunction the name
 * opens ("Seit Ackermann 2002 Vorstandsvorsitzender … wurde"), and "wurde" as the copula.
 * The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('a subordinate clause the name opens, ending in "wurde" or "ist"', () => {
  const found = people('Konzernchef Bernd Lamm fehlte. Seit Lamm 2002 Vorstandsvorsitzender der Deutschen Bank wurde, fiel der Kurs.');
  assert.deepEqual(found['Bernd Lamm'], ['Konzernchef', 'Vorstandsvorsitzender der Deutschen Bank']);
  assert.deepEqual(people('Karl Bender sagte, dass Anna Roth seit Mai Präsidentin ist.')['Anna Roth'], ['Präsidentin']);
  assert.deepEqual(people('Erik Sommer, der 2004 Vorsitzender des Vereins wurde, trat zurück.')['Erik Sommer'], ['Vorsitzender des Vereins']);
});

test('no role when the clause does not end in a copula, the noun is governed, or the name is not right after the conjunction', () => {
  assert.deepEqual(people('Als Anna Roth den Präsidenten traf, war er krank.')['Anna Roth'], []);
  assert.deepEqual(people('Weil Anna Roth mit dem Präsidenten befreundet ist, kam sie.')['Anna Roth'], []);
  assert.deepEqual(people('Seit gestern Anna Roth Präsidentin wurde, lacht sie.')['Anna Roth'], []);
});

test('an adjectival title after a genitive name in the clause: "X, der Brandauers Vorgesetzter war,"', () => {
  const found = people('Im Bild stehen Otto Brandauer und Erik Sommer, der Brandauers Vorgesetzter war, vor dem Haus.');
  assert.deepEqual(found['Erik Sommer'], ['Vorgesetzter']);
  assert.deepEqual(found['Otto Brandauer'], []);
});

test('a number ends a phrase a preposition governs: "der von 1989 bis 1997 Präsident des Vereins war"', () => {
  assert.deepEqual(people('Hans Lindner, der von 1989 bis 1997 Präsident des Vereins war, ist gestorben.')['Hans Lindner'], ['Präsident des Vereins']);
  // a noun the preposition governs is still no role
  assert.deepEqual(people('Hans Lindner, der mit dem Präsidenten befreundet war, ist gestorben.')['Hans Lindner'], []);
});
