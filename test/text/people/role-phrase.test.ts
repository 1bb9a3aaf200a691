/**
 * The modifiers kept with a title (role-phrase.ts MODIFIERS). Words written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODIFIERS } from '../../../src/text/people/role-phrase.ts';

test('nationality adjectives are modifiers, in "-isch" and "deutsch" with its compounds', () => {
  for (const w of ['französische', 'russischen', 'deutsche', 'deutschen', 'ostdeutscher', 'Deutsche', 'frühere']) assert.ok(MODIFIERS.test(w), w);
});

test('other adjectives and words ending in "-sch" are not', () => {
  for (const w of ['zwischen', 'falsche', 'rasch', 'deutlich', 'arbeitslose']) assert.ok(!MODIFIERS.test(w), w);
});
