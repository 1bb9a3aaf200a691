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
  knowledge.sentences.set(article.id, sentencesOf(article.body));
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

/**
 * `splitSentences` line by line, offsets into the whole text. A line break always ends a
 * sentence, so the result is the same, but long texts split much faster (splitSentences looks
 * back over the whole text before each full stop, which is quadratic in the text length).
 * @example sentencesOf("Erster Satz.\nZweiter Satz.")[1] // { text: "Zweiter Satz.", start: 13, end: 26 }
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start) for (const s of splitSentences(text.slice(start, end))) sentences.push({ text: s.text, start: s.start + start, end: s.end + start });
    start = end + 1;
  }
  return sentences;
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
