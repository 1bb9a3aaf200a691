/**
 * "Dieser"/"Diese" as the subject stand for the person named last: opening a sentence, or right
 * after the verb. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct, pairs } from '../../support/quotes.ts';

describe('a demonstrative opening the sentence', () => {
  it('"X kritisierte Y. Dieser entgegnete: „…“" -> Y', () => {
    assert.deepEqual(direct('Petra Hahn kritisierte Klaus Weber. Dieser entgegnete: „Das ist absurd.“'), [['Klaus Weber', 'Das ist absurd.']]);
  });
});

describe('a demonstrative right after the verb', () => {
  it('"In einem Interview mit dem Anwalt – X – sagte dieser, dass …" -> X, for the clause and the quote in it', () => {
    const found = pairs('Im Gespräch mit dem Sprecher des Vereins – Holger Brandt – erklärte dieser, dass der Trainer in „seiner eigenen Liga“ spiele.');
    assert.deepEqual(
      found.map(([type, speaker]) => [type, speaker]),
      [
        ['indirect', 'Holger Brandt'],
        ['direct', 'Holger Brandt'],
      ],
    );
  });

  it('"X traf Y. Danach sagte diese: „…“" -> the woman named last in the sentence before', () => {
    assert.deepEqual(direct('Klaus Weber traf Petra Hahn. Danach sagte diese: „Das war gut.“'), [['Petra Hahn', 'Das war gut.']]);
  });

  it('no speaker when the gender does not fit the person named last', () => {
    assert.deepEqual(direct('Klaus Weber traf Petra Hahn. Danach sagte dieser: „Das war gut.“'), [[null, 'Das war gut.']]);
  });

  it('"diese" before a noun is a determiner: "X sagte diese Woche: „…“" -> X', () => {
    assert.deepEqual(direct('Klaus Weber sagte diese Woche: „Das war gut.“'), [['Klaus Weber', 'Das war gut.']]);
  });
});

describe('a noun the demonstrative may stand for', () => {
  it('"X lobte den Trainer. Dieser sagte: „…“" -> the trainer speaks, nobody named', () => {
    assert.deepEqual(direct('Markus Weber lobte den Trainer. Dieser sagte: „Danke.“'), [[null, 'Danke.']]);
    assert.deepEqual(direct('Markus Weber sprach mit einem jungen Polizisten. Dieser sagte: „Danke.“'), [[null, 'Danke.']]);
  });

  it('a noun before the person, or of the other gender, leaves the person: "X lobte den Trainer Y", "Y für die Arbeit"', () => {
    assert.deepEqual(direct('Markus Weber lobte den Trainer Thomas Schuster. Dieser sagte: „Danke.“'), [['Thomas Schuster', 'Danke.']]);
    assert.deepEqual(direct('Markus Weber lobte Thomas Schuster für die Arbeit. Dieser sagte: „Danke.“'), [['Thomas Schuster', 'Danke.']]);
  });
});
