/**
 * A successor's title in his own gender (successor.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as roles } from '../../support/people-roles.ts';

test('"X löste Y als Trainerin ab": the successor gets the office in his own gender, the predecessor keeps her form', () => {
  assert.deepEqual(roles('Markus Weber löste Anna Roth als Trainerin ab.'), { 'Markus Weber': ['Trainer'], 'Anna Roth': ['Trainerin'] });
  assert.deepEqual(roles('Anna Roth beerbte Markus Weber als Präsident.'), { 'Anna Roth': ['Präsidentin'], 'Markus Weber': ['Präsident'] });
  // an adjectival title follows the successor's gender
  assert.deepEqual(roles('Markus Weber löste Anna Roth als Vorsitzende ab.')['Markus Weber'], ['Vorsitzender']);
  // the same gender: the form stays
  assert.deepEqual(roles('Georg Wallner löste Karl Huber als Präsident ab.')['Georg Wallner'], ['Präsident']);
});

test("no title for the successor when his form is missing, or his gender unknown and the form the predecessor's", () => {
  // the lexicon has no masculine form made by dropping "-in" from "Ärztin"
  assert.deepEqual(roles('Markus Weber löste Anna Roth als Ärztin ab.')['Markus Weber'], []);
  // Okafor's gender is unknown and "Trainerin" is Roth's form
  assert.deepEqual(roles('Dr. Okafor löste Anna Roth als Trainerin ab.')['Okafor'], []);
  // a form that is not the predecessor's is the successor's
  assert.deepEqual(roles('Dr. Okafor löste Karl Huber als Trainerin ab.')['Okafor'], ['Trainerin']);
});
