/**
 * Dates that only name the baseline of a comparison ("um acht Prozent gegenüber 1990 verringern",
 * "im Vergleich zum Vorjahr", "unter das Niveau von 1990"): nothing happened then that the
 * sentence tells, so a timeline leaves them out.
 */
import type { DateMention } from '../dates/index.ts';

// "gegenüber ", "gegenüber dem Jahr ", "im Vergleich zum ", "verglichen mit ", "das Niveau von ",
// "dem Stand von " right before the date -> the date is what something is measured against
const BEFORE_BASELINE = /(?<![\p{L}-])(?:gegenüber|im Vergleich zu[mr]?|verglichen mit|Niveau von|Stand von)\s+(?:(?:dem|den|der)\s+)?(?:(?:Jahr|Jahres|Monat|Monats)\s+)?$/iu;

/** How many characters before a date the comparison word may stand. */
const REACH = 40;

/**
 * Whether a date mention is the baseline of a comparison: a comparison word stands right before it.
 * @example comparisonBaseline("… um acht Prozent gegenüber 1990 zu verringern.", <"1990">) // true
 * @example comparisonBaseline("Gegenüber Journalisten sagte er am Montag …", <"am Montag">) // false
 */
export function comparisonBaseline(body: string, mention: DateMention): boolean {
  return BEFORE_BASELINE.test(body.slice(Math.max(0, mention.start - REACH), mention.start));
}
