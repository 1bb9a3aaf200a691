import { test } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

test('a one-word answer after a cue and a colon is a quote of the speaker', () => {
  assert.deepEqual(direct('Auf die Frage antwortete Paul Lehmann: „Nein.“'), [['Paul Lehmann', 'Nein.']]);
  assert.deepEqual(direct('Die Reporterin fragte nach. Darauf erwiderte Jana Kowalski: „Niemals!“'), [['Jana Kowalski', 'Niemals!']]);
});

test('a one-word quote opening its sentence, with a cue after it, is a quote of the speaker', () => {
  assert.deepEqual(direct('„Warum?“, fragte Anna Roth.'), [['Anna Roth', 'Warum?']]);
  assert.deepEqual(direct('„Nein“, sagte Paul Lehmann.'), [['Paul Lehmann', 'Nein']]);
  assert.deepEqual(direct('„Vielleicht,“ sagte Paul Lehmann.'), [['Paul Lehmann', 'Vielleicht,']]);
  assert.deepEqual(direct('„Niemals!“ sagte Jana Kowalski.'), [['Jana Kowalski', 'Niemals!']]);
});

test('a scare quote inside a sentence is no quote, even with a speaker in the sentence', () => {
  assert.deepEqual(direct('Paul Lehmann kritisierte die „Reform“ scharf.'), []);
  assert.deepEqual(direct('Anna Roth sagte, die „Reform“ sei gescheitert.'), []);
});

test('a short name in marks at the start of a sentence, without a comma or its own punctuation, stays a name', () => {
  assert.deepEqual(direct('„Die Grünen“ sagten den Termin ab.'), []);
});

test('a name in marks after a colon that does not close its sentence is no utterance', () => {
  assert.deepEqual(direct('Darauf sagte Paul Lehmann: „Spiegel“ lesen viele.'), []);
});

test('a colon without a cue before it makes no short quote', () => {
  assert.deepEqual(direct('Das Motto der Gruppe: „Zukunft.“'), []);
});

test('a name in marks after a colon that follows an object of the verb is no utterance', () => {
  assert.deepEqual(direct('Paul Lehmann nannte seine Lieblingszeitung: „Spiegel“.'), []);
});

test('a scare quote after "sogenannte" is no quote, even with a cue after it', () => {
  assert.deepEqual(direct('Das seien sogenannte „Experten“, sagte Paul Lehmann.'), []);
  assert.deepEqual(direct('Das seien so genannte „Experten“, sagte Paul Lehmann.'), []);
  assert.deepEqual(direct('Das seien sog. „Experten“, sagte Paul Lehmann.'), []);
});
