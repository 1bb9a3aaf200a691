/**
 * A singular title phrase ending the sentence before a person's first mention, which opens the next
 * sentence (preceding.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

function people(text: string): Record<string, string[]> {
  return Object.fromEntries(findPeople(text, splitSentences(text)).people.map((p) => [p.name, p.roles]));
}

test('"… eines deutschen Astronauten. Thomas Reiter sollte …", "… mit dem Vorsitzenden der Partei. X ist …"', () => {
  assert.deepEqual(people('Das betrifft den Kalender eines deutschen Astronauten. Thomas Reiter sollte ab Mai auf der Station sein.')['Thomas Reiter'], ['Astronaut']);
  assert.deepEqual(people('Sie sprach mit dem Vorsitzenden der Partei. Georg Wallner ist seit Jahren in der Politik.')['Georg Wallner'], ['Vorsitzender der Partei']);
});

test('no role from a plural, an apposition of another name, another gender, for a person named before, or after a sentence naming another person', () => {
  assert.deepEqual(people('Alle lobten die Veranstalter der Spiele. Georg Wallner war nicht dabei.')['Georg Wallner'], []);
  assert.deepEqual(people('Das sagte Karl Huber, ein Sprecher des Ministeriums. Georg Wallner widersprach.')['Georg Wallner'], []);
  assert.deepEqual(people('Sie traf eine Ministerin. Georg Wallner war nicht dabei.')['Georg Wallner'], []);
  assert.deepEqual(people('Georg Wallner kam spät. Sie traf einen Minister. Georg Wallner war nicht dabei.')['Georg Wallner'], []);
  // (another person named in the sentence of the title: the title holder may be a third person)
  assert.deepEqual(people('Anna Roth traf sich am Montag mit dem Präsidenten des Verbands. Markus Weber kritisierte das Treffen.')['Markus Weber'], []);
  // (the name does not open its sentence)
  assert.deepEqual(people('Sie traf einen Minister. Gestern kam Georg Wallner nicht.')['Georg Wallner'], []);
});

test('an office before the genitive title names nobody: "für das Amt des Bundeskanzlers. X sollte …"', () => {
  assert.deepEqual(people('Sie bezweifelte die Eignung für das Amt des Bundeskanzlers. Max Brandner sollte gewählt werden.')['Max Brandner'], []);
  assert.deepEqual(people('Er bewarb sich um den Posten eines Ministers. Max Brandner war dagegen.')['Max Brandner'], []);
});
