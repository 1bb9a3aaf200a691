/**
 * Caches for pure word-level functions the extractors call for every token ("is this a title?",
 * "is this a noun?"): the same few thousand words recur in every article, so each is worked out once.
 * Bounded: a cache that reaches its limit starts over, so memory stays flat on any archive.
 */

/** Entries a cache holds before it starts over. */
const LIMIT = 200_000;

/** Stands for a remembered `undefined`, so a miss is one lookup. */
const NONE = Symbol('none');

/**
 * Memoise a pure function of one string.
 * @example const slowKey = (w: string) => w.toLowerCase(); const key = memoize(slowKey); key("Kim") // "kim", computed once
 */
export function memoize<T>(fn: (word: string) => T, limit = LIMIT): (word: string) => T {
  const cache = new Map<string, T | typeof NONE>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, value === undefined ? NONE : value);
    return value;
  };
}

/**
 * Memoise a pure function of an owner object (e.g. a lexicon, never changed after it is built) and
 * one string; each owner has its own cache, dropped with the owner.
 * @example const nounCheck = memoizeFor((lex: Lexicon, w: string) => lex.nouns.has(w)); nounCheck(lex, "Büro")
 */
export function memoizeFor<O extends object, T>(fn: (owner: O, word: string) => T, limit = LIMIT): (owner: O, word: string) => T {
  const caches = new WeakMap<O, Map<string, T | typeof NONE>>();
  // (one owner is asked over and over: keep its cache at hand)
  let lastOwner: O | undefined;
  let last = new Map<string, T | typeof NONE>();
  return (owner, word) => {
    if (owner !== lastOwner) {
      let cache = caches.get(owner);
      if (!cache) caches.set(owner, (cache = new Map()));
      [lastOwner, last] = [owner, cache];
    }
    const hit = last.get(word);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const value = fn(owner, word);
    if (last.size >= limit) last.clear();
    last.set(word, value === undefined ? NONE : value);
    return value;
  };
}
