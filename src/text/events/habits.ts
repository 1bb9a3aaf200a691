/**
 * Habits and rules that recur every year ("Üblich ist eine Regenzeit von Juni bis August", "sind
 * im Monat Januar grundsätzlich nicht möglich"): a month named without a year in such a statement is
 * any year's, not one a timeline can place; and opening hours ("Die Bücherei ist von 9:00 bis 18:00
 * Uhr geöffnet"), any day's.
 */
import { type DateMention, MONTHS, tenseOf } from '../dates/index.ts';
import { clausesOf } from './clauses.ts';

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

// "war", "wurde", "hatte" -> a statement about what was ("waren … geöffnet", "hatte … geschlossen";
// "ist … geöffnet" is a state, which the tense reading takes for a perfect); "wird", "werden" -> a
// single closing or opening ("Die Grenze wird um 20:00 Uhr geschlossen"); "seit", "ab" -> a change
// from a moment on ("ist seit 6:00 Uhr geschlossen", "ab 22 Uhr geschlossen")
const NOT_HOURS = /(?<![\p{L}-])(?:war|waren|wurde|wurden|hatte|hatten|wird|werden|seit|ab)(?![\p{L}-])/iu;

// "von 9:00 bis 18:00 Uhr", "von 9 Uhr bis 18 Uhr", "von 7.30 bis 20 Uhr" -> a range of clock times;
// "täglich bis 22 Uhr", "werktags von 8 bis 12 Uhr", "montags … bis 14 Uhr" -> a day of the week or
// "täglich" before a closing time
const HOURS_RANGE = new RegExp(
  String.raw`(?<![\p{L}-])von\s+\d{1,2}(?:[:.]\d{2})?(?:\s*Uhr)?\s+bis\s+\d{1,2}` +
    String.raw`|(?<![\p{L}-])(?:täglich|werktags|wochentags|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags)(?![\p{L}-])[^.;!?]*?(?<![\p{L}-])bis\s+\d{1,2}`,
  'iu',
);

// " und ", " oder " -> a word joining two clauses (or two ranges: "von 8 bis 12 und von 14 bis 18 Uhr")
const JOIN = /\s+(?:und|oder|sowie)\s+/u;

/**
 * Whether the clock times of a sentence are opening hours: one of its clauses (cut at commas and the
 * like, and at "und"/"oder") has a word of opening or closing, a range of times ("von 6:00 bis 20:00
 * Uhr", "täglich bis 22 Uhr") and no word of a past, a single closing or a change ("war", "wurde",
 * "hatte", "wird", "werden", "seit", "ab": "Die Grenze wird um 20:00 Uhr geschlossen" is that day's
 * news; a second clause, "… geöffnet und kann … genutzt werden", does not count); and every date of
 * the sentence is a time of day (no day told: "An diesem Tag sind die Geschäfte von 13:00 bis 18:00
 * Uhr geöffnet" is that day's; "Die Wahllokale waren von 8:00 bis 18:00 Uhr geöffnet" happened then).
 * @example openingHours("Die Einrichtung ist von 6:00 bis 20:00 Uhr geöffnet.", [<"6:00">, <"20:00 Uhr">]) // true
 * @example openingHours("Die Wahllokale waren von 8:00 bis 18:00 Uhr geöffnet.", [<"8:00">, <"18:00 Uhr">]) // false
 * @example openingHours("Die Grenze wird um 20:00 Uhr geschlossen.", [<"um 20:00 Uhr">]) // false
 */
export function openingHours(sentence: string, mentions: readonly DateMention[]): boolean {
  if (mentions.length === 0 || !mentions.every((m) => m.precision === 'time')) return false;
  return clausesOf(sentence)
    .flatMap((c) => sentence.slice(c.start, c.end).split(JOIN))
    .some((clause) => OPENING.test(clause) && HOURS_RANGE.test(clause) && !NOT_HOURS.test(clause));
}
