/**
 * Lists of names written "Surname, First name" (inverted.ts). The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

const names = (text: string) => findPeople(text, splitSentences(text)).people.map((p) => p.name);

test('a results list: each "Surname, First name" is a person shown "First name Surname", a particle kept', () => {
  const text = 'Sieger wurde Moureaux, Cedric, 2. Felsbach, Marcus und 3. van Dorsten, Jordi.';
  assert.deepEqual(names(text), ['Cedric Moureaux', 'Marcus Felsbach', 'Jordi van Dorsten']);
});

test('a later bare surname joins the person of the list', () => {
  const text = 'Es siegten Moureaux, Cedric und Felsbach, Marcus. Moureaux jubelte.';
  const people = findPeople(text, splitSentences(text)).people;
  assert.deepEqual(people.find((p) => p.name === 'Cedric Moureaux')?.aliases, ['Moureaux']);
});

test('no person from one pair alone, nor from a list of places', () => {
  assert.deepEqual(names('Der Sieger hieß Moureaux, Cedric fuhr als Zweiter.'), []);
  assert.deepEqual(names('Er reiste nach Wien, Paris und Rom.'), []);
});
