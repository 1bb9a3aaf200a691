/**
 * Everything the bot reads out of one article at load time: dates, dated events, people, places
 * and organisations, quotes. Pure (the lexicons are package data, loaded once).
 */
import type { Article } from '../../corpus/article.ts';
import { tagDates, type DateMention } from '../../text/dates/index.ts';
import { extractEvents, type ArticleEvent } from '../../text/events/index.ts';
import { findPeople, type ArticlePeople } from '../../text/people/index.ts';
import { findQuotes, type Quote } from '../../text/quotes/index.ts';
import type { Sentence } from '../../text/lexicon/index.ts';

/** Facts of one article. */
export interface ArticleFacts {
  dates: DateMention[];
  events: ArticleEvent[];
  people: ArticlePeople;
  quotes: Quote[];
}

/**
 * Extract the facts of an article from its sentences (`splitSentences(article.body)`).
 * @example extractFacts(article, sentences).people.people[0].name // "Stephen Biegun"
 */
export function extractFacts(article: Article, sentences: readonly Sentence[]): ArticleFacts {
  const dates = tagDates(article.body, article.date, sentences);
  const people = findPeople(article.body, sentences);
  return { dates, events: extractEvents(article, dates, sentences), people, quotes: findQuotes(article.body, sentences, people) };
}

/** What one article gave: its facts, or empty facts and why extraction failed. */
export interface SafeFacts {
  facts: ArticleFacts;
  /** The error an extractor threw, when it did; the facts are then empty. */
  error?: string;
}

/**
 * `extractFacts`, but an extractor that throws costs only this article's facts: they come back
 * empty with the error, so one odd article never stops a whole load (the article stays searchable).
 * @example extractFactsSafely(article, sentences) // { facts } or { facts: emptyFacts(), error: "RangeError: …" }
 */
export function extractFactsSafely(article: Article, sentences: readonly Sentence[], extract = extractFacts): SafeFacts {
  try {
    return { facts: extract(article, sentences) };
  } catch (error) {
    return { facts: emptyFacts(), error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/**
 * Facts of an article nothing was extracted from.
 * @example emptyFacts().quotes // []
 */
export function emptyFacts(): ArticleFacts {
  return { dates: [], events: [], people: { people: [], entities: [] }, quotes: [] };
}

/**
 * The warning for an article whose facts could not be extracted, naming the file and the error.
 * @example extractionWarning("corpus/a.txt", "RangeError: …").reason // "facts not extracted (RangeError: …): …"
 */
export function extractionWarning(file: string, error: string): { file: string; reason: string } {
  return { file, reason: `facts not extracted (${error}): the article is searchable, its dates, people and quotes are left out` };
}

/**
 * The people named inside a stretch of the article (by name, surname, title or pronoun).
 * @example peopleIn(facts, event.start, event.end) // ["Stephen Biegun"]
 */
export function peopleIn(facts: ArticleFacts, start: number, end: number): string[] {
  return facts.people.people.filter((p) => p.mentions.some((m) => m.start >= start && m.end <= end)).map((p) => p.name);
}

/** How far before a report that names no one its people are looked for (about a sentence or two). */
const NEARBY_CHARS = 300;

/**
 * The people named in the stretch just before `start` (for a report that names no one itself,
 * "zwischen beiden": whom it is most likely about).
 * @example nearbyPeopleIn(facts, event.start) // ["Donald Trump", "Kim Jong-un"]
 */
export function nearbyPeopleIn(facts: ArticleFacts, start: number): string[] {
  return peopleIn(facts, Math.max(0, start - NEARBY_CHARS), start);
}
