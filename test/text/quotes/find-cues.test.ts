/**
 * The reporting cues in a stretch of tokens (src/text/quotes/find-cues.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Cue, findCues } from '../../../src/text/quotes/find-cues.ts';
import type { QuoteContext } from '../../../src/text/quotes/context.ts';
import { contextOf } from '../../support/quotes.ts';

/** The cues of the whole text as `[kind, first word, last word]`. */
function cues(text: string): Array<[string, string, string]> {
  const { ctx } = contextOf(text);
  return findCues(ctx, 0, ctx.tokens.length, new Set()).map((c) => [c.kind, ctx.tokens[c.index]!.text, ctx.tokens[c.last]!.text]);
}

describe('findCues', () => {
  it('a finite verb of saying is a cue of its own', () => {
    assert.deepEqual(cues('„Ja“, sagte Anna Roth.'), [['finite', 'sagte', 'sagte']]);
  });

  it('a separable verb counts with its particle later in the sentence, not without it', () => {
    assert.deepEqual(cues('Anna Roth teilte am Montag mit, dass sie kommt.'), [['finite', 'teilte', 'mit']]);
    assert.deepEqual(cues('Anna Roth teilte das Brot.'), []);
  });

  it('"zufolge", "laut", ", so" and "nach Angaben von" are cues; "so" without a comma before it is not', () => {
    assert.deepEqual(cues('Anna Roth zufolge kommt sie.'), [['zufolge', 'zufolge', 'zufolge']]);
    assert.deepEqual(cues('Laut Anna Roth kommt sie.'), [['laut', 'Laut', 'Laut']]);
    assert.deepEqual(cues('Sie kommt, so Anna Roth.'), [['so', 'so', 'so']]);
    assert.deepEqual(cues('Nach Angaben von Anna Roth kommt sie.'), [['nach', 'Nach', 'von']]);
    assert.deepEqual(cues('Das ist so gut.'), []);
  });

  it('tokens in `skip` (inside quotation marks) are passed over', () => {
    const { ctx, at } = contextOf('„Er sagte nichts“, meinte Anna Roth.');
    const found = findCues(ctx, 0, ctx.tokens.length, new Set([at('sagte')]));
    assert.equal(found.length, 1);
    assert.equal(ctx.tokens[found[0]!.index]!.text, 'meinte');
  });
});

describe('the cues of a context asked again', () => {
  // (two sentences of attribution.test.ts: their cues are known, and the facts sample holds them already)
  const text = 'Petra Hahn, der Klaus Weber Lügen vorgeworfen hatte, sagte: „Das ist absurd.“' + ' ' + 'Sie erinnerte an den Satz, den Klaus Weber 1998 gesagt hatte: „Wir schaffen das.“';
  const words = (ctx: QuoteContext, found: readonly Cue[]) => found.map((c) => `${c.kind}:${ctx.tokens[c.index]!.text}`);

  it('finds the cues of a range, the same asked whole or in parts and in any order, and the very same cues again', () => {
    const { ctx } = contextOf(text);
    const whole = findCues(ctx, 0, ctx.tokens.length, new Set());
    assert.deepEqual(words(ctx, whole), ['participle:vorgeworfen', 'finite:sagte', 'finite:erinnerte', 'participle:gesagt']);
    const fresh = contextOf(text).ctx;
    const half = fresh.tokens.length >> 1;
    const parts = [...findCues(fresh, half, fresh.tokens.length, new Set()), ...findCues(fresh, 0, half, new Set())];
    assert.deepEqual(words(fresh, parts).sort(), words(ctx, whole).sort());
    assert.deepEqual(findCues(ctx, 0, ctx.tokens.length, new Set()), whole);
    assert.equal(findCues(ctx, 0, ctx.tokens.length, new Set())[0], whole[0]);
  });

  it('leaves out the tokens to skip and the tokens outside the range, also after they were asked about', () => {
    const { ctx, at } = contextOf(text);
    const sagte = at('sagte');
    assert.equal(findCues(ctx, 0, ctx.tokens.length, new Set()).length, 4);
    assert.deepEqual(words(ctx, findCues(ctx, 0, ctx.tokens.length, new Set([sagte]))), ['participle:vorgeworfen', 'finite:erinnerte', 'participle:gesagt']);
    assert.deepEqual(words(ctx, findCues(ctx, 0, sagte, new Set())), ['participle:vorgeworfen']);
  });
});
