/**
 * Events for timelines: a sentence (or the clause of it) that carries a resolved date. An
 * article's lead gets the article's own date when it names none.
 */
import type { Article } from '../../corpus/article.ts';
import { addDays, calValue, parseCal, qualifiesNoun, postponedTo, type DateMention, type Modifier } from '../dates/index.ts';
import { type Sentence, verbForms } from '../lexicon/index.ts';
import type { ArticleEvent, EventDate } from './types.ts';
import { contentWords } from './words.ts';
import { clauseSpan } from './clauses.ts';
import { withoutAttribution } from './attribution.ts';
import { isPlanned, leadPlanned } from './planned.ts';
import { Parentheses, isCaption, type CaptionCache } from './asides.ts';
import { presentBeside, presentMention } from './present.ts';
import { periodMention } from './periods.ts';
import { comparisonBaseline } from './baseline.ts';
import { habitualMonth, openingHours } from './habits.ts';
import { THEN_REACH, thenWordAt } from './anaphor.ts';
import { datesBesideNews } from './lead-beside.ts';

// "2007-02-09TNI" -> a night, resolved to the day it begins on
const NIGHT_VALUE = /TNI$/;

/**
 * Text between the two ends of a range: "vom 10. [auf den] 11. Februar", "1950[-]53", "März [bis]
 * Mai", a change "von 80.000 im Jahr 2003[ auf 40.000 im ]Jahr 2004" (a number, perhaps with a unit, then "im"/"in").
 */
const RANGE_GAP = /^\s*(?:bis(?:\s+zum)?|[–-]|\/|auf den|zum|und|auf\s+[\d.,]+(?:\s*(?:%|Prozent|Euro|Dollar|Millionen|Milliarden))?\s+(?:im|in))\s*(?:den\s+|dem\s+)?$/u;

/** Season and quarter codes as a position within the year. */
const PART_MODIFIER: Readonly<Record<string, Modifier | undefined>> = {
  SP: 'early',
  SU: 'mid',
  FA: 'late',
  WI: undefined,
  Q1: 'early',
  H1: 'early',
  Q2: 'mid',
  Q3: 'mid',
  Q4: 'late',
  H2: 'late',
};

/**
 * The timeline date of a mention, or undefined for what is no event date: durations, vague
 * references, centuries, years before Christ.
 * @example eventDateOf({ value: "2006-08-27TAF", precision: "time", ... }) // { value: "2006-08-27", precision: "day" }
 * @example eventDateOf({ value: "1940-SU", precision: "season", ... }) // { value: "1940", precision: "year", modifier: "mid" }
 */
export function eventDateOf(mention: DateMention): EventDate | undefined {
  if (mention.kind !== 'date' || mention.value.startsWith('BC')) return undefined;
  const modifier = mention.modifier ? { modifier: mention.modifier } : {};
  switch (mention.precision) {
    case 'day':
    case 'month':
    case 'year':
    case 'decade':
      return { value: mention.value, precision: mention.precision, ...modifier };
    case 'time':
      return { value: mention.value.slice(0, 10), precision: 'day' };
    case 'season':
    case 'quarter': {
      const part = PART_MODIFIER[mention.value.slice(5)];
      return { value: mention.value.slice(0, 4), precision: 'year', ...(part ? { modifier: part } : {}) };
    }
    case 'week':
      return weekMonth(mention.value);
    default:
      return undefined;
  }
}

/** The month an ISO week ("2008-W35", "2008-W35-WE") mostly lies in: the month of its Thursday. */
function weekMonth(value: string): EventDate | undefined {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return undefined;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const thursday = new Date(jan4);
  thursday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 3 + 7 * (Number(m[2]) - 1));
  return { value: thursday.toISOString().slice(0, 7), precision: 'month' };
}

// "heute", "Heute" -> the day the article appeared
const TODAY = /^heute$/iu;
// " noch" after "heute"; "bis " or "auch " before it
const NOWADAYS_AFTER = /^\s+noch\b/iu;
const NOWADAYS_BEFORE = /\bbis\s+$/iu;

