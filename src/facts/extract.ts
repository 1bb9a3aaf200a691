/**
 * Everything the bot reads out of one article at load time: dates, dated events, people, places
 * and organisations, quotes. Pure (the lexicons are package data, loaded once).
 */
import type { Article } from '../corpus/article.ts';
import { tagDates, type DateMention } from '../text/dates/index.ts';
import { extractEvents, type ArticleEvent } from '../text/events.ts';
import { findPeople, type ArticlePeople } from '../text/people/index.ts';
import { findQuotes, type Quote } from '../text/quotes/index.ts';
import type { Sentence } from '../text/sentences.ts';

/** Bump whenever an extractor's output changes, so snapshots made by the old code are rebuilt. */
export const FACTS_VERSION = 2;

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

/**
 * The people named inside a stretch of the article (by name, surname, title or pronoun).
 * @example peopleIn(facts, event.start, event.end) // ["Stephen Biegun"]
 */
export function peopleIn(facts: ArticleFacts, start: number, end: number): string[] {
  return facts.people.people.filter((p) => p.mentions.some((m) => m.start >= start && m.end <= end)).map((p) => p.name);
}
