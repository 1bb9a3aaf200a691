/**
 * The German temporal tagger: find every date expression in an article body and resolve it
 * against the article date, the narrative so far, and the sentence's tense.
 */
import type { PreciseDate } from '../../corpus/article.ts';
import { firstPosition } from '../../common/sorted.ts';
import { type Sentence, splitSentences } from '../lexicon/index.ts';
import { parseCal } from './calendar.ts';
import { isNarrative } from './genre.ts';
import { DAY_PARTS } from './lexicon.ts';
import { findCandidates } from './patterns/index.ts';
import type { Reference, Resolution } from './reference.ts';
import { postponedTo } from './postponed.ts';
import { adjectiveDate, attributiveDate, futureDeadline, pastPlanDay, sinceNow } from './asides.ts';
import { resolve } from './resolve.ts';
import { type Tense, clauseAround, memoTenseCue } from './tense.ts';
import type { Cal, DateCandidate, DateMention } from './types.ts';

/** The last resolved date and where it was, so later expressions can lean on it. */
interface Last {
  cal: Cal;
  sentence: number;
  end: number;
  /** Whether the text stated the year ("am 28. Juli 1914"), rather than it being inferred. */
  explicit: boolean;
}

/** The sentence `offset` lies in: the last one starting at or before it (0 before the first). */
function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, firstPosition(sentences.length, (i) => sentences[i]!.start <= offset) - 1);
}

/**
 * A date that qualifies a noun ("vor den Präsidentschaftswahlen im November", "bei der Wahl
 * am Sonntag") is not told in the sentence's tense: the nearest such date is meant.
 */
const ATTRIBUTE_BEFORE = /(?:^|\s)(?:der|die|das|den|dem|des|einer|einem|einen|eine)\s+(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}-]+\s+(?:im|am)\s+$/u;

/** Whether `day` lies within the coarser `cal` ("1940-05-10" within "1940-05"). */
// "TNI" -> the time of a night (DAY_PARTS' "Nacht"), ending a resolved value ("2006-07-04TNI")
const NIGHT = `T${DAY_PARTS.get('nacht')}`;

function sameUpTo(day: Cal, cal: Cal): boolean {
  return day.year === cal.year && !!day.bc === !!cal.bc && (cal.month === undefined || cal.month === day.month);
}

/**
 * Whether a date becomes the narrative's reference. Asides do not: a bare year that bounds a
 * range or sits in parentheses ("bis 1881", "ab 1941", "(1890–1970)").
 * @example movesNarrative({ year: 1881 }, { year: 1862, month: 10 }, "s bis ") // false
 */
