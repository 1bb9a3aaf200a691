/**
 * Two titles joined by "und"/"sowie" next to a name (coordinated.ts): both are the name's. The
 * sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

function roles(text: string): Record<string, string[]> {
  return Object.fromEntries(findPeople(text, splitSentences(text)).people.map((p) => [p.name, [...p.roles].sort()]));
}

test('two titles before a name, with an article, a preposition or the sentence start before the first', () => {
  assert.deepEqual(roles('Die Abgeordnete und Brexit-Gegnerin Jana Kolbe sprach.'), { 'Jana Kolbe': ['Abgeordnete', 'Brexit-Gegnerin'] });
  assert.deepEqual(roles('Er sprach mit der Schauspielerin und Moderatorin Lena Hauff.'), { 'Lena Hauff': ['Moderatorin', 'Schauspielerin'] });
  assert.deepEqual(roles('Schauspieler und Regisseur Karl Meier kam.'), { 'Karl Meier': ['Regisseur', 'Schauspieler'] });
  assert.deepEqual(roles('Die frühere Lordkanzlerin und bisherige Staatssekretärin Ella Crane wechselt.'), { 'Ella Crane': ['bisherige Staatssekretärin', 'frühere Lordkanzlerin'] });
});

test('no joined title when the first noun is no person noun, shows another gender or follows a noun', () => {
  assert.deepEqual(roles('Die Regierung und Außenministerin Ella Crane verhandeln.'), { 'Ella Crane': ['Außenministerin'] });
  assert.deepEqual(roles('Der Minister und Kanzlerin Ella Crane reisten ab.'), { 'Ella Crane': ['Kanzlerin'] });
  // "Merkel und Außenminister Steinmeier": a name before "und" is another person
  const found = roles('Kanzlerin Angela Merkel und Außenminister Frank Steinmeier reisten.');
  assert.deepEqual(found['Frank Steinmeier'], ['Außenminister']);
  assert.deepEqual(found['Angela Merkel'], ['Kanzlerin']);
});

test('two titles in an apposition after a name or a bare surname, closed by a comma', () => {
  assert.deepEqual(roles('Der Richter sagte zu Thomas Mair, der arbeitslose Gärtner und Rechtsextremist, er sei schuldig.')['Thomas Mair'], ['Rechtsextremist', 'arbeitsloser Gärtner']);
  const later = roles('Thomas Mair stand vor Gericht. Der Richter sagte zu Mair, der Gärtner und Rechtsextremist, er sei schuldig.');
  assert.deepEqual(later['Thomas Mair'], ['Gärtner', 'Rechtsextremist']);
  assert.deepEqual(roles('Karl Brand, Präsident der Universität und derzeitiger Vorsitzender der Konferenz, sagte ab.')['Karl Brand'], ['Präsident der Universität', 'derzeitiger Vorsitzender der Konferenz']);
});

test('no joined title after an apposition that does not close, nor across an article', () => {
  // (what "der Gärtner" alone gives is roles.ts's; no "Nachbar" is joined to it)
  assert.ok(!roles('Thomas Mair, der Gärtner und Nachbarn kannte, schwieg.')['Thomas Mair']!.some((r) => r.startsWith('Nachbar')));
  assert.deepEqual(roles('Karl Brand, der Präsident und die Kanzlerin, schwiegen.')['Karl Brand'], ['Präsident']);
});
