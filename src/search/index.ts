/**
 * The archive index: articles in, ranked article ids out.
 */
import MiniSearch from 'minisearch';
import type { Article } from '../corpus/article.ts';
import { SEARCH_OPTIONS } from './analyser.ts';

/** One ranked article. */
export interface IndexHit {
  id: string;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

/** Options for a query. */
export interface QueryOptions {
  /** Only articles for which this returns true. */
  filter?: (id: string) => boolean;
}

/**
 * A full-text index over articles, updated in place when articles change.
 * @example const index = new ArchiveIndex(articles); index.search("Kaesong")
 */
export class ArchiveIndex {
  private readonly mini = new MiniSearch<{ id: string; title: string; body: string }>(SEARCH_OPTIONS);

  constructor(articles: Article[] = []) {
    this.mini.addAll(articles.map(toDocument));
  }

  /** Add or replace an article. */
  upsert(article: Article): void {
    if (this.mini.has(article.id)) this.mini.discard(article.id);
    this.mini.add(toDocument(article));
  }

  /** Remove an article, if present. */
  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /** Ranked hits for free text; all words must match (with prefix and small typos). */
  search(text: string, options: QueryOptions = {}): IndexHit[] {
    const results = this.mini.search(text, options.filter ? { filter: (r) => options.filter!(String(r.id)) } : {});
    return results.map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Closest indexed terms to a word, for "did you mean". */
  suggest(text: string): string[] {
    return this.mini.autoSuggest(text, { fuzzy: 0.3, prefix: true }).slice(0, 5).map((s) => s.suggestion);
  }
}

function toDocument(article: Article) {
  return { id: article.id, title: article.title, body: article.body };
}
