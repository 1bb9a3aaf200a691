/**
 * Organisations and descriptions speak too: such a quote gets a `source`, never a person.
 * Cited names in quotation marks (titles of papers, prizes, slogans) are nobody's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, sourced } from '../../support/quotes.ts';

test('a spokesman after the cue: the description is the source', () => {
  const text = 'Außenminister Frank Steinmeier reiste nach Kairo. „Wir sind besorgt“, sagte ein Sprecher des Auswärtigen Amts.';
  assert.deepEqual(sourced(text), [[null, 'ein Sprecher des Auswärtigen Amts', 'Wir sind besorgt']]);
});

test('an organisation opening the sentence before a colon quote', () => {
  const text = 'Angela Merkel war in Berlin. Die Friedrich-Ebert-Stiftung teilte mit: „Die Lage ist ernst.“';
  assert.deepEqual(sourced(text), [[null, 'Die Friedrich-Ebert-Stiftung', 'Die Lage ist ernst.']]);
});

test('a source blocks the speaker of the quote before (no person is guessed)', () => {
  const text = '„Wir bleiben“, sagte Antony Blinken. „Das ist falsch“, erklärte das Außenministerium in Peking.';
  assert.deepEqual(sourced(text), [
    ['Antony Blinken', undefined, 'Wir bleiben'],
    [null, 'das Außenministerium', 'Das ist falsch'],
  ]);
});

test('a description followed by a name in apposition is a person, not a source', () => {
  const text = '„Wir bleiben“, sagte der Deutschlandchef von EY, Hubert Bart.';
  assert.equal(quotesOf(text)[0]?.source, undefined);
});

test('a preposition opens no source ("gegenüber der Nachrichtenagentur")', () => {
  const text = 'Es regnete. „Wir bleiben“, sagte gegenüber der Nachrichtenagentur ein Mann.';
  assert.equal(quotesOf(text)[0]?.source, undefined);
});

test('a person speaker never carries a source', () => {
  const text = 'US-Finanzminister Steven Mnuchin war dort. „Wir machen es klar“, sagte Mnuchin.';
  assert.deepEqual(sourced(text), [['Steven Mnuchin', undefined, 'Wir machen es klar']]);
});

test('cited names in marks are nobody\'s words: after an article, "laut", a common noun', () => {
  for (const text of [
    'Anja Hajduk sagte, die „Zeit der Ehrlichkeit“ sei vorbei.',
    'Jody Hey berichtete im Fachmagazin „Public Library of Science“ über die Studie.',
    'Hussein al Huthi hatte laut „tagesschau.de“ kritisiert, dass die Regierung schweige.',
  ])
    assert.deepEqual(
      quotesOf(text).filter((q) => q.type === 'direct' && q.speaker),
      [],
      text,
    );
});

test("a lower-case phrase after an article is still somebody's words", () => {
  const text = 'Luis Moreno Ocampo sprach von einem Verbrechen „von unbeschreiblicher Brutalität“, sagte Ocampo.';
  assert.equal(quotesOf(text).find((q) => q.type === 'direct')?.speaker, 'Luis Moreno Ocampo');
});
