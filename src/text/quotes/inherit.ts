/**
 * Speakers for direct quotes found without one: the indirect quote around them, the quote of the
 * sentence before, or the speaker named earlier in the paragraph.
 */
import { firstPosition } from '../../common/sorted.ts';
import type { QuoteContext } from './context.ts';
import { nextSpeaker, opensPointingBack, pointedBack } from './next.ts';
import { previousSpeaker } from './previous.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';
import type { FoundQuote } from './types.ts';

/**
 * Give speakerless direct quotes the speaker of the indirect quote they sit in ("China habe «ein klares
 * Eigeninteresse» …, sagte Blinken"), or, when the quote is a sentence of its own, of the quote that
 * ends in the sentence just before it in the same paragraph.
 * @example inheritSpeakers(ctx, quotes) // «Was immer auch …» -> Antony Blinken
 */
export function inheritSpeakers(ctx: QuoteContext, quotes: FoundQuote[]): void {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const hosts = new Hosts(sorted.filter((o) => o.speaker && o.type === 'indirect'));
  // quotes by end, to find the last quote (in `sorted` order) that ends before each one and has a speaker
  const order = new Map(sorted.map((o, i) => [o, i]));
  const byEnd = [...sorted].sort((a, b) => a.end - b.end);
  let ended = 0;
  let prev: FoundQuote | undefined;
  // tokens inside direct quotes: a name there is quoted, not the person the text speaks of
  const quoted = new Set<number>();
  for (const o of sorted) if (o.type === 'direct') for (let k = o.firstToken; k <= o.lastToken; k++) quoted.add(k);
  for (const q of sorted) {
    // (quotes are never empty, so one that ends by q.start was handled before q)
    for (; ended < byEnd.length && byEnd[ended]!.end <= q.start; ended++) {
      const o = byEnd[ended]!;
      if (o.speaker && (!prev || order.get(o)! > order.get(prev)!)) prev = o;
    }
    if (q.speaker || q.source || q.cited || q.type !== 'direct') continue;
    // "„…“ So die Antwort der Opposition." -> the sentence after says whose words these are, not the one before
    if (q.open && pointedBack(ctx, q)) q.speaker = hosts.around(q)?.speaker ?? nextSpeaker(ctx, q, quoted) ?? null;
    else q.speaker = hosts.around(q)?.speaker ?? joined(ctx, q, prev) ?? continued(ctx, q, prev) ?? (q.open ? (previousSpeaker(ctx, q, quoted) ?? nextSpeaker(ctx, q, quoted)) : undefined) ?? null;
  }
}

/**
 * Indirect quotes with a speaker, by start: the first (by start) that contains a stretch, in
 * logarithmic time (binary search over the running maximum of their ends).
 */
class Hosts {
  private readonly reach: number[] = [];

  constructor(private readonly quotes: readonly FoundQuote[]) {
    let max = -Infinity;
    for (const q of quotes) this.reach.push((max = Math.max(max, q.end)));
  }

  /** The first quote with `start <= q.start` and `end >= q.end`. */
  around(q: { start: number; end: number }): FoundQuote | undefined {
    const starting = firstPosition(this.quotes.length, (i) => this.quotes[i]!.start <= q.start);
    const i = firstPosition(starting, (k) => this.reach[k]! < q.end);
    return i < starting ? this.quotes[i] : undefined;
  }
}

/**
 * A quote that is a sentence of its own continues the quote with a speaker that ends in the sentence
 * just before it: in the same paragraph ("„…“, sagte X. „…“"), or across one paragraph break when the
 * quote is its whole paragraph and the quote before ends the paragraph before ("…, sagte X: „…“" and
 * then a paragraph "„…“" alone: the news convention of a speech running on over paragraphs), when
 * the paragraph's quote ends as a statement (not a question, not a heading-like line without punctuation).
 * @example continued(ctx, q, prev) // "Markus Weber" for "Markus Weber sagte: „A.“\n\n„B.“"
 */
function continued(ctx: QuoteContext, q: FoundQuote, prev: FoundQuote | undefined): string | undefined {
  const first = q.firstToken;
  const last = q.lastToken;
  const starts = sentenceStart(ctx, first) === first;
  const next = ctx.tokens[last + 1];
  const ends = !next || next.sentence !== ctx.tokens[last]!.sentence || (next.text === '.' && ctx.tokens[last + 2]?.sentence !== next.sentence);
  if (!prev || !starts || !ends) return undefined;
  const gap = ctx.body.slice(prev.end, ctx.tokens[first]!.start);
  const sentences = ctx.tokens[first]!.sentence - ctx.tokens[prev.lastToken]!.sentence;
  if (sentences !== 1) return undefined;
  if (!gap.includes('\n')) return prev.speaker!;
  // (a paragraph after it that opens pointing back, "Das teilte die Gegenseite mit.", says whose words these are)
  const following = sentenceEnd(ctx, last);
  const pointed = following < ctx.tokens.length && opensPointingBack(ctx, following);
  return prev.type === 'direct' && PARAGRAPH_BREAK.test(gap) && paragraphEndsAt(ctx.body, q.end + 1) && STATEMENT_END.test(q.text) && !pointed ? prev.speaker! : undefined;
}

// "Wir bedauern das." / "Nieder damit!" / "Und dann …" -> a quote ending as a statement; across a paragraph
// break only such a quote continues a speech: a question alone in its paragraph is an interviewer's
// ("„Herr Weber, wie geht es weiter?“"), a quote with no closing punctuation a heading-like line ("„Wir bedauern das“")
const STATEMENT_END = /[.!…]$/;

// "“\n\n„" -> the closing mark, one paragraph break and the next opening mark: nothing else between two quotes
const PARAGRAPH_BREAK = /^[“”»«"]?\s*\n\s*$/;

/**
 * Whether only blanks stand between `at` (right after a closing mark) and the end of its paragraph.
 * @example paragraphEndsAt('„Ja.“\n\nDann', 5) // true
 */
function paragraphEndsAt(body: string, at: number): boolean {
  return /^[ \t]*(\n|$)/.test(body.slice(at, at + 200));
}

/**
 * A quote joined to the one before by "und" or "sowie" only ("erklärt hatte: „…“ und „…“") has the
 * same speaker.
 */
function joined(ctx: QuoteContext, q: FoundQuote, prev: FoundQuote | undefined): string | undefined {
  if (prev?.type !== 'direct') return undefined;
  // "„…“ und „…“", "„…“, und „…“"
  return /^[\s,]*(und|sowie)\s*$/.test(ctx.body.slice(prev.end + 1, q.start - 1)) ? prev.speaker! : undefined;
}
