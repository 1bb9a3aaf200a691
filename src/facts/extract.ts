/**
 * Everything the bot reads out of one article at load time: people, places and organisations,
 * quotes. Pure (the lexicons are package data, loaded once).
 */
import type { Article } from '../corpus/article.ts';
import { findPeople, type ArticlePeople } from '../text/people/index.ts';
import { findQuotes, type Quote } from '../text/quotes/index.ts';
import type { Sentence } from '../text/sentences.ts';

/** Facts of one article. */
export interface ArticleFacts {
  people: ArticlePeople;
  quotes: Quote[];
}

/**
 * Extract the facts of an article from its sentences.
 * @example extractFacts(article, sentences).people.people[0].name // "Stephen Biegun"
 */
export function extractFacts(article: Article, sentences: readonly Sentence[]): ArticleFacts {
  const people = findPeople(article.body, sentences);
  return { people, quotes: findQuotes(article.body, sentences, people) };
}
