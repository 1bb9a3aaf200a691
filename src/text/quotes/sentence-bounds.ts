/**
 * Sentence and clause bounds in a quote context's tokens: the first token and one past the last of
 * the sentence a token is in, worked out once per token list, and the first token of its clause.
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

/** Tokens that end a clause for the backward scans of quotes/: a comma, a colon, a semicolon. */
const CLAUSE_MARKS = new Set([',', ':', ';']);

/**
 * The first token of the clause that token `k` ends or lies in: the token after the last ",", ":" or
 * ";" before `k` in its sentence, else the sentence's first token. The clause's opening mark, if any,
 * is the token before it.
 * @example clauseStart(ctx, indexOf("betont")) // indexOf("zumal") in "…, zumal Verteidiger X immer wieder betont hatte"
 */
export function clauseStart(ctx: QuoteContext, k: number): number {
  const sentence = ctx.tokens[k]!.sentence;
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === sentence && !CLAUSE_MARKS.has(ctx.tokens[i]!.text)) i--;
  return i + 1;
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
