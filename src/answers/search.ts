/**
 * Free text: a search of the archive, best articles first, each with its best sentence.
 */
import { tokenize } from '../search/analyser.ts';
import type { Knowledge } from './knowledge.ts';
import type { SearchAnswer, SearchHit } from './types.ts';

/** Results per page. */
export const SEARCH_PAGE_SIZE = 5;

/**
 * Answer a free-text query.
 * @example searchAnswer(knowledge, "Kaesong").hits[0].snippet // "… Kaesong …"
 */
export function searchAnswer(knowledge: Knowledge, query: string): SearchAnswer {
  const results = knowledge.index.search(query);
  const hits: SearchHit[] = [];
  for (const result of results.slice(0, SEARCH_PAGE_SIZE)) {
    const article = knowledge.articles.get(result.id);
    if (!article) continue;
    const hit: SearchHit = { id: article.id, title: article.title, date: article.date.value, score: round(result.score), snippet: bestSentence(knowledge, article.id, result.terms) };
    if (article.url) hit.url = article.url;
    hits.push(hit);
  }
  const suggestions = hits.length === 0 ? knowledge.index.suggest(query) : [];
  return { kind: 'search', query, hits, total: results.length, suggestions };
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
