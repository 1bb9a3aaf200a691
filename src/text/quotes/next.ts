/**
 * A quote standing alone whose speaker the next sentence names, pointing back at it: "„Ja, es gibt
 * Zumutungen“. Das musste Finanzminister Peer Steinbrück einräumen." or "„…“ Mit diesen Worten
 * verabschiedete sich Max Muster."
 */
import { findCues, speakerOfCue } from './attribution.ts';
import type { QuoteContext } from './context.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import type { FoundQuote } from './types.ts';

// "Das musste …", "Dies sagte …", "So äußerte sich …", "Mit diesen Worten …" -> the sentence points back at the quote
const POINTS_BACK = new Set(['Das', 'Dies', 'So', 'Mit']);

/**
 * The person the cue of the next sentence names, when the quote fills its own sentence and the next one
 * (same paragraph) opens by pointing back at it; undefined otherwise.
 * @example nextSpeaker(ctx, quote) // "Peer Steinbrück" for "„Ja.“ Das musste Peer Steinbrück einräumen."
 */
export function nextSpeaker(ctx: QuoteContext, q: FoundQuote, inside: ReadonlySet<number>): string | undefined {
  const start = sentenceStart(ctx, q.firstToken);
  const end = sentenceEnd(ctx, q.firstToken);
  if (start !== q.firstToken || ctx.tokens.slice(q.lastToken + 1, end).some((t) => t.word)) return undefined;
  const next = ctx.tokens[end];
  if (!next || !POINTS_BACK.has(next.text) || ctx.body.slice(ctx.tokens[end - 1]!.end, next.start).includes('\n')) return undefined;
  const last = sentenceEnd(ctx, end);
  const cue = findCues(ctx, end, last, inside)[0];
  if (!cue) return undefined;
  // "Das musste … Steinbrück … einräumen" -> the one person of the sentence when the cue's own rules find none
  const named = new Set<string>();
  for (let k = end; k < last; k++) if (ctx.personAt.has(k) && !inside.has(k)) named.add(ctx.personAt.get(k)!);
  return speakerOfCue(ctx, cue) ?? (named.size === 1 ? [...named][0] : undefined);
}
