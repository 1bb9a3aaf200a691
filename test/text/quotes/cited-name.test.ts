/**
 * Marks that name or cite a thing, nobody's words (src/text/quotes/cited-name.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citedName, namedThing } from '../../../src/text/quotes/cited-name.ts';
import { contextOf } from '../../support/quotes.ts';

/** citedName over the first pair of marks „…“ in `text`. */
function cited(text: string): boolean {
  const { ctx, at } = contextOf(text);
  return citedName(ctx, at('„'), at('“'));
}

/** namedThing over the first pair of marks „…“ in `text`. */
function named(text: string): boolean {
  const { ctx } = contextOf(text);
  return namedThing(ctx, { open: text.indexOf('„'), close: text.indexOf('“') });
}

describe('citedName', () => {
  it('a short stretch after an article or a common noun names a thing', () => {
    assert.equal(cited('Die Studie erschien im Fachmagazin „Public Library of Science“.'), true);
    assert.equal(cited('Anna Roth las die „Süddeutsche Zeitung“ gestern.'), true);
  });

  it("words in lower case after a preposition are somebody's words", () => {
    assert.equal(cited('Anna Roth sprach von „unbeschreiblicher Brutalität“.'), false);
  });
});

describe('namedThing', () => {
  it('up to three capitalised words name a thing („Hartz IV“), unless "als" or a colon introduces them', () => {
    assert.equal(named('Die Reform „Hartz IV“ gilt seit Jahren.'), true);
    assert.equal(named('Anna Roth bezeichnete das als „Wortbruch“.'), false);
    assert.equal(named('Anna Roth sagte: „Nein“.'), false);
  });

  it('an abstract noun right after a preposition is a word quoted ("durch „Trickserei“")', () => {
    assert.equal(named('Das kam nur durch „Trickserei“ zustande.'), false);
  });
});
