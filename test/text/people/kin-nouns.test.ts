/**
 * Kinship and partner nouns (kin-nouns.ts). The words are chosen for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIN, kinOf, relativeNoun } from '../../../src/text/people/kin-nouns.ts';

test('kinOf: a kinship noun in any singular case, nothing for other nouns', () => {
  assert.equal(kinOf('Sohnes'), 'Sohn');
  assert.equal(kinOf('Neffen'), 'Neffe');
  assert.equal(kinOf('Tochter'), 'Tochter');
  assert.equal(kinOf('Minister'), undefined);
  assert.equal(KIN.Tochter, 'female');
});

test('relativeNoun: kin, a partner or the family before a genitive; not an office or a thing', () => {
  for (const word of ['Bruder', 'Sohnes', 'Frau', 'Mann', 'Familie']) assert.equal(relativeNoun(word), true, word);
  for (const word of ['Büro', 'Amt', 'Kritiker', 'Pläne']) assert.equal(relativeNoun(word), false, word);
});
