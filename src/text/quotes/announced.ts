/**
 * The speaker a sentence announces without quoting: "Anna Roth wies den Vorwurf zurück.", "Der
 * Minister Paul Kern warnte vor Panik." A sentence in the Konjunktiv I right after it continues
 * that person's words ("In Zeiten knapper Kassen sei die Studie richtig."): continuations (indirect.ts)
 * take it as the speaker, like the speaker of a quote in the sentence before.
 */
import { findCues } from './find-cues.ts';
import { speakerOfCue } from './attribution.ts';
import type { QuoteContext } from './context.ts';
import { passive } from './voice.ts';
import { speakersOf } from './types.ts';

/**
 * The one person the sentence over tokens `start..end` (exclusive) names, when a verb of saying in it
 * has that person for its speaker ("Anna Roth wies den Vorwurf zurück"); undefined when the sentence
 * names anybody else (outside quotation marks), when no cue names the person, or when the cue is a
 * passive ("Der Plan wurde von Anna Roth kritisiert": the plan is the news, not her words).
 * @example announcedSpeaker(ctx, 0, 7, inside) // "Anna Roth" for "Anna Roth wies den Vorwurf zurück."
 */
export function announcedSpeaker(ctx: QuoteContext, start: number, end: number, inside: ReadonlySet<number>): string | undefined {
  const named = new Set<string>();
  for (let k = start; k < end; k++) if (ctx.personAt.has(k) && !inside.has(k)) named.add(ctx.personAt.get(k)!);
  if (named.size !== 1) return undefined;
  const [person] = named;
  for (const cue of findCues(ctx, start, end, inside)) {
    if (cue.kind !== 'finite' || passive(ctx, cue.index)) continue;
    const speaker = speakerOfCue(ctx, cue);
    if (speaker && speakersOf(speaker).length === 1 && speaker === person) return person;
  }
  return undefined;
}
