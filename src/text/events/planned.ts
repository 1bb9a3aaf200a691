/**
 * Plans, expectations and assessments about a later time ("soll im November stattfinden",
 * "die Chancen für einen Gipfel vor den Wahlen im November als gering eingestuft"): such a
 * date is not when something happened. The statement is dated when it was said (the article's
 * date) and marked as planned, or left to another date of its sentence.
 */
import type { PreciseDate } from '../../corpus/article.ts';
import { verbForms, verbs } from '../lexicon/index.ts';
import type { EventDate } from './types.ts';
import { relativeClauses } from './clauses.ts';
import { leadIntention } from './intention.ts';

// "soll", "wollen", "plant", "geplant", "erwartet", "voraussichtlich", "wird", "kommenden",
// "anstehenden", "bevorstehende", "möglicherweise", "frühestens", "Das nächste Spiel", "könnte" -> a word that
// looks ahead (present tense only: "wollten" and "sollte" tell what was intended back then); not
// after "wie"/"als": "wie geplant", "früher als erwartet" look back on a plan that has come true;
// "nächste" only after "der/die/das" ("am nächsten Tag" counts from the time told) and before a noun
// (BEFORE_NOUN, checked apart: under the "i" flag \p{Lu} matches lower-case letters too);
// "könnte(n)" not before "sein"/"haben"/"werden" in its clause ("könnte … geflohen sein" guesses at the past)
const LOOKING_AHEAD =
  /(?<![\p{L}-])(?<!(?:^|[^\p{L}])(?:wie|als)\s)(?:soll|sollen|will|wollen|wolle|plant|planen|geplant|geplanten?|erwartet|erwarten|voraussichtlich|möglicherweise|wird|werden|werde|kommenden?|anstehenden?|bevorstehenden?|künftigen?|angekündigten?|demnächst|bald|frühestens|spätestens|(?<=(?:^|[^\p{L}])(?:der|die|das)\s)nächste|könnten?(?![\p{L}-])(?![^,;:.–]*\s(?:sein|haben|werden)(?![\p{L}-])))(?![\p{L}-])/iu;

// " Sitzung" after "nächste" -> a noun follows (case-sensitive: " am Schalter" is none)
const BEFORE_NOUN = /^\s+\p{Lu}/u;

// "geplante", "kommenden", "anstehende", "nächste" -> a looking-ahead word that is an adjective
const AHEAD_ADJECTIVE = /^(?:geplanten?|kommenden?|anstehenden?|bevorstehenden?|künftigen?|angekündigten?|nächste)$/iu;
// " Endabnahme", " neue Saison" -> the noun (after at most one more adjective) of an attributive adjective
const NOUN_AFTER = /^\s+(?:\p{Ll}+e[nrms]?\s+)?\p{Lu}/u;
// "Mai ", "20. September 2009 ", "morgen, den 20. September, " -> the date before an adjective in its
// noun phrase ("der für Mai geplante Gipfel"): only words of a date between them (numbers, names,
// "den"/"dem", a day word), not "Mittwoch einen Ausblick auf die "
const PHRASE_BEFORE = /^(?:(?:[\p{Lu}\d][\p{L}\d]*\.?|den|dem|morgen|heute|übermorgen)[,\s]+)*$/u;
/** How many characters the date may stand before an adjective of its noun phrase. */
const PHRASE_REACH = 40;

/**
 * Whether a date lies after the time of the article: it starts after the article's date ends
 * ("2020-11" after "2020-07"; "2007-01-01" after "2006-10-14"), compared at the coarser precision.
 * @example laterThan({ value: "2020-11", precision: "month" }, { value: "2020-07", precision: "month" }) // true
 * @example laterThan({ value: "2020", precision: "year" }, { value: "2020-07", precision: "month" }) // false
 */
export function laterThan(date: EventDate, article: PreciseDate): boolean {
  const n = Math.min(date.value.length, article.value.length);
  return date.value.slice(0, n) > article.value.slice(0, n);
}

/** Whether a date holds the article's date ("2008" and "2008-06" hold "2008-06-12"). */
function holds(date: EventDate, article: PreciseDate): boolean {
  return article.value.startsWith(date.value);
}

/**
 * Whether a date in a sentence names the time of a plan or expectation rather than of something
 * that happened: it lies after the article's date, or it is the article's own time and something
 * was announced for it ("für Mitte November angekündigt") or the sentence looks ahead ("will in der zweiten Jahreshälfte 2008 … starten" in June 2008), outside
 * a relative clause that does not hold the date (at offset `at` in the sentence, when given).
 * @example isPlanned("Ban wird seinen Vorgänger am 1. Januar 2007 ablösen.", { value: "2007-01-01", precision: "day" }, { value: "2006-10-14", precision: "day" }) // true
 * @example isPlanned("Trump traf Kim am Sonntag.", { value: "2019-07", precision: "month" }, { value: "2019-07", precision: "month" }) // false
 */
