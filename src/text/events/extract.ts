/**
 * Events for timelines: a sentence (or the clause of it) that carries a resolved date. An
 * article's lead gets the article's own date when it names none.
 */
import type { Article } from '../../corpus/article.ts';
import { parseCal, type DateMention, type Modifier } from '../dates/index.ts';
import type { Sentence } from '../lexicon/index.ts';
import type { ArticleEvent, EventDate } from './types.ts';
import { contentWords, trimAround } from './words.ts';

const MAX_TEXT = 200;

/** Text between the two ends of a range: "vom 10. [auf den] 11. Februar", "1950[-]53", "März [bis] Mai". */
const RANGE_GAP = /^\s*(?:bis(?:\s+zum)?|[–-]|\/|auf den|zum|und)\s*(?:den\s+|dem\s+)?$/u;

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

/**
 * Whether mentions sit inside parentheses, as asides do: "des Korea-Krieges (1950-53)" — the last
 * bracket before the mention in its sentence is an opening one. Asked for mentions left to right,
 * it reads each sentence once.
 */
class Parentheses {
  private from = -1;
  private open = -1;
  private close = -1;

  constructor(private readonly body: string) {}

  inside(sentence: Sentence, mention: DateMention): boolean {
    if (this.from < sentence.start || this.from > mention.start) {
      this.from = sentence.start;
      this.open = -1;
      this.close = -1;
    }
    for (; this.from < mention.start; this.from++) {
      const c = this.body[this.from];
      if (c === '(') this.open = this.from;
      else if (c === ')') this.close = this.from;
    }
    return this.open > this.close;
  }
}

// A photo credit at the end of a paragraph, CREDIT = /(?:\b(?:epa|…)\b[^.!?]*|(?:Photo|Foto|Bild)\s*:.*)$/i
// tested in two linear steps (endsInCredit):
// "… epa/YONHAP" -> an agency name with no . ! ? after it
const AGENCY = /\b(?:epa|dpa|afp|ap|reuters|yonhap|ddp|kna)\b/i;
// "Photo : YONHAP News", "Foto: dpa" -> a label and its colon
const PHOTO_LABEL = /(?:Photo|Foto|Bild)\s*:/gi;

/** Answers of `isCaption` per paragraph line of one body (line start -> [line end, answer]) and the last line asked. */
interface CaptionCache {
  lines: Map<number, [number, boolean]>;
  last?: { from: number; end: number; caption: boolean };
}

/**
 * The paragraph holding an offset ends in a photo credit ("epa/YONHAP", "Photo : YONHAP News");
 * asked once per paragraph (the last one asked is kept, so a long line is not searched again).
 */
function isCaption(body: string, offset: number, cache: CaptionCache): boolean {
  if (cache.last && cache.last.from <= offset && offset < cache.last.end) return cache.last.caption;
  const found = body.indexOf('\n', offset);
  const end = found < 0 ? body.length : found;
  const from = body.lastIndexOf('\n', offset) + 1;
  const known = cache.lines.get(from);
  const caption = known && known[0] === found ? known[1] : endsInCredit(body.slice(from, end).trim());
  cache.lines.set(from, [found, caption]);
  cache.last = { from, end, caption };
  return caption;
}

/**
 * `CREDIT.test(line)` in linear time: an agency name after the line's last . ! ? (the regex
 * would try every agency name against the rest of the line), or "Photo:"/"Foto:"/"Bild:" with no
 * line break after its colon.
 */
function endsInCredit(line: string): boolean {
  const tail = Math.max(line.lastIndexOf('.'), line.lastIndexOf('!'), line.lastIndexOf('?'));
  // (from the mark on, so \b sees what stands before the name)
  if (AGENCY.test(line.slice(Math.max(0, tail)))) return true;
  let colon = -1;
  PHOTO_LABEL.lastIndex = 0;
  for (let m = PHOTO_LABEL.exec(line); m; m = PHOTO_LABEL.exec(line)) colon = m.index + m[0].length - 1;
  return colon >= 0 && !/[\n\r\u2028\u2029]/.test(line.slice(colon));
}

/** The first real sentence of the article: not a photo credit or caption, not a headline fragment. */
function leadSentence(body: string, sentences: readonly Sentence[], cache: CaptionCache): Sentence | undefined {
  return sentences.find((s) => /[.!?»«“"]$/u.test(s.text) && s.text.split(/\s+/).length >= 6 && !isCaption(body, s.start, cache));
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

function eventFor(article: Article, sentence: Sentence, mention: { start: number; end: number }, date: EventDate): ArticleEvent {
  const span = trimAround(sentence.text, mention.start - sentence.start, MAX_TEXT);
  const start = sentence.start + span.start;
  const end = sentence.start + span.end;
  const text = article.body.slice(start, end);
  const words = contentWords(windowAround(sentence, mention.start, mention.end));
  return { date, text, articleId: article.id, start, end, words };
}

/**
 * The dated events of an article: for each sentence, one event per distinct date it carries
 * (durations, vague references, dates in parentheses and the far end of a range excluded),
 * and the article's own date for its lead sentence when that names no date.
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
  for (const sentence of sentences) {
    if (isCaption(article.body, sentence.start, captions)) continue;
    // (sentences and mentions both run left to right: each mention is looked at about once)
    while (next < byStart.length && byStart[next]!.start < sentence.start) next++;
    const inside: DateMention[] = [];
    for (let k = next; k < byStart.length && byStart[k]!.start <= sentence.end; k++) if (byStart[k]!.end <= sentence.end) inside.push(byStart[k]!);
    const seen = new Set<string>();
    let previous: DateMention | undefined;
    for (const mention of inside) {
      const date = eventDateOf(mention);
      const rangeEnd = previous && RANGE_GAP.test(article.body.slice(previous.end, mention.start));
      previous = mention;
      if (!date || rangeEnd || parentheses.inside(sentence, mention)) continue;
      const key = `${date.value}|${date.modifier ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push(eventFor(article, sentence, mention, date));
    }
    if (sentence === lead && seen.size === 0 && parseCal(article.date.value)) {
      const whole = { start: sentence.start, end: sentence.start };
      events.push({ ...eventFor(article, sentence, whole, { value: article.date.value, precision: article.date.precision }), words: contentWords(sentence.text) });
    }
  }
  return events;
}
