/**
 * Dates that do not become the reference for the dates after them: a date that qualifies a noun
 * ("des 1849 verstorbenen Schriftstellers": a side fact, so "… wird seit 58 Jahren immer am 19.
 * Januar … besucht" is not 19 January 1849; "eine Verfügung vom 17. Januar": a clock time after
 * it is still the day of the news), and a later date that was only
 * intended back then ("da der Richter das Urteil am 23. März sprechen wollte", told on the 16th:
 * "Dort fielen gegen 11:40 Uhr die Schüsse" is not on the 23rd), the start of a span lasting
 * until now ("seit dem 19. Januar 1949 … wird … besucht") and a deadline still to come ("bis 2010").
 */
import { verbForms } from '../lexicon/index.ts';
import { daysBetween } from './calendar.ts';
import { clauseAround, type Tense } from './tense.ts';
import type { Cal } from './types.ts';

// "des ", "der ", "einer " right before the date -> it opens a noun phrase
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s+$/iu;
// " verstorbenen Schriftstellers", " gegründete liberale Partei" -> an inflected lower-case word
// (its stem in group 1), up to two lower-case adjectives, then the capitalised noun
const PARTICIPLE_AFTER = /^\s+(\p{Ll}+?)(?:e|en|er|es|em)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}/u;

// "Verfügung des Amtsgerichts vom " -> a noun, then "vom" right before the date: the document or
// event of that date ("das Urteil vom 17. Januar"); not a range ("vom 10. bis 12. Mai", "vom 26. auf den 27.")
const NOUN_VOM_BEFORE = /\p{Lu}[\p{L}-]*\s+vom\s+$/u;
const RANGE_AFTER = /^\s*(?:bis|auf|zum)(?![\p{L}])/u;

/**
 * Whether the date at `start`..`end` qualifies a noun: between an article and an inflected past
 * participle ("des 1849 verstorbenen Schriftstellers"), or after a noun and "vom" ("eine
 * einstweilige Verfügung vom 17. Januar 2006").
 * @example attributiveDate("Das Grab des 1849 verstorbenen Dichters", 13, 17) // true
 * @example attributiveDate("Der Dichter ist 1849 verstorben.", 16, 20) // false
 */
export function attributiveDate(body: string, start: number, end: number): boolean {
  if (NOUN_VOM_BEFORE.test(body.slice(Math.max(0, start - 40), start)) && !RANGE_AFTER.test(body.slice(end, end + 6))) return true;
  return ARTICLE_BEFORE.test(body.slice(Math.max(0, start - 8), start)) && participleAfter(body, end);
}

/** The stem of the inflected word of a noun phrase right after `end` (PARTICIPLE_AFTER's group 1), if any. */
function inflectedAfter(body: string, end: number): string | undefined {
  return PARTICIPLE_AFTER.exec(body.slice(end, end + 80))?.[1];
}

/** Whether a past participle of a noun phrase follows `end` (" verstorbenen Schriftstellers"). */
function participleAfter(body: string, end: number): boolean {
  const stem = inflectedAfter(body, end);
  return stem !== undefined && verbForms().participles.has(stem);
}

// "für ab ", "der bis ", "die seit " -> an article or preposition, then the date's own preposition: a
// date opening a noun phrase ("für ab November lieferbares Öl"), not an adverbial ("hat im November neue Pläne")
const PHRASE_OPENS_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|für|mit|von|über)\s+(?:(?:ab|bis|seit|im|am|für|zum)\s+)?$/iu;

/**
 * Whether the date at `start`..`end` qualifies an adjective of a noun phrase it opens, and that
 * adjective is no past participle ("für ab November lieferbares Öl", "die bis Mai gültige
 * Regel"): it says when the thing is or will be so, not when the sentence's verb happened, so it
 * is not told in the sentence's tense. "des 1849 verstorbenen Dichters" is `attributiveDate`'s.
 * @example adjectiveDate("Händler zahlten für ab November lieferbares Öl 90 Dollar.", 23, 31) // true
 * @example adjectiveDate("Er hat im November neue Pläne vorgestellt.", 10, 18) // false
 */
export function adjectiveDate(body: string, start: number, end: number): boolean {
  if (!PHRASE_OPENS_BEFORE.test(body.slice(Math.max(0, start - 16), start))) return false;
  const stem = inflectedAfter(body, end);
  return stem !== undefined && !DETERMINER_AFTER.test(body.slice(end, end + 80)) && !verbForms().participles.has(stem);
}

// " eine ", " seinen ", " diese " -> an article or pronoun after the date: the object of a verb
// ("kündigte für den 18. September eine Demonstration an"), no adjective of the date's phrase
const DETERMINER_AFTER = /^\s+(?:ein|kein|mein|dein|sein|ihr|unser|euer|dies|jen|welch|solch|jed|manch|all)(?:e|en|er|es|em)?\s/u;

