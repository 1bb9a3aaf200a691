/**
 * Name shapes (names.ts): where a first name + surname ends. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('a noun in its plural after a name ends the name: "der Pilot Charles Riggs Probleme" (roles8)', () => {
  assert.deepEqual(people('Kurz nach dem Start bekam der Pilot Charles Riggs Probleme.'), { 'Charles Riggs': ['Pilot'] });
  assert.deepEqual(Object.keys(people('Danach machte Thomas Weber Schwierigkeiten.')), ['Thomas Weber']);
});

test('a middle first name before a surname stays in the name, and a surname that is no plural is kept', () => {
  assert.deepEqual(Object.keys(people('Gestern sprach Hans Peter Müller in Berlin.')), ['Hans Peter Müller']);
  assert.deepEqual(Object.keys(people('Gestern sprach Gabriel García Márquez in Berlin.')), ['Gabriel García Márquez']);
});
