/**
 * German temporal tagging: `tagDates` finds and resolves date expressions, `formatGermanDate`
 * writes a date back in German at its precision; the month and weekday words and the calendar
 * parsing the tagger uses are shared with events/.
 * @example tagDates("Das Büro wurde im September eröffnet.", { value: "2019-03", precision: "month" })[0].value // "2018-09"
 */
export { tagDates } from './tag.ts';
export { formatGermanDate } from './format.ts';
export { MONTHS, WEEKDAYS, monthOf } from './lexicon.ts';
export { addDays, calValue, parseCal } from './calendar.ts';
export { postponedTo } from './postponed.ts';
/** Whether a date qualifies a noun: `qualifiesNoun("der seit Mai errichtete Bau", 9, 12)` // true. */
export { qualifiesNoun } from './asides.ts';
/** Whether an article and a preposition stand right before a date: `articlePrepositionBefore("Die am Montag verschwundene Frau", 7)` // true. */
export { articlePrepositionBefore } from './asides.ts';
/** The rough tense of a German sentence (auxiliaries, past forms, participles): `tenseOf("Unterdessen wurde er gefasst.")` // "past". */
export { tenseOf, type Tense } from './tense.ts';
/** The mention a tagger returns, e.g. `{ text: "Ende Februar", value: "2019-02", precision: "month", modifier: "late", kind: "date", ... }`. */
export type { DateMention, MentionPrecision, Modifier, Cal, DateCandidate } from './types.ts';
