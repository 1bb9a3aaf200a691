/**
 * The three search systems compared by eval/search.ts, each built over the same articles and
 * returning the ids of its top 10 for a query: this project's search, minisearch with default
 * options, and lunr with lunr-languages' German stemmer and stopwords.
 */
import { createRequire } from 'node:module';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import type { Article } from '../src/corpus/article.ts';
import { ArchiveIndex } from '../src/search/index.ts';
import { rank } from '../src/search/rank.ts';

/** A built system: query in, ranked ids out. */
export interface SearchSystem {
  name: string;
  search(query: string): string[];
}

/**
 * This project's index and ranking (phrases checked against the article text).
 * @example korea(articles).search("Atomgespräche")
 */
export function korea(articles: Article[]): SearchSystem {
  const index = new ArchiveIndex(articles);
  const texts = new Map(articles.map((a) => [a.id, `${a.title}\n${a.body}`]));
  return { name: 'this analyser', search: (query) => rank(index, query, { textOf: (id) => texts.get(id) }).docs.slice(0, 10).map((d) => d.id) };
}

/**
 * minisearch with its default options (title and body fields).
 * @example miniSearchDefault(articles).search("Atomgespräche")
 */
export function miniSearchDefault(articles: Article[]): SearchSystem {
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  mini.addAll(articles.map(({ id, title, body }) => ({ id, title, body })));
  return { name: 'minisearch (defaults)', search: (query) => mini.search(query).slice(0, 10).map((r) => String(r.id)) };
}

/**
 * lunr with lunr-languages German (stemmer, stopwords, trimmer) on title and body; query words
 * go through the same pipeline, combined with OR as in a plain lunr search.
 * @example lunrGerman(articles).search("Atomgespräche")
 */
export function lunrGerman(articles: Article[]): SearchSystem {
  const require = createRequire(import.meta.url);
  (require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
  (require('lunr-languages/lunr.de') as (l: typeof lunr) => void)(lunr);
  const german = (lunr as unknown as { de: lunr.Builder.Plugin }).de;
  const index = lunr(function () {
    this.use(german);
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const { id, title, body } of articles) this.add({ id, title, body });
  });
  return {
    name: 'lunr + lunr-languages de',
    search: (query) => index.query((q) => {
      for (const token of lunr.tokenizer(query)) q.term(token.toString(), {});
    }).slice(0, 10).map((r) => r.ref),
  };
}