export function isPlanned(sentence: string, date: EventDate, article: PreciseDate, at?: number): boolean {
  if (laterThan(date, article)) return true;
  if (!holds(date, article)) return false;
  if (at !== undefined && announcedFor(sentence, at)) return true;
  return lookingAhead(sentence, at) !== undefined;
}

// "für ", "für den ", "für das " right before the date -> what it is meant for
const FOR_BEFORE = /(?:^|[^\p{L}])für\s+(?:den\s+|das\s+|die\s+)?$/iu;
// "angekündigt", "kündigte … an", "geplant", "vorgesehen", "angesetzt", "terminiert" -> a date set in advance
const ANNOUNCED = /(?<![\p{L}-])(?:angekündigt|kündigte|kündigt|geplant|vorgesehen|angesetzt|terminiert)(?![\p{L}-])/iu;

/**
 * Whether the date at offset `at` is what something was announced or set for ("ist für Mitte
 * November angekündigt worden", "kündigte den Film für den 8. Januar an"): a plan, even when the
 * date is the article's own month.
 * @example announcedFor("Das Gerät ist für Mitte November angekündigt.", 20) // true
 * @example announcedFor("Er dankte für den 8. Januar.", 19) // false
 */
function announcedFor(sentence: string, at: number): boolean {
  return FOR_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) && ANNOUNCED.test(sentence);
}

// " könnte", " soll" -> the word right after a passive infinitive's "werden"
const MODAL_AFTER = /^\s+(\p{L}+)/u;

/**
 * The first looking-ahead word of a sentence that speaks of the date at offset `at`: a word in a
 * relative clause that does not hold the date ("Im Bau ist derzeit eine Rollbahn, auf der die
 * Starts stattfinden werden") tells about something else; "wird"/"werden" of a passive looks at
 * nothing, unless a looking-ahead modal follows it ("die jetzt ergänzt werden könnte").
 */
function lookingAhead(sentence: string, at: number | undefined): RegExpMatchArray | undefined {
  // (relative clauses as clauses.ts finds them: ", die auf 29,9 Prozent aufgestockt werden sollen" is one)
  const clauses = at === undefined ? [] : relativeClauses(sentence).filter(({ start, end }) => at < start || at >= end);
  const words = new RegExp(LOOKING_AHEAD.source, 'giu');
  for (const m of sentence.matchAll(words)) {
    if (clauses.some(({ start, end }) => m.index >= start && m.index < end) || otherNounPhrase(sentence, m, at)) continue;
    if (/^nächste$/iu.test(m[0]) && !BEFORE_NOUN.test(sentence.slice(m.index + m[0].length))) continue;
    if (!passiveAfter(sentence, m) && !passiveInfinitive(sentence, m)) return m;
    // (a passive infinitive right before a looking-ahead modal, "ergänzt werden könnte", is that modal's)
    const next = MODAL_AFTER.exec(sentence.slice(m.index + m[0].length));
    return next && LOOKING_AHEAD.test(next[1]!) ? next : undefined;
  }
  return undefined;
}

/**
 * Whether a looking-ahead adjective qualifies a noun that tells nothing of when the date at `at`
 * happens: its phrase does not hold the date, and it is the object of a preposition ("hat am
 * Montag einen Einblick in die kommenden Versionen gegeben", "für die kommende Saison verstärkt")
 * or lies in another clause ("Jetzt steht fest, dass die geplante Endabnahme nicht erfolgen
 * kann"). "Das nächste Spiel findet am Freitag statt" (the subject of the date's clause), "der für
 * Mai geplante Gipfel" and "für kommenden Montag" (phrases holding their date) still look ahead.
 * Without an offset nothing is ruled out.
 * @example otherNounPhrase("Am Montag gab er einen Ausblick auf die kommende Saison.", <"kommende">, 3) // true
 */
function otherNounPhrase(sentence: string, word: RegExpMatchArray, at: number | undefined): boolean {
  const from = word.index!;
  const end = from + word[0].length;
  if (at === undefined || !AHEAD_ADJECTIVE.test(word[0]) || !NOUN_AFTER.test(sentence.slice(end))) return false;
  // (the date is its noun, "für kommenden Montag", or stands before it in its phrase, "der für Mai geplante Gipfel")
  if (at >= end && /^\s*$/u.test(sentence.slice(end, at))) return false;
  if (at <= from && from - at <= PHRASE_REACH && PHRASE_BEFORE.test(sentence.slice(at, from))) return false;
  const between = at < from ? sentence.slice(at, from) : sentence.slice(end, at);
  return PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, from - 30), from)) || CLAUSE_BREAK.test(between);
}

