/**
 * Reported speech in the Konjunktiv: which words count as a subjunctive verb. Sentences written
 * for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../../support/quotes.ts';

const indirect = (text: string) => pairs(text).filter(([type]) => type === 'indirect');

describe('words spelt like a subjunctive', () => {
  it('"eine" before a number is an article, not "einen" in the Konjunktiv: no continuation', () => {
    assert.deepEqual(indirect('„Wir bewerben uns“, sagte Klaus Weber. Insgesamt legte der Verband eine 1212 Seiten starke Mappe vor.'), []);
  });

  it('a real Konjunktiv I after a quote continues it', () => {
    assert.deepEqual(indirect('„Wir bewerben uns“, sagte Klaus Weber. Der Verband lege eine Mappe vor.'), [['indirect', 'Klaus Weber', 'Der Verband lege eine Mappe vor']]);
  });
});

describe('a sentence naming a source of its own continues nobody', () => {
  it('"…, hieß es aus Regierungskreisen" -> not the person before', () => {
    assert.deepEqual(indirect('Der Politiker Max Kern sagte am Montag, der Plan sei gut. Die Kosten seien nicht zu hoch, hieß es aus Regierungskreisen.'), [['indirect', 'Max Kern', 'der Plan sei gut']]);
  });

  it('"Es heißt, …" at the start -> not the person before either', () => {
    assert.deepEqual(indirect('Der Politiker Max Kern sagte am Montag, der Plan sei gut. Es heißt, die Kosten seien nicht zu hoch.'), [['indirect', 'Max Kern', 'der Plan sei gut']]);
  });
});

describe('a verb opening the clause after the cue continues the main clause', () => {
  it('"X hatte nichts bekanntgegeben, fiel jedoch auf, dass …" -> no reported speech of X', () => {
    assert.deepEqual(indirect('Der Senator Max Kern hatte seinen Nachfolger noch nicht bekanntgegeben, fiel jedoch dadurch auf, dass er die Frage, wie viele Häuser er besitze, nicht beantworten konnte.'), []);
  });

  it('"„…“, wie er genannt wurde, war bekannt für …" -> no reported speech', () => {
    assert.deepEqual(indirect('„Onkel Max“, wie der Senator Max Kern oft genannt wurde, war bekannt für sein Geschick, Milliarden zu erkämpfen.'), []);
  });

  it('but a fronted "Wie X mitteilte, war …" reports the main clause', () => {
    assert.deepEqual(indirect('Wie der Politiker Max Kern mitteilte, war die Lage am Morgen ruhig.'), [['indirect', 'Max Kern', 'war die Lage am Morgen ruhig']]);
  });

  it('and "dass …" after the comma stays reported speech', () => {
    assert.deepEqual(indirect('Der Politiker Max Kern sagte, dass die Lage ernst sei.'), [['indirect', 'Max Kern', 'dass die Lage ernst sei']]);
  });
});
