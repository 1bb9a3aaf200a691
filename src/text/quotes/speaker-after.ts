/**
 * The speaker a direct quote's cue after it names: "«…», sagte Blinken", "„…“, hatte VW-Chef Winterkorn
 * … erklärt", "„…“, heißt es in einer Erklärung von X" (direct.ts weighs it against the cue before).
 */
import { findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import { passive, passiveAgent } from './voice.ts';
import type { QuoteContext } from './context.ts';
import { speakerFrom } from './speaker.ts';
import { startsLower } from '../lexicon/index.ts';
import { speechOwner } from './introduced.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

/** The index of the comma or sentence end that closes the clause going on at `k`. */
function clauseEnd(ctx: QuoteContext, k: number): number {
  const end = sentenceEnd(ctx, k);
  let i = k;
  while (i < end && ctx.tokens[i]!.text !== ',') i++;
  return i;
}

/**
 * A cue right after the quote, without a comma ("„Lüge“ gesprochen habe"), and a comma between the last
 * cue before the quote and the quote: the quote sits in a reported clause whose own verb follows it.
 */
export function innerCue(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): boolean {
  if (!findCues(ctx, last + 1, last + 2, inside).length) return false;
  const start = sentenceStart(ctx, first);
  const cues = findCues(ctx, start, first, inside);
  const cue = cues[cues.length - 1];
  return !!cue && ctx.tokens.slice(cue.last + 1, first).some((t) => t.text === ',');
}

/** "«…», sagte Blinken" / "„…“, so der Chef Ulrich Müller" / "„…“, hatte VW-Chef Winterkorn … erklärt". */
export function after(ctx: QuoteContext, last: number, inside: ReadonlySet<number>): string | null | undefined {
  let k = last + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  // "„…“ – das sagte Max Kern" -> a dash and a word pointing back at the quote
  if (DASHES.has(ctx.tokens[k]?.text ?? '') && POINTERS.has(ctx.tokens[k + 1]?.text ?? '')) k += 2;
  const t = ctx.tokens[k];
  if (!t || t.sentence !== ctx.tokens[last]!.sentence || !t.word) return undefined;
  // "„…“, heißt es in einer Erklärung von Max Kern" -> the sayer of the words the phrase names
  if (/^(heißt|hieß)$/.test(t.text) && ctx.tokens[k + 1]?.text === 'es') return speechOwner(ctx, k + 2) ?? null;
  // "„…“, lautete das Fazit von Max Kern"
  if (/^(lautet|lautete)$/.test(t.text)) return speechOwner(ctx, k + 1) ?? null;
  // "…„gelogen“, wie Max Kern berichtete" -> the cue that closes the wie-clause
  if (t.text === 'wie' && ctx.tokens[k - 1]?.text === ',') {
    const cue = findCues(ctx, k + 1, clauseEnd(ctx, k + 1), inside).find((c) => c.kind === 'finite' || c.kind === 'participle');
    return cue ? speakerOfCue(ctx, cue) : undefined;
  }
  const cue = findCues(ctx, k, k + 1, inside)[0];
  if (cue) return speakerOfCue(ctx, cue);
  // auxiliary, speaker, participle: "hatte VW-Chef Winterkorn in einem Interview erklärt"
  const end = sentenceEnd(ctx, k);
  // ("zitiert" is also a finite form: any cue spelt like a participle counts)
  const participle = findCues(ctx, k + 1, end, inside).find((c) => ctx.cues.participles.has(ctx.tokens[c.index]!.text));
  if (participle && ctx.lex.verbs.has(t.text)) {
    // "„…“ wurde Max Kern am Tor begrüßt" -> a passive: Max Kern is spoken to
    if (passive(ctx, participle.index)) return passiveAgent(ctx, participle.index);
    const found = speakerFrom(ctx, k + 1);
    return found.kind === 'person' ? found.name : null;
  }
  // "„…“, ließ Max Kern (über seinen Sprecher) mitteilen" -> "lassen" and a verb of saying closing the sentence
  if (LASSEN.test(t.text) && sayingInfinitive(ctx, end, inside)) {
    const found = speakerFrom(ctx, k + 1);
    return found.kind === 'person' ? found.name : null;
  }
  return undefined;
}

// "ließ", "lässt" -> finite forms of "lassen" that have another verb say what the subject had said
const LASSEN = /^(ließ|ließen|lässt|lassen)$/;
// "verlauten", "ausrichten", "wissen" -> infinitives after "lassen" that report words and are no cue of their own
const LASSEN_SAYING = /^(verlauten|ausrichten|wissen)$/;

/**
 * The sentence ending at `end` closes with an infinitive of saying: a cue word ("mitteilen", "erklären")
 * or one "lassen" makes a verb of saying ("verlauten", "ausrichten", "wissen").
 */
function sayingInfinitive(ctx: QuoteContext, end: number, inside: ReadonlySet<number>): boolean {
  let last = end - 1;
  while (last > 0 && !ctx.tokens[last]!.word) last--;
  const word = ctx.tokens[last]!.text;
  return LASSEN_SAYING.test(word) || (startsLower(word) && findCues(ctx, last, last + 1, inside).some((c) => c.kind === 'finite'));
}

// "–", "—" -> dashes between a quote and what points back at it
const DASHES = new Set(['–', '—', '-']);
// "das", "dies", "so" -> words pointing back at the quote before them
const POINTERS = new Set(['das', 'dies', 'so']);