// "der seit ", "die ab ", "das im " -> an article, then the date's own preposition
const ARTICLE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\s+(?:seit|ab|bis|im|am|vom|von|für)\s+$/iu;

/**
 * Whether the date at `start`..`end` qualifies a noun, as `attributiveDate` says or after an
 * article and the date's own preposition before a past participle ("der seit Anfang des Jahres
 * errichtete Kindergarten"): for a timeline a date of its own beside a finer date of the sentence.
 * (The tagger keeps the narrower `attributiveDate`: the wider one moved WikiWarsDE values.)
 * @example qualifiesNoun("Eröffnet wurde der seit Mai errichtete Bau.", 24, 27) // true
 * @example qualifiesNoun("Seit Mai wird der Bau errichtet.", 5, 8) // false
 */
export function qualifiesNoun(body: string, start: number, end: number): boolean {
  return attributiveDate(body, start, end) || (articlePrepositionBefore(body, start) && participleAfter(body, end));
}

/**
 * Whether an article and the date's own preposition stand right before the date at `start` ("der
 * seit Mai …", "Die am Donnerstag …"): it may open a noun phrase that a participle closes.
 * @example articlePrepositionBefore("Die am Donnerstag verschwundene Frau", 7) // true
 * @example articlePrepositionBefore("Er kam am Donnerstag.", 10) // false
 */
export function articlePrepositionBefore(body: string, start: number): boolean {
  return ARTICLE_PREPOSITION_BEFORE.test(body.slice(Math.max(0, start - 16), start));
}

// "wollte", "sollten" -> an intention told in the past: what was meant to happen back then
const PAST_INTENTION = /(?<![\p{L}-])(?:wollte|wollten|sollte|sollten|beabsichtigte|beabsichtigten|plante|planten)(?![\p{L}-])/iu;

/**
 * Whether a day after the article's date is only the day something was intended for back then:
 * its clause tells an intention in the past ("da der Richter das Urteil am 23. März sprechen
 * wollte"). `offset` is the date's position in `sentence`.
 * @example pastPlanDay("Die Sitzung endete, da er am 23. März urteilen wollte.", 28, { year: 2007, month: 3, day: 23 }, { year: 2007, month: 3, day: 16 }) // true
 * @example pastPlanDay("Er wollte am 2. März urteilen.", 12, { year: 2007, month: 3, day: 2 }, { year: 2007, month: 3, day: 16 }) // false
 */
export function pastPlanDay(sentence: string, offset: number, day: Cal, doc: Cal): boolean {
  if (doc.day === undefined || day.day === undefined || day.bc || daysBetween(doc, day) <= 0) return false;
  return PAST_INTENTION.test(clauseAround(sentence, offset));
}

// "seit ", "Bereits seit dem ", "seit der " right before the date -> the start of a span
const SINCE_BEFORE = /(?:^|[^\p{L}])seit\s+(?:dem\s+|der\s+)?$/iu;

/**
 * Whether the date at `start` opens a span that lasts until now: after "seit" in a clause told in
 * the present ("Bereits seit dem 19. Januar 1949 … wird sein Grab … besucht"). The story is then
 * still at the time of writing, so "In diesem Jahr kamen 55 Besucher" after it is the article's year.
 * @example sinceNow("Seit 1949 wird das Grab besucht.", 5, "present") // true
 * @example sinceNow("Seit 1949 war das Grab verwaist.", 5, "past") // false
 */
export function sinceNow(body: string, start: number, tense: Tense): boolean {
  return tense === 'present' && SINCE_BEFORE.test(body.slice(Math.max(0, start - 12), start));
}

// "bis ", "bis zum ", "bis Ende " right before the date -> the end of a span
const UNTIL_BEFORE = /(?:^|[^\p{L}])bis\s+(?:zum\s+|zur\s+|(?:Anfang|Mitte|Ende)\s+)?$/iu;

/**
 * Whether the date at `start` is a deadline still to come: after "bis" and later than the article's
 * date ("erhalten eine Beschäftigungsgarantie bis 2010", told in 2006). The text goes on at the time
 * of writing, so "bis Ende November" in the next sentence is this November, not 2010's.
 * @example futureDeadline("Sie erhalten eine Garantie bis 2010.", 29, { year: 2010 }, { year: 2006, month: 11 }) // true
 * @example futureDeadline("Der Krieg dauerte bis 1953.", 22, { year: 1953 }, { year: 2006 }) // false
 */
export function futureDeadline(body: string, start: number, date: Cal, doc: Cal): boolean {
  return !date.bc && date.year > doc.year && UNTIL_BEFORE.test(body.slice(Math.max(0, start - 16), start));
}
