/**
 * Auxiliaries, copulas and modals: finite verbs that say nothing of speaking and that govern an
 * infinitive or participle ("musste er betonen", "hat … bekräftigt"). The forms come from the
 * lexicon's conjugation tables (`verbForms().auxiliaries`, in old and new spelling: "mußte", "musste").
 */
import { verbForms } from '../lexicon/index.ts';

/**
 * Whether a word, as written, is a finite form of sein, haben, werden or a modal (lower case only:
 * "Hat" opening a sentence is left to the caller).
 * @example isAuxiliary("musste") // true
 * @example isAuxiliary("betonte") // false
 */
export function isAuxiliary(word: string): boolean {
  return verbForms().auxiliaries.has(word);
}
