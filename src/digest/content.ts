/**
 * What goes into a daily digest, as plain data (renderers turn it into Slack blocks or text).
 * Pure: the day, the articles and any extracted facts come in as arguments.
 */
import { previousDay } from '../calendar/index.ts';
import { citationOf, type Article, type Citation } from '../corpus/article.ts';
import { leadSentence } from './lead.ts';

/** A new article in the digest. */
export interface DigestArticle {
  citation: Citation;
  headline: string;
  /** First real sentence of the body, or `null` when none could be found. */
  lead: string | null;
}

/** One "Heute vor N Jahren" item: a dated event, or (until timelines exist) an article. */
export interface OnThisDayItem {
  yearsAgo: number;
  /** `YYYY-MM-DD`, same month and day as the digest's day, an earlier year. */
  date: string;
  text: string;
  source: 'event' | 'article';
  articleId: string;
  /** Present when the article is among the input articles. */
  citation?: Citation;
}

/** The quote of the day, with its source when known. */
export interface DigestQuote {
  text: string;
  speaker: string;
  articleId: string;
  citation?: Citation;
}

/** A digest for one day. `empty` means no new articles (the rest may still have content). */
export interface Digest {
  /** The local day the digest is for, `YYYY-MM-DD`. */
  day: string;
  /** First day of the window of new articles (inclusive), `YYYY-MM-DD`. */
  windowStart: string;
  empty: boolean;
  /** New articles, newest first. */
  articles: DigestArticle[];
  /** Items from this calendar day in earlier years, most recent year first. */
  onThisDay: OnThisDayItem[];
  /** People most named in the new articles, most often first (at most {@link PEOPLE_LIMIT}). */
  people: Array<{ name: string; count: number }>;
  quote?: DigestQuote;
}

/** Everything a digest is built from. */
export interface DigestInput {
  articles: Article[];
  /** Day of the last digest sent to this target (`YYYY-MM-DD`), `null` for the first one. */
  since: string | null;
  /** The digest's local day, `YYYY-MM-DD`. */
  today: string;
  /** Ids already listed by the last digest (articles of `since` itself are not repeated). */
  alreadySent?: string[];
  /** Dated events (e.g. from timelines); only `YYYY-MM-DD` dates on today's month/day count. */
  onThisDay?: Array<{ date: string; text: string; articleId: string }>;
  peopleCounts?: Array<{ name: string; count: number }>;
  quoteOfDay?: { text: string; speaker: string; articleId: string };
}

/**
 * How many people the digest names at most.
 * @example buildDigest(input).people.length <= PEOPLE_LIMIT // always true
 */
export const PEOPLE_LIMIT = 5;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Build the digest for `today`.
 * New articles are those dated to the day from `since` (inclusive, so articles that arrived
 * after the last digest on its own day count) through `today`, minus `alreadySent`; with no
 * `since`, from yesterday. Articles dated only to a month or year cannot be placed in that
 * window and are never counted as new.
 * @example buildDigest({ articles, since: '2025-06-30', today: '2025-07-01', alreadySent: ['a1'] })
 * // { day: '2025-07-01', windowStart: '2025-06-30', empty: false, articles: [...], ... }
 */
export function buildDigest(input: DigestInput): Digest {
  const { today } = input;
  if (!DAY.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  if (input.since !== null && !DAY.test(input.since)) throw new RangeError(`since must be YYYY-MM-DD, got "${input.since}"`);
  const windowStart = input.since ?? previousDay(today);
  const known = new Map(input.articles.map((a) => [a.id, a]));
  const articles = newArticlesOf(input).map((a) => ({ citation: citationOf(a), headline: a.title, lead: leadSentence(a) }));
  const digest: Digest = {
    day: today,
    windowStart,
    empty: articles.length === 0,
    articles,
    onThisDay: onThisDay(input, known),
    people: topPeople(input.peopleCounts ?? []),
  };
  if (input.quoteOfDay) digest.quote = withCitation(input.quoteOfDay, known);
  return digest;
}

/**
 * The articles a digest lists: day-precision articles dated since the last digest (or the day
 * before) up to today and not already sent, newest first.
 * @example newArticlesOf({ articles, since: null, today: "2026-07-27" }).map((a) => a.id) // ["a7", "a6"]
 */
export function newArticlesOf(input: Pick<DigestInput, 'articles' | 'since' | 'today' | 'alreadySent'>): Article[] {
  const start = input.since ?? previousDay(input.today);
  const sent = new Set(input.alreadySent ?? []);
  return input.articles
    .filter((a) => a.date.precision === 'day' && a.date.value >= start && a.date.value <= input.today && !sent.has(a.id))
    .sort((a, b) => b.date.value.localeCompare(a.date.value) || a.id.localeCompare(b.id));
}

/** Events on today's month/day in earlier years; the day's articles when there are none. */
function onThisDay(input: DigestInput, known: Map<string, Article>): OnThisDayItem[] {
  const events = (input.onThisDay ?? []).map((e) => ({ ...e, source: 'event' as const }));
  const articles = input.articles.filter((a) => a.date.precision === 'day').map((a) => ({ date: a.date.value, text: a.title, articleId: a.id, source: 'article' as const }));
  const pick = (items: typeof events | typeof articles) =>
    items
      .map((item) => ({ item, years: yearsBefore(item.date, input.today) }))
      .filter((x): x is { item: typeof x.item; years: number } => x.years !== undefined)
      .sort((a, b) => a.years - b.years || a.item.articleId.localeCompare(b.item.articleId))
      .map(({ item, years }) => withCitation({ yearsAgo: years, ...item }, known));
  const fromEvents = pick(events);
  return fromEvents.length > 0 ? fromEvents : pick(articles);
}

/** Whole years from `date` to `today` if both share month and day and `date` is earlier. */
function yearsBefore(date: string, today: string): number | undefined {
  const d = DAY.exec(date);
  const t = DAY.exec(today);
  if (!d || !t || d[2] !== t[2] || d[3] !== t[3]) return undefined;
  const years = Number(t[1]) - Number(d[1]);
  return years > 0 ? years : undefined;
}

function topPeople(counts: Array<{ name: string; count: number }>): Array<{ name: string; count: number }> {
  return counts
    .filter((p) => p.name.trim() !== '' && p.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'de'))
    .slice(0, PEOPLE_LIMIT)
    .map((p) => ({ name: p.name, count: p.count }));
}

function withCitation<T extends { articleId: string }>(item: T, known: Map<string, Article>): T & { citation?: Citation } {
  const article = known.get(item.articleId);
  return article ? { ...item, citation: citationOf(article) } : { ...item };
}
