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
  /** Articles oldest first; computed on demand, dropped on every change. */
  byDate?: Article[] | undefined;
}

/**
 * Build the knowledge for a set of articles.
 * @example const knowledge = buildKnowledge(corpus.articles)
 */
export function buildKnowledge(articles: Article[]): Knowledge {
  const knowledge: Knowledge = { articles: new Map(), sentences: new Map(), index: new ArchiveIndex() };
  for (const article of articles) upsertArticle(knowledge, article);
  knowledge.index.seal();
  return knowledge;
}

/** Add or replace one article. */
export function upsertArticle(knowledge: Knowledge, article: Article): void {
  knowledge.articles.set(article.id, article);
  knowledge.sentences.set(article.id, splitSentences(article.body));
  knowledge.index.upsert(article);
  knowledge.byDate = undefined;
}

/** Remove one article by id. */
export function removeArticle(knowledge: Knowledge, id: string): void {
  knowledge.articles.delete(id);
  knowledge.sentences.delete(id);
  knowledge.index.remove(id);
  knowledge.byDate = undefined;
}

/** Articles oldest first (sorted once per change of the archive; do not modify the array). */
export function articlesByDate(knowledge: Knowledge): Article[] {
  knowledge.byDate ??= [...knowledge.articles.values()].sort((a, b) => a.date.value.localeCompare(b.date.value) || a.id.localeCompare(b.id));
  return knowledge.byDate;
}

/**
 * An article's title and text, as the search reads them.
 * @example textOf(knowledge, "003_3f8a301a5dfb26f2") // "Die Verhandlungen …\n…"
 */
export function textOf(knowledge: Knowledge, id: string): string | undefined {
  const article = knowledge.articles.get(id);
  return article && `${article.title}\n${article.body}`;
}
