/**
 * Names the sentence runs on after: "Paul Lehmann empfahl: „Spiegel“ und „Stern“ lesen.",
 * "Paul Lehmann erklärte: „Europa“ sei stark." A word or two in marks that does not close its
 * sentence is what the sentence talks about (a paper, a title, a name), not somebody's words, even
 * after a cue and a colon. An answer closes its sentence or has a comma or its own punctuation
 * ("antwortete X: „Nein.“", "„Warum?“, fragte X": utterance.ts).
 */
import type { QuoteContext } from './context.ts';
import type { Marked } from './marks.ts';
import { WORD_QUOTERS } from './phrase-words.ts';
import { OWN_END } from './utterance.ts';
import { startsLower } from '../lexicon/index.ts';

// „Spiegel“, „Hartz IV“, „2010“ -> capitalised or numeric words
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
// the word before a quotation mark
const LAST_WORD = /(\S+)\s*$/u;
// "„Spiegel“ und „Stern“", "„Bild“ oder „Welt“" -> words joining the stretch to more of its sentence
const JOINERS = new Set(['und', 'oder', 'sowie']);

/**
 * Whether the marks `m` hold one or two capitalised words, without punctuation of their own, that
 * the sentence goes on after with a verb or "und" ("„Europa“ sei stark", "„Spiegel“ und …"). Not
 * after "als" or an indefinite article: "nannte es einen „Skandal“ und ging" quotes a word.
 * @example runsOnAfter(ctx, marks) // true for „Europa“ in "Paul Lehmann erklärte: „Europa“ sei stark."
 */
export function runsOnAfter(ctx: QuoteContext, m: Marked): boolean {
  const inner = ctx.body.slice(m.open + 1, m.close).trim();
  const words = inner.split(/\s+/);
  if (words.length > 2 || !words.every((w) => CAPITAL_OR_DIGIT.test(w)) || OWN_END.test(inner)) return false;
  const prev = LAST_WORD.exec(ctx.body.slice(Math.max(0, m.open - 30), m.open))?.[1] ?? '';
  if (WORD_QUOTERS.test(prev)) return false;
  const last = ctx.tokenAt.get(m.close);
  if (last === undefined) return false;
  const next = ctx.tokens[last + 1];
  if (!next || next.sentence !== ctx.tokens[last]!.sentence) return false;
  return JOINERS.has(next.text) || (next.word && startsLower(next.text) && ctx.lex.verbs.has(next.text));
}
