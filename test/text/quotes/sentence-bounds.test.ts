import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import type { QuoteContext } from '../../../src/text/quotes/context.ts';
import { clauseStart, sentenceEnd, sentenceStart } from '../../../src/text/quotes/sentence-bounds.ts';

/** A context with tokens only: the bounds read nothing else. */
function contextOf(text: string): { ctx: QuoteContext; at: (word: string) => number } {
  const tokens = tokenize(splitSentences(text));
  const at = (word: string) => {
    const i = tokens.findIndex((t) => t.text === word);
    assert.ok(i >= 0, word);
    return i;
  };
  return { ctx: { tokens } as unknown as QuoteContext, at };
}

describe('clauseStart', () => {
  it('is the token after the last comma, colon or semicolon before the token', () => {
    const { ctx, at } = contextOf('Er schwieg, zumal Klaus Weber betont hatte: Sie kommt; er ging.');
    assert.equal(clauseStart(ctx, at('betont')), at('zumal'));
    assert.equal(clauseStart(ctx, at('kommt')), at('Sie'));
    assert.equal(clauseStart(ctx, at('ging')), at('er'));
  });

  it('is the sentence start when no mark comes before, not a mark of the sentence before', () => {
    const { ctx, at } = contextOf('Er kam, sie ging. Anna Roth sagte nichts.');
    assert.equal(clauseStart(ctx, at('sagte')), at('Anna'));
    assert.equal(clauseStart(ctx, at('kam')), 0);
    assert.equal(clauseStart(ctx, 0), 0);
  });

  it('does not end a clause at a dash or a quote mark', () => {
    const { ctx, at } = contextOf('Anna Roth – die Ministerin – sagte „ja“.');
    assert.equal(clauseStart(ctx, at('sagte')), 0);
  });
});

describe('sentenceStart and sentenceEnd', () => {
  it('give the first token and one past the last of a token’s sentence', () => {
    const { ctx, at } = contextOf('Er kam. Anna Roth sagte nichts.');
    assert.equal(sentenceStart(ctx, at('sagte')), at('Anna'));
    assert.equal(sentenceEnd(ctx, at('kam')), at('Anna'));
    assert.equal(sentenceEnd(ctx, at('sagte')), ctx.tokens.length);
  });
});
