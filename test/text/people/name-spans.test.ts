/**
 * Name spans (name-spans.ts): a regnal number after a one-word name belongs to it. The sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasesAndRolesByName as people } from '../../support/people-roles.ts';

test('a Roman number and its full stop after a one-word name are part of it: "Königin Margarethe II."', () => {
  assert.deepEqual(people('Das Treffen fand bei Königin Margarethe II. statt.'), { 'Margarethe II.': { aliases: [], roles: ['Königin'] } });
  // the bare given name is a later mention of the same person, not the number
  assert.deepEqual(people('Papst Gregor XVII. besuchte Köln. Gregor sprach lange.'), { 'Gregor XVII.': { aliases: ['Gregor'], roles: ['Papst'] } });
});

test('no regnal number: a letter without a full stop, or after a full name', () => {
  assert.deepEqual(Object.keys(people('Königin Margarethe kam.')), ['Margarethe']);
  assert.deepEqual(Object.keys(people('Der Minister Karl Otto X sprach.')), ['Karl Otto']);
});
