/**
 * "Seiner Meinung nach …", "Nach seiner Ansicht …": a possessive pronoun standing for the person the
 * sentence before spoke of, when that is unambiguous. Only "seiner": "ihrer" is also the plural's
 * ("Ihrer Meinung nach" of a group), so it names nobody.
 */
import type { QuoteContext } from './context.ts';
import { sentenceStart } from './sentence-bounds.ts';

// "seiner", "Seinen" -> the possessive of one man before a noun for a view
const HIS = /^(seiner|Seiner|seinen|Seinen)$/;

/**
 * Whether token `k` is the possessive "seiner"/"seinen".
 * @example isPossessive(ctx, indexOf("Seiner")) // true for "Seiner Meinung nach"; false for "Ihrer"
 */
export function isPossessive(ctx: QuoteContext, k: number): boolean {
  return HIS.test(ctx.tokens[k]?.text ?? '');
}

/**
 * The person the possessive at `k` stands for: the one person named (outside quotation marks) in the
 * sentence before, in the same paragraph, not known to be a woman; `null` when nobody or more than
 * one person is named there, or she is.
 * @example possessorBefore(ctx, indexOf("Seiner")) // "Jean-Cyril Spinetta" for "Spinetta weist die Vorwürfe zurück. Seiner Meinung nach hätte …"
 */
export function possessorBefore(ctx: QuoteContext, k: number): string | null {
  const start = sentenceStart(ctx, k);
  if (start === 0 || ctx.body.slice(ctx.tokens[start - 1]!.end, ctx.tokens[start]!.start).includes('\n')) return null;
  const names = new Set<string>();
  let quoted = false;
  for (let j = sentenceStart(ctx, start - 1); j < start; j++) {
    if (/^[„“”«»"]$/.test(ctx.tokens[j]!.text)) quoted = !quoted;
    const name = ctx.personAt.get(j);
    if (name && !quoted) names.add(name);
  }
  if (names.size !== 1) return null;
  const name = [...names][0]!;
  const gender = ctx.genders.get(name) ?? 'unknown';
  return gender === 'female' ? null : name;
}
