/**
 * Quotations in a German article and who said them. A wrong speaker is worse than none: a quote
 * gets a speaker only when a cue or a subject in the text names a person `findPeople` recognised.
 */
import { type CueTable, type Sentence, defaultLexicon, type Lexicon } from '../lexicon/index.ts';
import type { ArticlePeople } from '../people/index.ts';
import { colonQuotes } from './colon.ts';
import { quoteContext } from './context.ts';
import { cueTable } from './cues.ts';
import { directQuotes, insideMarks } from './direct.ts';
import { inheritSpeakers } from './inherit.ts';
import { speakersOf, type FoundQuote } from './types.ts';
import { continuations, indirectQuotes } from './indirect.ts';
import { findMarked } from './marks.ts';
import type { Quote } from './types.ts';

export type { Quote, QuoteType } from './types.ts';
export { cueTable, buildCues, REPORTING_LEMMAS } from './cues.ts';
export { findMarked, isLabel, type Marked } from './marks.ts';

/**
 * All quotes of an article, in text order: direct ones (with a speaker or `null`) and indirect ones
 * (only with a speaker).
 * @example findQuotes(body, sentences, findPeople(body, sentences))
 *   // [{ speaker: "Steven Mnuchin", text: "Wir machen ausdrücklich klar, …", type: "direct", start, end }, …]
 */
export function findQuotes(body: string, sentences: readonly Sentence[], people: ArticlePeople, lex: Lexicon = defaultLexicon(), cues: CueTable = cueTable()): Quote[] {
  const ctx = quoteContext(body, sentences, people, lex, cues);
  const inside = insideMarks(ctx, findMarked(body));
  const direct = [...directQuotes(ctx), ...colonQuotes(ctx, inside)];
  const indirect = indirectQuotes(ctx, inside);
  const all = [...direct, ...indirect];
  all.push(...continuations(ctx, all, inside));
  inheritSpeakers(ctx, all);
  // a quote that took its speaker from the sentence before may be continued in turn: „Mein Bruder
  // wünscht sich Ruhe.“ Der Rücktritt sei ein „natürlicher Vorgang“.
  const later = continuations(ctx, all, inside);
  if (later.length > 0) {
    all.push(...later);
    inheritSpeakers(ctx, all);
  }
  // (a quote two people said together is theirs each: one quote per speaker)
  return dedupe(all).flatMap(({ speaker, text, type, start, end, source }) =>
    (speaker ? speakersOf(speaker) : [null]).map((one) => ({ speaker: one, text, type, start, end, ...(source && !speaker ? { source } : {}) })),
  );
}

/** One quote per stretch: an indirect quote equal to or inside another of the same speaker goes. */
function dedupe(quotes: FoundQuote[]): FoundQuote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundQuote[] = [];
  // every kept quote starts at or before the current one, so it contains it when it reaches as far:
  // the furthest end kept so far per indirect, and per speaker of direct quotes, decides
  let indirectReach = -Infinity;
  const directReach = new Map<string | null, number>();
  for (const q of sorted) {
    const reach = q.type === 'indirect' ? indirectReach : (directReach.get(q.speaker) ?? -Infinity);
    if (q.end <= reach) continue;
    out.push(q);
    if (q.type === 'indirect') indirectReach = Math.max(indirectReach, q.end);
    else directReach.set(q.speaker, Math.max(reach, q.end));
  }
  return out;
}
