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
