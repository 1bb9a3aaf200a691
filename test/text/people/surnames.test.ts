/**
 * Which nouns may be family names (surnames.ts). The words are chosen for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentSurname, isNounSurname, nounPlural } from '../../../src/text/people/surnames.ts';

test('nounPlural: a plural of a listed noun, not a name nor a singular (roles8)', () => {
  assert.equal(nounPlural('Probleme'), true);
  assert.equal(nounPlural('Kinder'), true);
  assert.equal(nounPlural('Riggs'), false);
  assert.equal(nounPlural('Márquez'), false);
  assert.equal(nounPlural('Problem'), false);
});

test('agentSurname: a doer\'s noun in "-er" that is no plural; isNounSurname: a frequent family name', () => {
  assert.equal(agentSurname('Reiter'), true);
  assert.equal(agentSurname('Kinder'), false);
  assert.equal(agentSurname('Sport'), false);
  assert.equal(isNounSurname('Fischer'), true);
  assert.equal(isNounSurname('Sport'), false);
});
