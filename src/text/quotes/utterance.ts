/**
 * Short quotes that are whole utterances: „Nein.“ or „Warum?“ in marks looks like a name or a scare
 * quote (one to three capitalised words), but with a verb of saying next to it and nothing else in
 * its sentence it is somebody's answer. A scare quote (die „Reform“, sogenannte „Experten“) stands
 * inside a sentence and stays a label.
 */
import { findCues } from './find-cues.ts';
import type { QuoteContext } from './context.ts';
import type { Marked } from './marks.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

/** „Nein,“ / „Warum?“ / „Nie!“ -> the utterance ends in its own punctuation inside the marks. */
export const OWN_END = /[,.?!…]\s*$/u;

/**
 * Whether the marks `m` hold a whole utterance that a cue attributes: the quote opens its sentence
 * and a cue follows it ("„Warum?“, fragte Anna Roth."), or a cue and a colon introduce it and it
 * closes its sentence ("Darauf antwortete Paul Lehmann: „Nein.“"). `inside` holds the tokens in
 * marks (cues there do not count).
 * @example spokenUtterance(ctx, marks, inside) // true for „Nein.“ in "Paul Lehmann sagte: „Nein.“"
 */
export function spokenUtterance(ctx: QuoteContext, m: Marked, inside: ReadonlySet<number>): boolean {
  const first = ctx.tokenAt.get(m.open);
  const last = ctx.tokenAt.get(m.close);
  if (first === undefined || last === undefined) return false;
  return cueAfter(ctx, m, first, last, inside) || cueBefore(ctx, first, last, inside);
}

/** "„Warum?“, fragte Anna Roth." / "„Nein,“ sagte er." -> first in its sentence, a cue right after. */
function cueAfter(ctx: QuoteContext, m: Marked, first: number, last: number, inside: ReadonlySet<number>): boolean {
  if (sentenceStart(ctx, first) !== first) return false;
  let k = last + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  // without a comma after the marks, the utterance must end in its own punctuation: "„Die Grünen“ sagten ab" is a name
  else if (!OWN_END.test(ctx.body.slice(m.open + 1, m.close))) return false;
  if (ctx.tokens[k]?.sentence !== ctx.tokens[last]!.sentence) return false;
  return findCues(ctx, k, k + 1, inside).some((c) => c.kind === 'finite');
}

/** "Paul Lehmann antwortete: „Nein.“" -> last in its sentence, right after a colon closing a cue clause. */
function cueBefore(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): boolean {
  if (ctx.tokens[first - 1]?.text !== ':' || ctx.tokens[first - 1]!.sentence !== ctx.tokens[first]!.sentence) return false;
  // (a full stop after the closing mark is still the end: "…: „Nein“.")
  const end = sentenceEnd(ctx, last);
  if (end > last + 1 && !(end === last + 2 && /^[.?!]$/.test(ctx.tokens[last + 1]!.text))) return false;
  // the colon right after the cue or its speaker: "antwortete Paul Lehmann:", "Paul Lehmann antwortete:"
  // (not after an object: "nannte seine Lieblingszeitung: „Spiegel“." names a paper)
  const colon = first - 1;
  return findCues(ctx, sentenceStart(ctx, first), colon, inside).some((c) => onlyNames(ctx, c.last + 1, colon));
}

/** Whether every token in `from..to` (exclusive) belongs to a person's name; true when there are none. */
function onlyNames(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ctx.personAt.has(k)) return false;
  return true;
}
