import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tenseAt, tenseCue, tenseOf } from '../../../src/text/dates/tense.ts';

describe('tenseOf', () => {
  it('recognises simple past, perfect and pluperfect', () => {
    assert.equal(tenseOf('Das Regime zog seine Mitarbeiter zurück.'), 'past');
    assert.equal(tenseOf('Der Minister warnte vor weiteren Schritten.'), 'past');
    assert.equal(tenseOf('Biegun hat die Erklärung gekontert.'), 'past');
    assert.equal(tenseOf('Die USA hatten im Januar betont, dass es so bleibt.'), 'pluperfect');
  });

  it('recognises the future, including passive and modal futures and plans', () => {
    assert.equal(tenseOf('Biegun wird sich mit dem Berater treffen.'), 'future');
    assert.equal(tenseOf('Er soll am Mittwoch dem Haftrichter vorgeführt werden.'), 'future');
    assert.equal(tenseOf('Vier weitere Konzerte sind im April geplant.'), 'future');
    assert.equal(tenseOf('Die Partei will die Proteste ausweiten.'), 'future');
  });

  it('does not take adjectives or passives for tense', () => {
    assert.equal(tenseOf('Das geplante Gesetz bleibt umstritten.'), 'present');
    assert.equal(tenseOf('In Dortmund wird derzeit ein Verfahren geprüft.'), 'present');
    assert.equal(tenseOf('Die ersten Gespräche dauern an.'), 'present');
  });
});

describe('tenseCue and tenseAt', () => {
  it('returns nothing when a clause shows no tense', () => {
    assert.equal(tenseCue('am 18. Januar der nächste Gegner'), undefined);
  });

  it('reads an intention in a zu-infinitive clause as future', () => {
    assert.equal(tenseCue('am Dienstag das Verfahren einzuleiten'), 'future');
    assert.equal(tenseCue('im März nach Peking zu reisen'), 'future');
  });

  it('prefers the clause around the offset to the sentence', () => {
    const sentence = 'Die Delegierten wurden gewählt, die im April über den Kandidaten befinden werden.';
    assert.equal(tenseAt(sentence, sentence.indexOf('April')), 'future');
    assert.equal(tenseAt(sentence, 4), 'past');
  });
});
