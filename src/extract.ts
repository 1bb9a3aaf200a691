/**
 * What the bot extracted from one article, as one JSON-ready object (the `extract` CLI).
 */
import type { Article } from './corpus/article.ts';
import type { Knowledge } from './answers/knowledge.ts';

/** One article's extraction record. */
export interface ExtractRecord {
  id: string;
  title: string;
  date: string;
  sentences: number;
}

/**
 * The extraction record for an article.
 * @example extractArticle(knowledge, article) // { id: "000_…", title: "…", date: "2019-03", sentences: 21 }
 */
export function extractArticle(knowledge: Knowledge, article: Article): ExtractRecord {
  return { id: article.id, title: article.title, date: article.date.value, sentences: knowledge.sentences.get(article.id)?.length ?? 0 };
}
