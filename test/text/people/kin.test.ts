/**
 * A first name alone after a possessive and a kinship noun, and the kinship role for the owner the
 * possessive refers to (kin.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('"seinen Sohn Paolo", "seine Tochter Maria": persons by first name, roles for the subject "Er" stands for', () => {
  const found = people('Carlo Bellini kam im April frei. Er hatte seinen Sohn Paolo beauftragt, seine Tochter Maria zu verstecken. Maria lebt heute in Rom.');
  assert.deepEqual(found.Paolo, ['Sohn von Carlo Bellini']);
  assert.deepEqual(found.Maria, ['Tochter von Carlo Bellini']);
  assert.deepEqual(found['Carlo Bellini'], []);
});

test('"ihrer Tochter Lisa": a woman owns it; the one person of fitting gender named before', () => {
  const found = people('Anna Weber kam mit ihrer Tochter Lisa und mit Peter Brandt. Er sprach mit seiner Schwester Sophie.');
  assert.deepEqual(found.Lisa, ['Tochter von Anna Weber']);
  assert.deepEqual(found.Sophie, ['Schwester von Peter Brandt']);
});

test('no person without a possessive before the kinship noun, nor when a capitalised word follows the first name', () => {
  assert.deepEqual(Object.keys(people('Die Tochter Maria kam.')), []);
  assert.deepEqual(Object.keys(people('Seine Tochter Rosa Luxemburg kam.')), []);
  assert.deepEqual(Object.keys(people('Er hatte seinen Sohn beauftragt.')), []);
});

test('no kinship role when the owner is not clear: two men named before, none at the start of the sentence', () => {
  const found = people('Gestern trafen Karl Bender und Tom Wagner seinen Sohn Paolo.');
  assert.deepEqual(found.Paolo, []);
});

test('"dessen Bruder Andrea": the nearest person before owns it', () => {
  const found = people('Bestraft werden Klubchef Claudio Lotrini, Vereinsboss Diego Valdano und dessen Bruder Andrea.');
  assert.deepEqual(found.Andrea, ['Bruder von Diego Valdano']);
});
