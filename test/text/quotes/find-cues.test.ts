/**
 * The reporting cues in a stretch of tokens (src/text/quotes/find-cues.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCues } from '../../../src/text/quotes/find-cues.ts';
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
