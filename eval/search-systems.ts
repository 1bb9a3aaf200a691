/**
 * The search systems compared by eval/search.ts, each built over the same articles and returning
 * the ids of its top 10 for a query: this project's search (the answers' own ranking, with the
 * facts the bot extracts at load time), minisearch with default options, minisearch set up for
 * German the way a competent user would (folding, stop words, Snowball stems, prefix and fuzzy
 * matching), and lunr with lunr-languages' German pipeline.
 */
import { createRequire } from 'node:module';
import { stemmer } from '@orama/stemmers/german';
import lunr from 'lunr';
import MiniSearch, { type Options } from 'minisearch';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { rankSearch } from '../src/answers/search.ts';
import type { Article } from '../src/corpus/article.ts';
import { STOPWORDS } from '../src/search/stopwords.ts';

/** A built system: query in, ranked ids out. */
export interface SearchSystem {
  name: string;
  search(query: string): string[];
}

/**
 * This project's search as the answers run it (query reading, date hints, ranking).
 * @example korea(articles).search("Atomgespräche")
 */
export function korea(articles: Article[]): SearchSystem {
  const knowledge = buildKnowledge(articles);
  return {
    name: 'this bot',
    search: (query) =>
      rankSearch(knowledge, query, 10)
        .docs.slice(0, 10)
        .map((d) => d.id),
  };
}

/**
 * minisearch with its default options (title and body fields).
 * @example miniSearchDefault(articles).search("Atomgespräche")
 */
export function miniSearchDefault(articles: Article[]): SearchSystem {
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({ fields: ['title', 'body'] });
  mini.addAll(articles.map(({ id, title, body }) => ({ id, title, body })));
  return {
    name: 'minisearch (defaults)',
    search: (query) =>
      mini
        .search(query)
        .slice(0, 10)
        .map((r) => String(r.id)),
  };
}

const require = createRequire(import.meta.url);
// The Snowball German stop list (as src/search/stopwords.ts keeps it), umlauts also without dots: "fuer" and "fur"
const SNOWBALL_STOPWORDS = new Set([...STOPWORDS, ...[...STOPWORDS].map((w) => w.replace(/([aou])e/g, '$1'))]);

/**
 * minisearch set up for German: Unicode folding (NFKD without marks, lower case, ß -> ss),
 * the Snowball German stop list, Snowball German stems (@orama/stemmers), prefix matching for
 * words over 4 letters, fuzzy 0.2 for words over 5, OR (a title boost of 2 scored lower on
 * every set, so it is left out).
 * @example miniSearchGerman(articles).search("Atomgespräche")
 */
export function miniSearchGerman(articles: Article[]): SearchSystem {
  const mini = new MiniSearch<{ id: string; title: string; body: string }>(miniSearchGermanOptions());
  mini.addAll(articles.map(({ id, title, body }) => ({ id, title, body })));
  return {
    name: 'minisearch (German)',
    search: (query) =>
      mini
        .search(query)
        .slice(0, 10)
        .map((r) => String(r.id)),
  };
}

/**
 * The options of that setup, for building (and for `MiniSearch.loadJSON`, which needs the same).
 * @example new MiniSearch(miniSearchGermanOptions())
 */
export function miniSearchGermanOptions(): Options<{ id: string; title: string; body: string }> {
  // "Größe" -> "grosse" -> "gross"; "für" -> null (Snowball stop word)
  const fold = (term: string) => term.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
  const processTerm = (term: string) => {
    const folded = fold(term);
    return SNOWBALL_STOPWORDS.has(folded) ? null : stemmer(folded);
  };
  return {
    fields: ['title', 'body'],
    processTerm,
    searchOptions: { processTerm, prefix: (term) => term.length > 4, fuzzy: (term) => (term.length > 5 ? 0.2 : false), combineWith: 'OR' },
  };
}

function loadLunrGerman(): lunr.Builder.Plugin {
  const l = lunr as unknown as { de?: lunr.Builder.Plugin };
  if (!l.de) {
    (require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
    (require('lunr-languages/lunr.de') as (l: typeof lunr) => void)(lunr);
  }
  return l.de!;
}

/**
 * lunr with lunr-languages German (trimmer, stop words, stemmer) on title and body. Query words
 * are lunr's tokens, each run through the German search pipeline by `query()` (trimmer and
 * stemmer), combined with OR as in a plain lunr search; the title weighs 2x.
 * @example lunrGerman(articles).search("Atomgespräche")
 */
export function lunrGerman(articles: Article[]): SearchSystem {
  const german = loadLunrGerman();
  const index = lunr(function () {
    this.use(german);
    this.ref('id');
    this.field('title', { boost: 2 });
    this.field('body');
    for (const { id, title, body } of articles) this.add({ id, title, body });
  });
  return {
    name: 'lunr + lunr-languages de',
    search: (query) =>
      index
        .query((q) => {
          for (const token of lunr.tokenizer(query)) q.term(token.toString(), {});
        })
        .slice(0, 10)
        .map((r) => r.ref),
  };
}
