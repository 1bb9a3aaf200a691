/**
 * Pronouns ("er", "sie") resolved to the person the text last spoke of, when that is unambiguous.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/index.ts';
import { findPeople } from '../../../src/text/people/index.ts';

function holderOf(body: string, word: string, nth = 0): string | undefined {
  const people = findPeople(body, splitSentences(body)).people;
  let at = -1;
  for (let n = 0; n <= nth; n++) at = body.indexOf(word, at + 1);
  return people.find((p) => p.mentions.some((m) => m.start === at))?.name;
}

test('a pronoun after a sentence naming nobody goes to the person named before it', () => {
  const body = 'Verteidigungsminister Peter Struck besuchte am Montag die Truppe. Die Lage sei ruhig gewesen. Er lobte die Soldaten.';
  assert.equal(holderOf(body, 'Er'), 'Peter Struck');
});

test('a sentence speaking of an unnamed title holder ends the chain', () => {
  const body = 'Peter Struck besuchte am Montag die Truppe. Die Bodenoffensive wurde von einer Armeesprecherin bestätigt. Sie sagte, die Lage sei ruhig.';
  assert.equal(holderOf(body, 'Sie'), undefined);
});

test('no pronoun reaches further than three sentences back', () => {
  const body = 'Peter Struck besuchte die Truppe. Das Wetter war gut. Die Lage war ruhig. Der Tag war lang. Es regnete. Er lobte die Soldaten.';
  assert.equal(holderOf(body, 'Er'), undefined);
});

test("names and pronouns inside quotation marks are the speaker's words, not the text's", () => {
  const body = 'Teamchef Jean Todt verteidigte den Fahrer: „Schumacher ist der Meister. Wer sagt, dass er am Ende ist, irrt.“ Er glaubt an das Team.';
  assert.equal(holderOf(body, 'er am Ende'), undefined);
  assert.equal(holderOf(body, 'Er glaubt'), 'Jean Todt');
});

test('two people of the same gender last spoken of: no guess', () => {
  const body = 'Peter Struck traf Gerhard Schröder. Die Lage war ruhig. Er lobte die Soldaten.';
  assert.equal(holderOf(body, 'Er'), undefined);
});

test('a pronoun opening its sentence continues the subject before when the other man is only in a genitive or after a preposition', () => {
  const body = 'Lindqvar, der bis 1997 Staatspräsident war, ist gestorben. Er war ein Schüler des Malers Otto Brandt. Er war später Präsident des Parlaments.';
  assert.equal(holderOf(body, 'Er', 1), 'Lindqvar');
  // both subjects and objects in the accusative: left alone, as before
  assert.equal(holderOf('Hans Roth traf Karl Otto. Er war später Präsident.', 'Er'), undefined);
  // the pronoun inside the sentence: no continuation rule
  assert.equal(holderOf('Hans Roth ist ein Schüler des Malers Otto Brandt. Später war er Präsident.', 'er'), undefined);
});

test('an office one is made ("zum Staatspräsidenten") names nobody: the pronoun after it is still linked', () => {
  assert.equal(holderOf('Hans Lindqvar kam 1980 an. Nach seiner Wahl zum Staatspräsidenten 1989 wurde er zum Ajatollah ernannt.', 'er zum'), 'Hans Lindqvar');
  // an unnamed holder of a title still ends the chain
  assert.equal(holderOf('Hans Lindqvar kam 1980 an. Nach dem Besuch des Präsidenten sagte er nichts.', 'er nichts'), undefined);
});
