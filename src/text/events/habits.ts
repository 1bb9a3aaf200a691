/**
 * Habits and rules that recur every year ("Üblich ist eine Regenzeit von Juni bis August", "sind
 * im Monat Januar grundsätzlich nicht möglich"): a month named without a year in such a statement is
 * any year's, not one a timeline can place.
 */
import { type DateMention, MONTHS, tenseOf } from '../dates/index.ts';

// "üblich", "grundsätzlich", "jedes Jahr", "alljährlich", "in der Regel", "traditionell" -> a word
// that makes a present statement a habit or a standing rule
const HABIT = /(?<![\p{L}-])(?:üblich|üblicherweise|grundsätzlich|gewöhnlich|normalerweise|jedes Jahr|jedem Jahr|alljährlich|jährlich|in der Regel|traditionell|traditionsgemäß)(?![\p{L}-])/iu;
// "Juni", "Januar" -> the month names the tagger knows, as words
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}-])(?:${[...MONTHS.keys()].filter((name) => /^\p{L}+$/u.test(name)).join('|')})(?![\p{L}-])`, 'iu');
// "2006", "1999" -> a year written out
const YEAR = /\d{4}/u;

/**
 * Whether a date mention names a month of a habit: it names a month but no year, and its
 * sentence, told in the present, has a word of habit or rule.
 * @example habitualMonth("Üblich ist eine Regenzeit von Juni bis August.", <"von Juni">) // true
 * @example habitualMonth("Die Regenzeit begann im Juni.", <"im Juni">) // false
 */
export function habitualMonth(sentence: string, mention: DateMention): boolean {
  return MONTH_WORD.test(mention.text) && !YEAR.test(mention.text) && HABIT.test(sentence) && tenseOf(sentence) === 'present';
}