function movesNarrative(cal: Cal, last: Cal | undefined, before: string): boolean {
  if (!last || cal.month !== undefined) return true;
  return !/(?:(?:^|\s)(?:seit|ab|bis|von)\s+|\(\s*|\d[–-])$/i.test(before);
}

/**
 * The tense a date is told in: its clause's, else its sentence's, else present. A clause that reads
 * as a future only by its auxiliary, while the sentence around it has the participle ("wird seit 58
 * Jahren immer am 19. Januar, dem Geburtstag Poes, … besucht": a passive, cut by an apposition's
 * commas), takes the sentence's reading.
 */
function tenseAround(sentence: string, offset: number, cue: (text: string) => Tense | undefined): Tense {
  const clause = cue(clauseAround(sentence, offset));
  const whole = cue(sentence);
  if (clause === 'future' && whole === undefined) return 'present';
  return clause ?? whole ?? 'present';
}

/** The candidate, or else the first of its alternatives, that resolves. */
function resolveFirst(c: DateCandidate, ref: Reference): [DateCandidate?, Resolution?] {
  for (const option of [c, ...(c.alternatives ?? [])]) {
    const res = resolve(option.expr, ref);
    if (res) return [option, res];
  }
  return [];
}

// the first line break after the first text: the end of the lead paragraph
const LEAD_END = /\S[^\n]*/u;

/** Where the article's first paragraph (its lead) ends. */
function leadParagraphEnd(body: string): number {
  const m = LEAD_END.exec(body);
  return m ? m.index + m[0].length : body.length;
}

/** The article date as a calendar record; decade-precise dates count as their first year. */
function docCal(date: PreciseDate): Cal {
  return parseCal(date.value) ?? { year: Number(date.value.padEnd(4, '0').slice(0, 4)) || 0 };
}

/**
 * Every temporal expression in `body` with its TIMEX-like value, in text order. `sentences` are
 * `splitSentences(body)`, passed in when the caller has them already.
 * @example tagDates("Das Büro wurde im September eröffnet.", { value: "2019-03", precision: "month" })
 * // [{ text: "September", start: 18, end: 27, value: "2018-09", precision: "month", kind: "date" }]
 */
export function tagDates(body: string, articleDate: PreciseDate, sentences: readonly Sentence[] = splitSentences(body)): DateMention[] {
  const candidates = findCandidates(body);
  const doc = docCal(articleDate);
  const narrative = isNarrative(candidates, doc);
  const mentions: DateMention[] = [];
  let last: Last | undefined;
  let lastDay: Cal | undefined;
  let lastNight = false;
  let named: Cal | undefined;
  const leadEnd = leadParagraphEnd(body);
  const cue = memoTenseCue();
  for (const c of candidates) {
    const index = sentenceIndex(sentences, c.start);
    const sentence = sentences[index];
    const attributive = ATTRIBUTE_BEFORE.test(body.slice(Math.max(0, c.start - 80), c.start)) || adjectiveDate(body, c.start, c.end);
    // the clause's tense, else the sentence's (`tenseAt`, with each clause read once)
    const told: Tense = sentence && !attributive ? tenseAround(sentence.text, c.start - sentence.start, cue) : 'present';
    // a date something was moved to is the nearest such date, not one in the past tense of the moving
    const tense: Tense = postponedTo(body, c.start, c.end) ? 'present' : told;
    const lastNear = !!last?.explicit && last.sentence >= index - 1 && !body.slice(last.end, c.start).includes('\n');
    const ref: Reference = { doc, narrative, tense, lastNear };
    if (last) ref.last = last.cal;
    if (lastDay) ref.lastDay = lastDay;
    if (lastDay && lastNight) ref.lastNight = true;
    if (named) ref.namedDay = named;
    const [chosen, res] = resolveFirst(c, ref);
    if (!chosen || !res) continue;
    const { start, end } = chosen;
    const mention: DateMention = { text: body.slice(start, end), start, end, value: res.value, precision: res.precision, kind: res.kind };
    if (res.modifier) mention.modifier = res.modifier;
    mentions.push(mention);
    if (!named && end <= leadEnd && chosen.expr.type === 'calendar' && chosen.expr.day !== undefined && res.cal?.day !== undefined) named = res.cal;
    // (a date that qualifies a noun, "des 1849 verstorbenen Dichters", the start of a span until now, "seit 1949 … wird", a
    // deadline still to come, "Garantie bis 2010", or a day intended back then is no reference for later dates; after a span until now the reference is the article's date)
    const untilNow = !!res.cal && sinceNow(body, start, told);
    const aside = !!res.cal && (attributiveDate(body, start, end) || untilNow || futureDeadline(body, start, res.cal, doc) || (!!sentence && pastPlanDay(sentence.text, start - sentence.start, res.cal, doc)));
    if (res.cal && !aside && (!narrative || movesNarrative(res.cal, last?.cal, body.slice(Math.max(0, c.start - 6), c.start)))) {
      last = { cal: res.cal, sentence: index, end, explicit: c.expr.type === 'calendar' && chosen.expr.type === 'calendar' && chosen.expr.year !== undefined };
      if (res.cal.day !== undefined) {
        // (told as the night that begins on that day: "Nacht zum Samstag" is Friday's, resolved "…TNI")
        lastNight = res.value.endsWith(NIGHT);
        lastDay = res.cal;
      } else if (lastDay && !sameUpTo(lastDay, res.cal)) lastDay = undefined;
    }
    // (a span until now brings the story to the time of writing: "Seit 1949 wird … besucht. In diesem Jahr kamen …" is this year)
    if (untilNow) last = { cal: doc, sentence: index, end, explicit: false };
  }
  return mentions;
}