// "in die ", "für die ", "auf eine ", "zur " right before the adjective -> the object of a preposition
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:in|für|auf|an|über|unter|vor|nach|mit|bei|von|zu|aus|um|gegen|durch|ohne|zum|zur|im|am|ins|ans|vom|beim)\s+(?:(?:der|die|das|den|dem|des|ein|eine[mnrs]?|seine[mnrs]?|ihre[mnrs]?)\s+)?$/iu;
// ", dass", ", vier Monate danach," ";" ":" " – " between the date and the adjective -> another clause (not
// the comma of "am Freitag, 17. Dezember" or of a list "Schwulen, Lesben": no lower-case word after it)
const CLAUSE_BREAK = /,\s+\p{Ll}|[;:–]/u;

// "wird"/"werden"/"werde" -> the auxiliary that is future or passive
const AUXILIARY = /^(?:wird|werden|werde)$/i;
// "vorgeworfen, im März" -> the lower-case words of the rest of the sentence
const LOWER_WORDS = /(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu;

/**
 * Whether the looking-ahead word is "wird"/"werden" of a passive: a past participle follows it,
 * and not "werden" after that ("wird … freigegeben werden" is a future passive). A participle that is also an infinitive ("verlassen", "vertreten") does not
 * count: "wird die Stadt verlassen" looks ahead.
 * @example passiveAfter("Ihm wird vorgeworfen, im März Geld unterschlagen zu haben.", …) // true
 * @example passiveAfter("Biegun wird sich am Donnerstag mit Suh treffen.", …) // false
 */
function passiveAfter(sentence: string, ahead: RegExpMatchArray): boolean {
  if (!AUXILIARY.test(ahead[0])) return false;
  const { participles } = verbForms();
  const infinitives = verbs();
  const rest = sentence.slice(ahead.index! + ahead[0].length);
  for (const m of rest.matchAll(LOWER_WORDS)) if (participles.has(m[0]) && !Object.hasOwn(infinitives, m[0])) return !FUTURE_INFINITIVE.test(rest.slice(m.index + m[0].length));
  return false;
}

// " werden" right after the participle -> a future passive ("wird … freigegeben werden")
const FUTURE_INFINITIVE = /^\s+werden(?![\p{L}-])/u;

// "unterbrochen " before "werden" -> the last word before the auxiliary
const WORD_BEFORE = /(\p{L}+)\s+$/u;
// "wird", "werden", "werde" earlier in the sentence -> a future passive ("wird … gebaut werden")
const FUTURE_AUX = /(?<![\p{L}-])(?:wird|werden|werde)(?![\p{L}-])/iu;

/**
 * Whether the looking-ahead word is "werden"/"wird" after a past participle: a passive
 * infinitive after a modal ("mussten … unterbrochen werden", "vertraut werden könne") or a
 * passive in a clause's final position ("der gebaut wird"), which looks ahead only as a future
 * passive, with "wird"/"werden" before it ("wird … gebaut werden").
 * @example passiveInfinitive("Kurz vor Mittag mussten die Arbeiten unterbrochen werden.", …) // true
 * @example passiveInfinitive("Die Brücke wird im Mai gebaut werden.", …) // false
 */
function passiveInfinitive(sentence: string, ahead: RegExpMatchArray): boolean {
  if (!AUXILIARY.test(ahead[0])) return false;
  const before = sentence.slice(0, ahead.index);
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word || !verbForms().participles.has(word) || Object.hasOwn(verbs(), word)) return false;
  return !FUTURE_AUX.test(before);
}

// "demnächst", "bald", "künftig", "in Kürze", "in Zukunft" -> an adverb of a time still to come
// (not the adjectives "künftigen", "baldige")
const AHEAD_ADVERB = /(?<![\p{L}-])(?:demnächst|bald|künftig|in Kürze|in Zukunft)(?![\p{L}-])/iu;
// "soll … verkauft werden", "sollen … geschlossen werden" -> a plan told in the passive, within one clause
// (not "soll … festgenommen worden sein": a report of what happened)
const PLANNED_PASSIVE = /(?<![\p{L}-])(?:soll|sollen)(?![\p{L}-])[^,;:.–]*?\s\p{Ll}+\s+werden(?![\p{L}-])/u;

/**
 * Whether a lead that names no date tells a plan: it has an adverb of a time still to come ("muss
 * sich demnächst vor Gericht verantworten"), a plan in the passive ("soll wieder belebt werden"),
 * or its main clause tells an intention, plan, possibility or future ("Kim will in engem Kontakt
 * bleiben", "könnte für Spannungen sorgen": the desk's convention, see `leadIntention`). An
 * allegation ("Eine Firma soll mit Leichenteilen handeln") is the news of the day, as are the
 * looking-ahead adjectives of a noun phrase ("für die kommende Saison verstärkt").
 * @example leadPlanned("Das Werk soll an einen Investor verkauft werden.") // true
 * @example leadPlanned("Der Verein hat sich für die kommende Saison verstärkt.") // false
 */
export function leadPlanned(sentence: string): boolean {
  return AHEAD_ADVERB.test(sentence) || PLANNED_PASSIVE.test(sentence) || leadIntention(sentence);
}