/**
 * "heute" that the date tagger left as a reference to the present (it does so in narrative
 * context): in a news article, the day it appeared, when its date is a day.
 */
function todayOf(article: Article, mention: DateMention): EventDate | undefined {
  if (mention.kind !== 'ref' || article.date.precision !== 'day' || !TODAY.test(article.body.slice(mention.start, mention.end))) return undefined;
  return { value: article.date.value, precision: 'day' };
}

/** "auch heute noch", "bis heute": nowadays, not the day of the article ("auch heute wieder" is). */
function nowadays(body: string, mention: DateMention): boolean {
  if (!TODAY.test(body.slice(mention.start, mention.end))) return false;
  return NOWADAYS_AFTER.test(body.slice(mention.end, mention.end + 6)) || NOWADAYS_BEFORE.test(body.slice(Math.max(0, mention.start - 5), mention.start));
}

// "… bereitet hat?" -> a question (also before a closing quote): it opens a story, it tells no news
const QUESTION_END = /\?[\s“”"«»]*$/u;

/**
 * The first real sentence of the article: not a photo credit or caption, not a headline
 * fragment, not a question ("Was macht man, wenn …?" opens a feature; the news follows it).
 */
function leadSentence(body: string, sentences: readonly Sentence[], cache: CaptionCache): Sentence | undefined {
  return sentences.find((s) => /[.!»«“"]$/u.test(s.text) && !QUESTION_END.test(s.text) && s.text.split(/\s+/).length >= 6 && !isCaption(body, s.start, cache));
}

/** Words on each side of a date that describe its event ("gescheiterten Gipfel ... im Februar 2019"). */
const WINDOW_WORDS = 10;

/** The text within `WINDOW_WORDS` words of a date mention, inside its sentence. */
function windowAround(sentence: Sentence, from: number, to: number): string {
  const before = sentence.text
    .slice(0, from - sentence.start)
    .split(/\s+/)
    .slice(-WINDOW_WORDS - 1);
  const after = sentence.text
    .slice(to - sentence.start)
    .split(/\s+/)
    .slice(0, WINDOW_WORDS + 1);
  return `${before.join(' ')} ${after.join(' ')}`;
}

// "Wahlergebnisse", "gewann", "Gibt" -> the words of a text
const WORDS = /\p{L}+/gu;

/** A text without a known finite verb is a fragment only when it is shorter than this many words (the verb tables miss some verbs: "massakrierten"). */
const FRAGMENT_WORDS = 9;

/**
 * Whether a text is a line rather than a statement: short and without a verb form (a lower-case
 * finite form or participle, or the first word as one). A source line ("DNN vom 9. Juni 2005"), a
 * heading ("Wahlergebnisse 2005:") or a data line ("Samstag, 9. Februar 2008") is no event.
 * @example isFragment("Sächsische Zeitung Freitag, 10. Juni 2005") // true
 * @example isFragment("Der Australier gewann heute die Etappe.") // false
 */
export function isFragment(text: string): boolean {
  const words = text.match(WORDS) ?? [];
  if (words.length >= FRAGMENT_WORDS) return false;
  // (a participle too: the tables split some verbs wrongly, "untersucht" -> "sucht … unter")
  const { finite, participles } = verbForms();
  return !words.some((w, i) => {
    const word = i === 0 ? w.toLowerCase() : w;
    return finite.has(word) || participles.has(word);
  });
}

function eventFor(article: Article, sentence: Sentence, mention: { start: number; end: number }, date: EventDate): ArticleEvent {
  const at = mention.start - sentence.start;
  const span = withoutAttribution(sentence.text, clauseSpan(sentence.text, at), at);
  const start = sentence.start + span.start;
  const end = sentence.start + span.end;
  const text = article.body.slice(start, end);
  const words = contentWords(windowAround(sentence, mention.start, mention.end));
  return { date, text, articleId: article.id, start, end, words };
}

/** A date mention of a sentence with its timeline date; `ahead` for a period still to come ("in den nächsten Wochen"), which is a plan whatever the sentence's verbs. */
interface Found {
  mention: DateMention;
  date: EventDate;
  ahead?: boolean;
}

/**
 * The events a sentence gives from its date mentions: one per distinct date, without a date
 * another one of the sentence refines ("2014" beside "am 7. Mai 2014"). Dates of plans and
 * expectations ("soll im November") give no event when the sentence has a date of something
 * that happened; else one event dated when it was said (the article's date), marked planned
 * (unless the sentence tells that the plan was moved: then the moving happened that day).
 */
function sentenceEvents(article: Article, sentence: Sentence, found: readonly Found[]): Array<{ mention: DateMention; date: EventDate; planned: boolean }> {
  // (a date qualifying a noun, "der seit Anfang des Jahres errichtete Kindergarten", is its own event beside a finer one)
  const refined = (f: Found) => found.some((g) => g.date.value.length > f.date.value.length && g.date.value.startsWith(f.date.value)) && !qualifiesNoun(article.body, f.mention.start, f.mention.end);
  // (a night is told by the hour of its morning beside it: "in der Nacht zum Samstag gegen 1:30 Uhr" is Saturday's)
  const spentNight = (f: Found) => {
    const morning = NIGHT_VALUE.test(f.mention.value) ? parseCal(f.date.value) : undefined;
    return !!morning && found.some((g) => g.mention.precision === 'time' && g.date.value === calValue(addDays(morning, 1)));
  };
  const kept = found
    .filter((f) => !refined(f) && !spentNight(f))
    .map((f) => ({ mention: f.mention, date: f.date, planned: f.ahead === true || isPlanned(sentence.text, f.date, article.date, f.mention.start - sentence.start) }));
  const happened = kept.filter((f) => !f.planned);
  const planned = kept.find((f) => f.planned);
  // (a plan the sentence reports being moved, "wurde auf den 28. November vertagt": the moving happened)
  const moved = planned !== undefined && postponedTo(article.body, planned.mention.start, planned.mention.end);
  const chosen = happened.length > 0 || !planned ? happened : [{ ...planned, date: { value: article.date.value, precision: article.date.precision }, planned: !moved }];
  const seen = new Set<string>();
  return chosen.filter(({ date }) => {
    const key = `${date.value}|${date.modifier ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The dated events of an article: for each sentence that is not a question, one event per
 * distinct date it carries (durations, vague references, dates in parentheses and the far end of
 * a range excluded),
 * and the article's own date for its lead sentence when that names no date, or only dates outside
 * its main clause (`datesBesideNews`; planned when the lead tells a plan, see `leadPlanned`).
 * @example extractEvents(article, tagDates(article.body, article.date), splitSentences(article.body))
 * // [{ date: { value: "2019-02", precision: "month", modifier: "late" }, text: "Der Knackpunkt ...", ... }]
 */
export function extractEvents(article: Article, dates: readonly DateMention[], sentences: readonly Sentence[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const captions: CaptionCache = { lines: new Map() };
  const lead = leadSentence(article.body, sentences, captions);
  const parentheses = new Parentheses(article.body);
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  let next = 0;
  // the last date a statement that happened was given, and in which sentence ("damals" points back to it)
  let told: { index: number; date: EventDate } | undefined;
  for (const [index, sentence] of sentences.entries()) {
    // (a question tells no event: "Welches Kind der 80er Jahre hatte keinen Kassettenrekorder?")
    if (isCaption(article.body, sentence.start, captions) || QUESTION_END.test(sentence.text)) continue;
    // (sentences and mentions both run left to right: each mention is looked at about once)
    while (next < byStart.length && byStart[next]!.start < sentence.start) next++;
    const inside: DateMention[] = [];
    for (let k = next; k < byStart.length && byStart[k]!.start <= sentence.end; k++) if (byStart[k]!.end <= sentence.end) inside.push(byStart[k]!);
    const found: Found[] = [];
    // (opening hours, "ist von 6:00 bis 20:00 Uhr geöffnet", are any day's)
    const hours = openingHours(sentence.text, inside);
    let previous: DateMention | undefined;
    for (const mention of inside) {
      const date = eventDateOf(mention) ?? todayOf(article, mention);
      const rangeEnd = previous && RANGE_GAP.test(article.body.slice(previous.end, mention.start));
      previous = mention;
      // (a decade, "in den 1970-ern", the baseline of a comparison, "gegenüber 1990", and a month of a habit,
      // "Üblich ist eine Regenzeit von Juni bis August", date no event)
      const dated = date && date.precision !== 'decade' && !hours && !comparisonBaseline(article.body, mention) && !habitualMonth(sentence.text, mention);
      if (dated && !rangeEnd && !parentheses.inside(sentence, mention) && !nowadays(article.body, mention)) found.push({ mention, date });
    }
    const present = found.length === 0 ? presentMention(article, sentence) : undefined;
    if (present && !parentheses.inside(sentence, present)) found.push({ mention: present, date: { value: present.value, precision: 'day' } });
    // (a period from now that the tagger left a length of time, "in den nächsten Wochen"; one back in time, "in den
    // letzten Tagen", not in the lead, whose news is of the article's day)
    const period = found.length === 0 ? periodMention(article, sentence) : undefined;
    if (period && (period.ahead || sentence !== lead) && !parentheses.inside(sentence, period.mention)) found.push(period);
    // (a statement that points back, "hatte sich damals geweigert", takes the date told just before)
    const then = found.length === 0 && told && index - told.index <= THEN_REACH ? thenWordAt(article.body, sentence) : undefined;
    if (then && told && !(then.past && told.date.value === article.date.value)) {
      found.push({ mention: { text: '', start: then.at, end: then.at, value: told.date.value, precision: told.date.precision, kind: 'date' }, date: told.date });
    }
    // (a word for now in the main clause beside dates of subordinate clauses, "…, der 2001 … verdrängt hatte, will nun …": its own event)
    const now = presentBeside(
      article,
      sentence,
      found.map((f) => f.mention.start),
    );
    const chosen = sentenceEvents(article, sentence, found);
    if (now && !parentheses.inside(sentence, now) && !chosen.some((c) => c.date.value === now.value)) {
      const date: EventDate = { value: now.value, precision: 'day' };
      chosen.push({ mention: now, date, planned: isPlanned(sentence.text, date, article.date, now.start - sentence.start) });
    }
    const happened = chosen.find((c) => !c.planned);
    if (happened) told = { index, date: happened.date };
    for (const { mention, date, planned } of chosen) {
      const event = eventFor(article, sentence, mention, date);
      if (!isFragment(event.text)) events.push(planned ? { ...event, planned: true } : event);
    }
    const seen = chosen;
    // (a lead whose main clause has no date of its own, "Drei Manager standen vor Gericht, nachdem im September 2004 …",
    // is the article's day beside those dates)
    const beside =
      sentence === lead &&
      !seen.some((c) => c.date.value === article.date.value) &&
      datesBesideNews(
        article.body,
        sentence,
        found.map((f) => f.mention),
      );
    if (sentence === lead && (seen.length === 0 || beside) && parseCal(article.date.value)) {
      const whole = { start: sentence.start, end: sentence.start };
      const date: EventDate = { value: article.date.value, precision: article.date.precision };
      const event: ArticleEvent = { ...eventFor(article, sentence, whole, date), words: contentWords(sentence.text) };
      // (a lead whose news is a plan, "muss sich demnächst vor Gericht verantworten", is planned on the article's date)
      events.push(leadPlanned(sentence.text) ? { ...event, planned: true } : event);
    }
  }
  return events;
}
