/**
 * Periods counted from the time of writing ("in den letzten Stunden", "in den vergangenen zehn
 * Tagen", "in den nächsten Wochen", "vor einigen Stunden"): the date tagger reads them as lengths of time, which a
 * timeline cannot place, but in a news article they put a statement next to the article's date.
 * A period back in time dates what happened in it: hours the article's day, days and weeks its
 * month (longer ones nothing: "in den vergangenen Jahren" is background). A period ahead is a plan
 * or an expectation, dated when it was said (the article's date) and marked planned.
 */
import type { Article } from '../../corpus/article.ts';
import type { DateMention } from '../dates/index.ts';
import type { Sentence } from '../lexicon/index.ts';
import type { EventDate } from './types.ts';
import { insideQuote } from './present.ts';

// "zehn", "zwei", "48", "paar" -> the count of a period (optional): "in den vergangenen zehn Tagen"
const COUNT = String.raw`(?:\d{1,3}|ein paar|paar|beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|zwanzig|vierundzwanzig|achtundvierzig)`;

// "in den letzten Stunden", "innerhalb der vergangenen zehn Tage", "während der zurückliegenden
// Wochen", "Für die kommenden Wochen", "für die nächsten Monate" -> a period from now (not
// "folgenden": in a narration it counts from the time told, not from now)
const PERIOD = new RegExp(
  String.raw`(?<![\p{L}-])(?:in|innerhalb|während|für|über)\s+(?:den|der|die)\s+(?<way>letzten|vergangenen|zurückliegenden|nächsten|kommenden)\s+(?:${COUNT}\s+)?(?<unit>Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren)(?![\p{L}-])`,
  'iu',
);
// "Pressemedien der letzten zwei Wochen" -> the same as a genitive right after a noun (case-sensitive: not
// after a lower-case word, "einer der letzten Tage" is one day of them)
const PERIOD_AFTER_NOUN = new RegExp(
  String.raw`(?<![\p{L}-])der\s+(?<way>letzten|vergangenen|zurückliegenden|nächsten|kommenden)\s+(?:${COUNT}\s+)?(?<unit>Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren)(?![\p{L}-])`,
  'gu',
);
// "Pressemedien " -> the capitalised noun right before such a genitive
const NOUN_BEFORE = /(?<![\p{L}-])\p{Lu}\p{Ll}+\s$/u;
// "vor einigen Stunden", "vor zwei Stunden", "vor wenigen Minuten" -> a moment of the article's day (the
// tagger leaves hours and minutes ago undated)
const HOURS_AGO = new RegExp(
  String.raw`(?<![\p{L}-])vor\s+(?:(?:etwa|rund|knapp|gut|fast|über|mehr als)\s+)?(?:einigen|wenigen|ein paar|mehreren|${COUNT}|einer|einer halben)\s+(?<unit>Stunden?|Minuten?)(?![\p{L}-])`,
  'iu',
);

/** How far back a period may reach and still be dated: its unit's date precision, or none. */
const BACK_PRECISION: Readonly<Record<string, 'day' | 'month' | undefined>> = { stunden: 'day', tage: 'month', tagen: 'month', wochen: 'month' };

/** A period from the time of writing in a sentence, with the date it gives and whether it lies ahead. */
export interface PeriodMention {
  mention: DateMention;
  date: EventDate;
  ahead: boolean;
}

/**
 * The first period counted from the time of writing in a sentence, outside a direct quote: back
 * ("in den letzten Stunden" -> the article's day; "in den vergangenen zehn Tagen" -> its month)
 * or ahead ("in den nächsten Wochen" -> the article's date, planned). None when the article's
 * date is too coarse for the period (hours need a day) or the period is too long to place.
 * @example periodMention({ date: { value: "2006-02-10", precision: "day" }, … }, { text: "In den letzten Stunden drehte der Wind.", … })
 *   // { mention: { text: "In den letzten Stunden", … }, date: { value: "2006-02-10", precision: "day" }, ahead: false }
 * Hours or minutes ago ("vor einigen Stunden") are the article's day too.
 * @example periodMention(article, { text: "Auch in den vergangenen Jahren gab es Fluten.", … }) // undefined
 */
export function periodMention(article: Article, sentence: Sentence): PeriodMention | undefined {
  const m = PERIOD.exec(sentence.text) ?? afterNoun(sentence.text) ?? HOURS_AGO.exec(sentence.text);
  if (!m) return undefined;
  const start = sentence.start + m.index;
  if (insideQuote(article.body, start)) return undefined;
  const ahead = m.groups!.way !== undefined && /^(?:nächsten|kommenden)$/iu.test(m.groups!.way);
  const date = ahead ? { value: article.date.value, precision: article.date.precision } : backDate(article, m.groups!.way ? m.groups!.unit! : 'stunden');
  if (!date) return undefined;
  const mention: DateMention = { text: m[0], start, end: start + m[0].length, value: date.value, precision: date.precision, kind: 'date' };
  return { mention, date, ahead };
}

/** The first period of PERIOD_AFTER_NOUN that follows a capitalised noun ("Pressemedien der letzten zwei Wochen"). */
function afterNoun(text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(PERIOD_AFTER_NOUN)) if (NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return m as RegExpExecArray;
  return undefined;
}

/** The date of a period back from the article's date in this unit: the day for hours, the month for days and weeks, when the article's date is that fine. */
function backDate(article: Article, unit: string): EventDate | undefined {
  const precision = BACK_PRECISION[unit.toLowerCase()];
  if (precision === 'day') return article.date.precision === 'day' ? { value: article.date.value, precision: 'day' } : undefined;
  if (precision === 'month') return article.date.value.length >= 7 ? { value: article.date.value.slice(0, 7), precision: 'month' } : undefined;
  return undefined;
}
