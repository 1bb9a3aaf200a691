/**
 * Company names shaped like person names (companies.ts): a first name or unknown word followed by a
 * word that ends company names is no person, even with a title before it. The sentences and names are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { companyName } from '../../../src/text/people/companies.ts';
import { rolesByName as people } from '../../support/people-roles.ts';

test('a first name followed by a company word after a title is a company, not a person', () => {
  assert.deepEqual(people('Der Chef von Anna Motors kündigte neue Modelle an.'), {});
  assert.deepEqual(people('Chef Paula Airlines sagte nichts.'), {});
  assert.deepEqual(people('Der Sprecher der Firma Lukas Technologies schwieg.'), {});
});

test('the person named beside the company keeps a role that names the company', () => {
  assert.deepEqual(people('Der Chef von Anna Motors, Bernd Kolbe, sagte nichts.'), { 'Bernd Kolbe': ['Chef von Anna Motors'] });
  assert.deepEqual(people('Die Chefin der Lumora Group, Jana Kowalski, sagte nichts.'), { 'Jana Kowalski': ['Chefin der Lumora Group'] });
});

test('a full name that does not end in a company word is still a person', () => {
  assert.deepEqual(people('Chef Anna Morlok sagte nichts.'), { 'Anna Morlok': ['Chef'] });
});

test('companyName: the last word decides, a one-word span or a salutation before keeps a person', () => {
  const tokens = tokenize(splitSentences('Frau Maria Bank und Chef Maria Bank und Minister Bank'));
  assert.equal(tokens.length, 10);
  const span = (first: number, last: number) => ({ first, last, kind: 'full' as const, gender: 'unknown' as const, familyFirst: false, needsConfirmation: false });
  // "Frau Maria Bank": a salutation makes her a person
  assert.equal(companyName(tokens, span(1, 2)), false);
  // "Chef Maria Bank": a role title does not (it is the shape of "Chef von Tesla Motors")
  assert.equal(companyName(tokens, span(5, 6)), true);
  // "Minister Bank": a bare surname is never a company by its word alone
  assert.equal(companyName(tokens, span(9, 9)), false);
});
