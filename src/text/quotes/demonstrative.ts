/**
 * "Dieser"/"Diese" opening a sentence as its subject: the person the sentence before named last
 * ("Max Kern kritisierte Paul Lehmann. Dieser entgegnete: „…“" -> Paul Lehmann).
 */
import type { QuoteContext } from './context.ts';

/**
 * The person a demonstrative subject at token `k` stands for: it opens its sentence, the sentence before
 * (same paragraph) names a person last, outside quotation marks, of the demonstrative's gender ("Dieser"
 * not a woman, "Diese" a woman); undefined otherwise.
 * @example demonstrative(ctx, indexOf("Dieser")) // "Paul Lehmann"
 */
export function demonstrative(ctx: QuoteContext, k: number): string | undefined {
  const t = ctx.tokens[k];
  if (!t || !/^(Dieser|Diese)$/.test(t.text) || ctx.tokens[k - 1]?.sentence === t.sentence || k === 0) return undefined;
  // (a paragraph break ends what the text was speaking of)
  if (ctx.body.slice(ctx.tokens[k - 1]!.end, t.start).includes('\n')) return undefined;
  let quoted = false;
  for (let j = k - 1; j >= 0 && ctx.tokens[j]!.sentence === ctx.tokens[k - 1]!.sentence; j--) {
    if (/^[„“”«»"]$/.test(ctx.tokens[j]!.text)) quoted = !quoted;
    const name = ctx.personAt.get(j);
    if (!name || quoted) continue;
    const gender = ctx.genders.get(name) ?? 'unknown';
    return (t.text === 'Diese') === (gender === 'female') ? name : undefined;
  }
  return undefined;
}
