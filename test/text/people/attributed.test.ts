/**
 * A title in an extended attribute before a name (attributed.ts): "Der als Roma-König bekannte X",
 * "der zum Präsidenten ernannte X". The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('"als" + title + a participle of being known or called, before the name', () => {
  assert.deepEqual(people('Der als Clan-König bekannte Georg Wallner wurde festgenommen.')['Georg Wallner'], ['Clan-König']);
  assert.deepEqual(people('Der als Anführer der Gruppe bekannte Georg Wallner schwieg.')['Georg Wallner'], ['Anführer der Gruppe']);
  assert.deepEqual(people('Die als Favoritin geltende Anna Berg gewann das Rennen.')['Anna Berg'], ['Favoritin']);
  assert.deepEqual(people('Man sah den als Geschäftsmann bekannten Georg Wallner in Rom.')['Georg Wallner'], ['Geschäftsmann']);
});

test('"zum"/"zur" + title + a participle of being made it, before the name', () => {
  assert.deepEqual(people('Der zum Präsidenten ernannte Georg Wallner reiste nach Rom.')['Georg Wallner'], ['Präsident']);
  assert.deepEqual(people('Die Partei feierte die zur Vorsitzenden gewählte Eva Roth.')['Eva Roth'], ['Vorsitzende']);
});

test('no role from other participles, other prepositions, a noun that is no person, or without the article', () => {
  // (rumoured or summoned, not stated)
  assert.deepEqual(people('Der als Nachfolger gehandelte Georg Wallner schwieg.')['Georg Wallner'], []);
  assert.deepEqual(people('Der als Zeuge geladene Georg Wallner schwieg.')['Georg Wallner'], []);
  // (a label or praise others give: what they call him, no role)
  assert.deepEqual(people('Der als Verräter bezeichnete Georg Wallner schwieg.')['Georg Wallner'], []);
  assert.deepEqual(people('Der als Held gefeierte Georg Wallner schwieg.')['Georg Wallner'], []);
  assert.deepEqual(people('Der zum Verräter erklärte Georg Wallner schwieg.')['Georg Wallner'], []);
  // (made by another: "vom Präsidenten" is the one who appointed him)
  assert.deepEqual(people('Der vom Präsidenten ernannte Georg Wallner schwieg.')['Georg Wallner'], []);
  assert.deepEqual(people('Der zum Tode verurteilte Georg Wallner schwieg.')['Georg Wallner'], []);
  // (a nationality noun is no role)
  assert.deepEqual(people('Der als Slowake bekannte Georg Wallner schwieg.')['Georg Wallner'], []);
  // (a title of another person before the attribute stays that person's)
  assert.deepEqual(people('Minister Karl Huber lobte den als Reformer bekannten Georg Wallner.')['Karl Huber'], ['Minister']);
});
