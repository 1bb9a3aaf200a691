/**
 * A quote standing alone whose speaker the next sentence names, pointing back at it: "„Ja, es gibt
 * Zumutungen“. Das musste Finanzminister Peer Steinbrück einräumen." or "„…“ Mit diesen Worten
 * verabschiedete sich Max Muster."
 */
import { startsUpper } from '../lexicon/index.ts';
import { findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import type { QuoteContext } from './context.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import type { FoundQuote } from './types.ts';

// "Das musste …", "Dies sagte …", "Mit diesen Worten …" -> the sentence points back at the quote
// ("So sah es auch …" compares instead: not a pointer)
const POINTS_BACK = new Set(['Das', 'Dies', 'Mit']);

/**
 * The quote fills its own sentence and the next one (same paragraph) opens by pointing back at it:
 * "„…“ Das sagte …", "„…“ Mit diesen Worten …", "„…“ So die Antwort der Opposition." Then that
 * sentence, not the one before, says whose words these are.
 * @example pointedBack(ctx, quote) // true for "„Ihr geht.“ So die Antwort der Opposition."
 */
export function pointedBack(ctx: QuoteContext, q: FoundQuote): boolean {
  const start = sentenceStart(ctx, q.firstToken);
  // (a quote of several sentences: what follows its last one)
  const end = sentenceEnd(ctx, q.lastToken);
  if (start !== q.firstToken || ctx.tokens.slice(q.lastToken + 1, end).some((t) => t.word)) return false;
  const next = ctx.tokens[end];
  if (!next || ctx.body.slice(ctx.tokens[end - 1]!.end, next.start).includes('\n')) return false;
  return opensPointingBack(ctx, end);
}

/**
 * Whether the sentence opening at token `k` points back at what stands before it: "Das sagte …",
 * "Dies …", "Mit diesen Worten …", "So die Antwort der Opposition." (also across a paragraph break:
 * a paragraph "„Wir nicht.“" followed by one opening "Das teilte die Gegenseite mit.").
 * @example opensPointingBack(ctx, k) // true when tokens[k] is "Das" in "„Nein.“ Das sagte Weber."
 */
export function opensPointingBack(ctx: QuoteContext, k: number): boolean {
  const first = ctx.tokens[k];
  if (!first) return false;
  // "So die Antwort …", "So der Minister" -> "So" with an article and no verb after it
  return POINTS_BACK.has(first.text) || (first.text === 'So' && /^(der|die|das)$/.test(ctx.tokens[k + 1]?.text ?? ''));
}

/**
 * The person the cue of the next sentence names, when the quote fills its own sentence and the next one
 * (same paragraph) opens by pointing back at it; undefined otherwise.
 * @example nextSpeaker(ctx, quote) // "Peer Steinbrück" for "„Ja.“ Das musste Peer Steinbrück einräumen."
 */
export function nextSpeaker(ctx: QuoteContext, q: FoundQuote, inside: ReadonlySet<number>): string | undefined {
  const start = sentenceStart(ctx, q.firstToken);
  // (a quote of several sentences: what follows its last one)
  const end = sentenceEnd(ctx, q.lastToken);
  if (start !== q.firstToken || ctx.tokens.slice(q.lastToken + 1, end).some((t) => t.word)) return undefined;
  const next = ctx.tokens[end];
  if (!next || !POINTS_BACK.has(next.text) || ctx.body.slice(ctx.tokens[end - 1]!.end, next.start).includes('\n')) return undefined;
  const last = sentenceEnd(ctx, end);
  // "Mit diesen Worten trat Max Muster vor die Presse" -> the words are the quote, whatever the verb: its subject
  if (
    WITH_WORDS.test(
      ctx.tokens
        .slice(end, end + 3)
        .map((t) => t.text)
        .join(' '),
    ) &&
    ctx.tokens[end + 3]?.word &&
    ctx.lex.verbs.has(ctx.tokens[end + 3]!.text)
  )
    return subjectAfterVerb(ctx, end + 4, last, inside);
  const cue = findCues(ctx, end, last, inside)[0];
  if (!cue) return undefined;
  return speakerOfCue(ctx, cue) ?? subjectAfterVerb(ctx, end + 2, last, inside);
}

// "Mit diesen Worten", "Mit den Worten" -> the sentence names the quote as words somebody said
const WITH_WORDS = /^Mit (diesen|den|seinen|ihren) Worten$/;

// the words that may stand between the verb and the speaker's name: "Das musste die Ministerin Karla Weiß …"
const DEFINITE = new Set(['der', 'die', 'den', 'dem']);

/**
 * The person named right after the finite verb, with only a definite article and capitalised title
 * words before the name: "Das musste [die Ministerin] Karla Weiß einräumen" -> Karla Weiß. Anything
 * else in between means the person is not the subject: "Das erklärte ein Sprecher von Angela Merkel",
 * "… gegenüber Angela Merkel" -> undefined.
 */
function subjectAfterVerb(ctx: QuoteContext, from: number, last: number, inside: ReadonlySet<number>): string | undefined {
  for (let k = from; k < Math.min(last, from + 5); k++) {
    if (ctx.personAt.has(k) && !inside.has(k)) return ctx.personAt.get(k)!;
    const token = ctx.tokens[k]!;
    const title = token.word && startsUpper(token.text);
    if (!title && !DEFINITE.has(token.text)) return undefined;
  }
  return undefined;
}
