import { test } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

test('names in marks that the sentence goes on after with "und" or a verb are no quotes, even after a colon', () => {
  assert.deepEqual(direct('Paul Lehmann empfahl: „Spiegel“ und „Stern“ lesen.'), []);
  assert.deepEqual(direct('Paul Lehmann erklärte: „Europa“ sei stark.'), []);
  assert.deepEqual(direct('Jana Kowalski schrieb: „Neue Zeit“ erscheint wieder.'), []);
});

test('a name in marks is not attributed to the person of the sentence', () => {
  const speakers = direct('Anna Roth sagte: „Bild“ oder „Welt“ berichten morgen.').map(([speaker]) => speaker);
  assert.equal(speakers.includes('Anna Roth'), false);
});

test('short answers that close their sentence stay quotes of their speaker', () => {
  assert.deepEqual(direct('Darauf antwortete Paul Lehmann: „Nein.“'), [['Paul Lehmann', 'Nein.']]);
  assert.deepEqual(direct('„Warum?“, fragte Anna Roth.'), [['Anna Roth', 'Warum?']]);
  assert.deepEqual(direct('„Nie“, sagte Jana Kowalski.'), [['Jana Kowalski', 'Nie']]);
});

test('longer words in marks that the sentence goes on after stay quotes', () => {
  assert.deepEqual(direct('Paul Lehmann sagte: „Wir kommen wieder“ und ging.'), [['Paul Lehmann', 'Wir kommen wieder']]);
  assert.deepEqual(direct('Paul Lehmann erklärte: „Europa ist stark.“'), [['Paul Lehmann', 'Europa ist stark.']]);
});

test('a word quoted after "als" or an indefinite article stays the speaker\'s word', () => {
  assert.deepEqual(direct('Paul Lehmann bezeichnete den Plan als „Wortbruch“ und ging.'), [['Paul Lehmann', 'Wortbruch']]);
});
