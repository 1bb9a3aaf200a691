/**
 * The speaker named before a direct quote (src/text/quotes/speaker-before.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insideMarks } from '../../../src/text/quotes/direct.ts';
import { findMarked } from '../../../src/text/quotes/marks.ts';
import { before, nameRightBefore } from '../../../src/text/quotes/speaker-before.ts';
import { contextOf } from '../../support/quotes.ts';

describe('nameRightBefore', () => {
  it('a name right before a colon or bracket opening the quote, also past a party in brackets', () => {
    const colon = contextOf('Anna Roth: „Wir kommen.“');
    assert.equal(nameRightBefore(colon.ctx, colon.at('„')), 'Anna Roth');
    const party = contextOf('Dazu Anna Roth (SPD): „Wir kommen.“');
    assert.equal(nameRightBefore(party.ctx, party.at('„')), 'Anna Roth');
  });

  it('not the object of a preposition or of a verb whose subject stands before it', () => {
    const about = contextOf('Markus Weber sagte über Anna Roth: „Sie kommt.“');
    assert.equal(nameRightBefore(about.ctx, about.at('„')), undefined);
    const object = contextOf('Markus Weber kritisierte die Ministerin Anna Roth: „Sie kommt zu spät.“');
    assert.equal(nameRightBefore(object.ctx, object.at('„')), undefined);
  });
});

describe('before', () => {
  it('the speaker of the last cue before the quote in its sentence', () => {
    const text = 'Anna Roth sagte am Montag: „Wir kommen.“';
    const { ctx, at } = contextOf(text);
    assert.equal(before(ctx, at('„'), insideMarks(ctx, findMarked(text))), 'Anna Roth');
  });

  it('undefined when the sentence has no cue and no reported speech before the quote', () => {
    const text = 'Anna Roth kam. Das Motto war „Wir kommen“.';
    const { ctx, at } = contextOf(text);
    assert.equal(before(ctx, at('„'), insideMarks(ctx, findMarked(text))), undefined);
  });
});
