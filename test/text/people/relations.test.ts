/**
 * Kinship roles naming the other person (issue 13), on sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

const rolesOf = (text: string, name: string) => findPeople(text, splitSentences(text)).people.find((p) => p.name === name)?.roles;

test('an apposition of kinship names the other person, two of them joined by "und"', () => {
  const text = 'Claudia Berger, Tochter von Finanzminister Walter Hofmann und Ehefrau des Generalsekretärs Thomas Berger, wird Chefin.';
  assert.deepEqual(rolesOf(text, 'Claudia Berger'), ['Tochter von Walter Hofmann', 'Ehefrau von Thomas Berger']);
});

test('a genitive owner before the kinship noun: "Trumps Tochter Ivanka Trump"', () => {
  assert.deepEqual(rolesOf('Donald Trump reiste ab. Trumps Tochter Ivanka Trump kam mit.', 'Ivanka Trump'), ['Tochter von Donald Trump']);
});

test('a relation to a title when no name follows: "Schwester des Machthabers"', () => {
  assert.deepEqual(rolesOf('Kim Yo Jong, Schwester des Machthabers, sprach.', 'Kim Yo Jong'), ['Schwester des Machthabers']);
});

test('no kinship role without the relation: "Tochter" alone, or a person related to themself', () => {
  assert.deepEqual(rolesOf('Claudia Berger, Tochter eines Bauern, wird Chefin.', 'Claudia Berger'), []);
  assert.deepEqual(rolesOf('Thomas Bergers Sohn Thomas Berger kam.', 'Thomas Berger'), []);
});

test('a kinship noun with its article after a comma or a copula: "X, der Sohn von Y,", "X ist ein Sohn des Malers Y"', () => {
  const of = (text: string, name: string) => findPeople(text, splitSentences(text)).people.find((p) => p.name === name)?.roles ?? [];
  assert.deepEqual(of('Karl Brand ist der Sohn von Peter Lang.', 'Karl Brand'), ['Sohn von Peter Lang']);
  assert.deepEqual(of('Karl Brand, der Sohn von Peter Lang, sprach.', 'Karl Brand'), ['Sohn von Peter Lang']);
  assert.deepEqual(of('Karl Brand ist ein Sohn des Malers Peter Lang.', 'Karl Brand'), ['Sohn von Peter Lang']);
  assert.deepEqual(of('Anna Roth, die Tochter des Ministers, sprach.', 'Anna Roth'), ['Tochter des Ministers']);
  // negatives: a kinship noun as a subject of its own, and one with no person or body after it
  assert.deepEqual(of('Anna Roth traf Karl Brand, der Sohn sprach.', 'Karl Brand'), []);
  assert.deepEqual(of('Anna Roth ist die Mutter von drei Kindern.', 'Anna Roth'), []);
  // the relation is not the named person's own: "Peter Lang" gets none
  assert.deepEqual(of('Karl Brand ist der Sohn von Peter Lang.', 'Peter Lang'), []);
});

test('a word named like an Object property is no kinship noun: "X, constructor und Ehefrau des Y" gives X nothing', () => {
  const text = 'Claudia Berger, constructor und Ehefrau des Generalsekretärs Thomas Berger, wird Chefin.';
  assert.deepEqual(rolesOf(text, 'Claudia Berger') ?? [], []);
});
