/**
 * Everything the answers need, built once from the articles: the articles by id, their
 * sentences, and the search index. Updated in place when an article changes.
 */
import type { Article } from '../corpus/article.ts';
import { ArchiveIndex } from '../search/index.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';

/** The bot's view of the archive. */
export interface Knowledge {
  articles: Map<string, Article>;
  sentences: Map<string, Sentence[]>;
  index: ArchiveIndex;
}

/**
 * Build the knowledge for a set of articles.
 * @example const knowledge = buildKnowledge(corpus.articles)
 */
export function buildKnowledge(articles: Article[]): Knowledge {
  const knowledge: Knowledge = { articles: new Map(), sentences: new Map(), index: new ArchiveIndex() };
  for (const article of articles) upsertArticle(knowledge, article);
  return knowledge;
}

/** Add or replace one article. */
export function upsertArticle(knowledge: Knowledge, article: Article): void {
  knowledge.articles.set(article.id, article);
  knowledge.sentences.set(article.id, splitSentences(article.body));
  knowledge.index.upsert(article);
}

/** Remove one article by id. */
export function removeArticle(knowledge: Knowledge, id: string): void {
  knowledge.articles.delete(id);
  knowledge.sentences.delete(id);
  knowledge.index.remove(id);
}

/** Articles oldest first. */
export function articlesByDate(knowledge: Knowledge): Article[] {
  return [...knowledge.articles.values()].sort((a, b) => a.date.value.localeCompare(b.date.value) || a.id.localeCompare(b.id));
}
