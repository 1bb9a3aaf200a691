import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RELATIVE_PRONOUNS } from '../../../src/text/lexicon/index.ts';

test('the forms of "der" and "welcher" that open a relative clause are relative pronouns', () => {
  for (const word of ['der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'welches', 'welchem', 'welchen']) {
    assert.ok(RELATIVE_PRONOUNS.has(word), word);
  }
});

test('articles only, other subordinating words and capitalised forms are not', () => {
  for (const word of ['des', 'ein', 'dass', 'wo', 'als', 'Der', 'Welche']) assert.equal(RELATIVE_PRONOUNS.has(word), false, word);
});
