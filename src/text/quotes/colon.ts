/**
 * Direct quotes without quotation marks, introduced by a colon after a cue: "Biegun widersprach
 * zugleich Spekulationen …:" followed by the quoted sentence, or "Er sagte: Wir …" in one sentence.
 */
import { findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import type { QuoteContext } from './context.ts';
import type { FoundQuote } from './types.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

/**
 * Colon-introduced quotes whose speaker the clause before the colon names.
 * @example colonQuotes(ctx, inside) // [{ speaker: "Stephen Biegun", text: "Wir haben um kein Treffen … gebeten.", ... }]
 */
export function colonQuotes(ctx: QuoteContext, inside: ReadonlySet<number>): FoundQuote[] {
  const out: FoundQuote[] = [];
  ctx.tokens.forEach((t, i) => {
    if (t.text !== ':' || inside.has(i)) return;
    const start = sentenceStart(ctx, i);
    const cues = findCues(ctx, start, i, inside);
    const cue = cues[cues.length - 1];
    const speaker = cue ? speakerOfCue(ctx, cue) : null;
    if (!speaker) return;
    const next = ctx.tokens[i + 1];
    // "…:\n\nWir haben …" -> the next sentence; "sagte: Wir …" -> the rest of this one
    const first = next && next.sentence === t.sentence ? i + 1 : i + 1 < ctx.tokens.length ? i + 1 : -1;
    if (first < 0 || inside.has(first) || !ctx.tokens[first]!.word) return;
    const last = sentenceEnd(ctx, first) - 1;
    const s = ctx.tokens[first]!.start;
    const e = ctx.tokens[last]!.end;
    out.push({ speaker, text: ctx.body.slice(s, e), type: 'direct', start: s, end: e, firstToken: first, lastToken: last });
  });
  return out;
}
