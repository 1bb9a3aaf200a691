/**
 * "Seiner Meinung nach …": the view of the one man the sentence before spoke of. Sentences written
 * for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../../support/quotes.ts';

describe('a possessive view after a sentence naming one person', () => {
  it('"X weist die Vorwürfe zurück. Seiner Meinung nach hätte …" -> X', () => {
    assert.deepEqual(pairs('Der Konzernchef Paul Kern weist die Vorwürfe zurück. Seiner Meinung nach hätte die Aufsicht von einer Landung abraten müssen.'), [
      ['indirect', 'Paul Kern', 'hätte die Aufsicht von einer Landung abraten müssen'],
    ]);
  });

  it('"Nach seiner Meinung sollten …" -> X', () => {
    assert.deepEqual(pairs('Der Unternehmer Paul Kern stellte Forderungen. Nach seiner Meinung sollten die Verbraucher sensibler werden.'), [
      ['indirect', 'Paul Kern', 'sollten die Verbraucher sensibler werden'],
    ]);
  });

  it('two people in the sentence before: nobody', () => {
    assert.deepEqual(pairs('Der Unternehmer Paul Kern traf den Minister Max Weber. Nach seiner Meinung sollten die Verbraucher sensibler werden.'), []);
  });

  it('a woman in the sentence before is not "seiner": nobody', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth stellte Forderungen. Nach seiner Meinung sollten die Verbraucher sensibler werden.'), []);
  });

  it('"Ihrer Meinung nach" may be a group\'s: nobody', () => {
    assert.deepEqual(pairs('Die Ministerin Anna Roth stellte Forderungen. Ihrer Meinung nach sollten die Verbraucher sensibler werden.'), []);
  });

  it('a paragraph break ends what the text spoke of', () => {
    assert.deepEqual(pairs('Der Unternehmer Paul Kern stellte Forderungen.\nNach seiner Meinung sollten die Verbraucher sensibler werden.'), []);
  });
});
