/**
 * Words that point back to a time the text has just told ("Al-Hassani hatte sich damals
 * geweigert", "Zu dieser Zeit ging die Anwältin noch davon aus"): such a statement is dated as
 * the last dated statement before it, when that is close by. The date tagger leaves these words
 * alone (they name no date of their own).
 */
import type { Sentence } from '../lexicon/index.ts';
import { insideQuote } from './present.ts';

// "damals", "seinerzeit", "Zu dieser Zeit", "zu diesem Zeitpunkt", "zur selben/gleichen Zeit" -> the
// time told just before; not "seit damals"/"von damals" (a span from then, or a noun's attribute),
// not inside a noun phrase ("Die damals anwesenden Truppen", "unter den damals 21 Entführten") and
// not the adjectives "damalige", "seinerzeitige"
const THEN_WORD =
  /(?<![\p{L}-])(?<!(?:^|[^\p{L}])(?:seit|von|bis|der|die|das|den|dem|des|einer|eines|einem|einen)\s)(?:damals|seinerzeit|[Zz]u dieser Zeit|[Zz]u diesem Zeitpunkt|[Zz]ur (?:selben|gleichen) Zeit)(?![\p{L}-])/iu;

/** How many sentences back the time pointed to may have been told. */
export const THEN_REACH = 3;

// "damals", "Damals", "seinerzeit" -> back then: never the time of writing
const BACK_THEN = /^(?:damals|seinerzeit)$/iu;

/**
 * The first word of a sentence that points back to the time told before, outside a direct quote,
 * with its offset in the body and whether it rules out the time of writing ("damals" is never
 * today, "zu diesem Zeitpunkt" may be); undefined when there is none.
 * @example thenWordAt("Er hatte sich damals geweigert.", { text: "Er hatte sich damals geweigert.", start: 0, … }) // { at: 14, past: true }
 * @example thenWordAt("Seit damals ist er Minister.", …) // undefined
 */
export function thenWordAt(body: string, sentence: Sentence): { at: number; past: boolean } | undefined {
  const m = THEN_WORD.exec(sentence.text);
  if (!m) return undefined;
  const at = sentence.start + m.index;
  return insideQuote(body, at) ? undefined : { at, past: BACK_THEN.test(m[0]) };
}
