/**
 * Habits and rules that recur every year ("Üblich ist eine Regenzeit von Juni bis August", "sind
 * im Monat Januar grundsätzlich nicht möglich"): a month named without a year in such a statement is
 * any year's, not one a timeline can place; and opening hours ("Die Bücherei ist von 9:00 bis 18:00
 * Uhr geöffnet"), any day's.
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

// "geöffnet", "geschlossen", "Öffnungszeiten", "öffnet" -> words of opening hours
const OPENING = /(?<![\p{L}-])(?:geöffnet|geschlossen|öffnet|schließt|Öffnungszeit(?:en)?)(?![\p{L}-])/iu;

// "war", "waren", "wurde", "hatte" -> a statement about what was ("waren … geöffnet", "hatte … geschlossen";
// "ist … geöffnet" is a state, which the tense reading takes for a perfect)
const WAS = /(?<![\p{L}-])(?:war|waren|wurde|wurden|hatte|hatten)(?![\p{L}-])/iu;

/**
 * Whether the clock times of a sentence are opening hours: not told in the past (no "war",
 * "wurde", "hatte"), with a word of
 * opening or closing, and every date of the sentence is a time of day (no day told: "An diesem Tag
 * sind die Geschäfte von 13:00 bis 18:00 Uhr geöffnet" is that day's; "Die Wahllokale waren von 8:00
 * bis 18:00 Uhr geöffnet" happened then).
 * @example openingHours("Die Einrichtung ist von 6:00 bis 20:00 Uhr geöffnet.", [<"6:00">, <"20:00 Uhr">]) // true
 * @example openingHours("Die Wahllokale waren von 8:00 bis 18:00 Uhr geöffnet.", [<"8:00">, <"18:00 Uhr">]) // false
 */
export function openingHours(sentence: string, mentions: readonly DateMention[]): boolean {
  return mentions.length > 0 && mentions.every((m) => m.precision === 'time') && OPENING.test(sentence) && !WAS.test(sentence);
}
