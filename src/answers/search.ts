/**
 * Free text: a search of the archive, best articles first, each with its best sentence.
 */
import type { Lang } from '../i18n/messages.ts';
import { tokenize } from '../search/analyser.ts';
import { pageOf } from './paging.ts';
import type { Knowledge } from './knowledge.ts';
import type { SearchAnswer, SearchHit } from './types.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 5;

/**
 * Answer a free-text query.
 * @example searchAnswer(knowledge, { query: "Kaesong", lang: "de" }, "Kaesong").hits[0].snippet // "… Kaesong …"
 */
export function searchAnswer(knowledge: Knowledge, base: { query: string; lang: Lang }, text: string, page = 1): SearchAnswer {
  const results = knowledge.index.search(text);
  const slice = pageOf(results, page, SEARCH_PAGE_SIZE);
  const hits: SearchHit[] = [];
  for (const result of slice.items) {
    const article = knowledge.articles.get(result.id);
    if (!article) continue;
    const hit: SearchHit = { id: article.id, title: article.title, date: article.date.value, score: round(result.score), snippet: bestSentence(knowledge, article.id, result.terms) };
    if (article.url) hit.url = article.url;
    hits.push(hit);
  }
  const suggestions = hits.length === 0 ? knowledge.index.suggest(text) : [];
  return { kind: 'search', ...base, hits, total: results.length, suggestions, page: slice.page, pageCount: slice.pageCount, remaining: slice.remaining };
}

function bestSentence(knowledge: Knowledge, id: string, terms: string[]): string {
  const wanted = new Set(terms);
  let best = '';
  let bestScore = -1;
  for (const sentence of knowledge.sentences.get(id) ?? []) {
    const score = tokenize(sentence.text).filter((token) => wanted.has(token)).length;
    if (score > bestScore) {
      best = sentence.text;
      bestScore = score;
    }
  }
  return best;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
