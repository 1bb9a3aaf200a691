/**
 * Sentence bounds in a quote context's tokens: the first token and one past the last of the
 * sentence a token is in, worked out once per token list.
 */
import type { Token } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';

/**
 * The first token of the sentence of token `i`.
 * @example sentenceStart(ctx, 5) // 0
 */
export function sentenceStart(ctx: QuoteContext, i: number): number {
  return boundsOf(ctx.tokens).first[ctx.tokens[i]!.sentence]!;
}

/**
 * One past the last token of the sentence of token `i`.
 * @example sentenceEnd(ctx, 0) // 12
 */
export function sentenceEnd(ctx: QuoteContext, i: number): number {
  if (i >= ctx.tokens.length) return i;
  return boundsOf(ctx.tokens).end[ctx.tokens[i]!.sentence]!;
}

/** First token and one past the last token of each sentence, by sentence index (tokens of a sentence are contiguous). */
interface Bounds {
  first: number[];
  end: number[];
}
const BOUNDS = new WeakMap<readonly Token[], Bounds>();

function boundsOf(tokens: readonly Token[]): Bounds {
  let bounds = BOUNDS.get(tokens);
  if (!bounds) {
    bounds = { first: [], end: [] };
    tokens.forEach((t, i) => {
      bounds!.first[t.sentence] ??= i;
      bounds!.end[t.sentence] = i + 1;
    });
    BOUNDS.set(tokens, bounds);
  }
  return bounds;
}
