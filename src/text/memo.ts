/**
 * Caches for pure word-level functions the extractors call for every token ("is this a title?",
 * "is this a noun?"): the same few thousand words recur in every article, so each is worked out once.
 * Bounded: a cache that reaches its limit starts over, so memory stays flat on any archive.
 */

/** Entries a cache holds before it starts over. */
const LIMIT = 200_000;

/**
 * Memoise a pure function of one string.
 * @example const slowKey = (w: string) => w.toLowerCase(); const key = memoize(slowKey); key("Kim") // "kim", computed once
 */
export function memoize<T>(fn: (word: string) => T, limit = LIMIT): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    const value = fn(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, value);
    return value;
  };
}

/**
 * Memoise a pure function of an owner object (e.g. a lexicon, never changed after it is built) and
 * one string; each owner has its own cache, dropped with the owner.
 * @example const nounCheck = memoizeFor((lex: Lexicon, w: string) => lex.nouns.has(w)); nounCheck(lex, "Büro")
 */
export function memoizeFor<O extends object, T>(fn: (owner: O, word: string) => T, limit = LIMIT): (owner: O, word: string) => T {
  const caches = new WeakMap<O, Map<string, T>>();
  return (owner, word) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = new Map()));
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    const value = fn(owner, word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, value);
    return value;
  };
}
