/**
 * The one text analyser, used both to index and to query (minisearch needs the same options
 * at build and load time, so every option lives here).
 */

/** Fold a word for matching: lower case, umlauts and ß as their ASCII spellings. */
export function foldWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

// "Kim Jong-un, 2019" -> ["Kim", "Jong", "un", "2019"]
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Split text into index terms.
 * @example tokenize("Kim Jong-un trifft Außenminister") // ["kim", "jong", "un", "trifft", "aussenminister"]
 */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord);
}

/** The minisearch options shared by build and load. */
export const SEARCH_OPTIONS = {
  fields: ['title', 'body'],
  storeFields: [] as string[],
  tokenize: (text: string) => text.match(WORD) ?? [],
  processTerm: (term: string) => foldWord(term),
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' as const },
};
