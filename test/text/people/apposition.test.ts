/**
 * What may open an apposition after a name before its title (apposition.ts): an adverb, a span of
 * years, an age; a possessor's genitive before the title. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('an adverb or a span of years before the title: "ebenfalls Spieler", "seit 2010 Präsident", "von 1998 bis 2005 Bürgermeister"', () => {
  assert.deepEqual(people('Georg Wallner, ebenfalls Spieler des Vereins, steht auf der Liste.')['Georg Wallner'], ['Spieler des Vereins']);
  assert.deepEqual(people('Georg Wallner, seit 2010 Präsident des Vereins, reiste nach Rom.')['Georg Wallner'], ['Präsident des Vereins']);
  assert.deepEqual(people('Georg Wallner, von 1998 bis 2005 Bürgermeister der Stadt, reiste nach Rom.')['Georg Wallner'], ['Bürgermeister der Stadt']);
  assert.deepEqual(people('Georg Wallner, ehemals Bahn-Vorstand, behauptet das.')['Georg Wallner'], ['Bahn-Vorstand']);
});

test('an age between commas before the title, a place after it: "X, 45, Lehrer aus Berlin,"', () => {
  assert.deepEqual(people('Georg Wallner, 45, Lehrer aus Berlin, sagte, er sei zufrieden.')['Georg Wallner'], ['Lehrer']);
  // an age alone is no role
  assert.deepEqual(people('Georg Wallner, 45, kam nach Rom.')['Georg Wallner'], []);
});

test('an apposition opened so must close after its title phrase', () => {
  // (the phrase runs on: no role, rather than a wrong one)
  assert.deepEqual(people('Sie traf Georg Wallner, heute Präsident des Vereins seit zehn Jahren, in Rom.')['Georg Wallner'], []);
  // (a nickname, no title)
  assert.deepEqual(people('Georg Wallner, auch Zar Kiro genannt, kam.')['Georg Wallner'], []);
  // (an oblique case: not the nominative of an apposition to a subject)
  assert.deepEqual(people('Er traf Georg Wallner, ebenfalls Präsidenten des Vereins.')['Georg Wallner'], []);
});

test('a possessor\'s genitive before the title: "X, Papiers Stellvertreter," -> "Stellvertreter Papiers"', () => {
  assert.deepEqual(people('Auch Winfried Hassemer, Papiers Stellvertreter, glaubt das.')['Winfried Hassemer'], ['Stellvertreter Papiers']);
  assert.deepEqual(people('Er sah Anna Berg, Deutschlands Botschafterin in Rom, gestern.')['Anna Berg'], ['Botschafterin Deutschlands']);
  // (a name after the title is its holder, another person)
  const found = people('Georg Wallner, Merkels Sprecher Steffen Seibert und andere kamen.');
  assert.deepEqual(found['Georg Wallner'], []);
  assert.deepEqual(found['Steffen Seibert'], ['Sprecher']);
});
