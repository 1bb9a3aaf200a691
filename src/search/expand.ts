/**
 * Related forms of a query word that the Snowball stem does not join: derivations that only add
 * a short ending to the same base ("Entführung" -> entfuhr, "entführt" -> entfuhrt; "verletzt"
 * and "Verletzung"). The index keeps its whole-word terms in buckets by their first letters, so
 * the terms that begin with a base are found by scanning one small bucket, and a query word
 * gets at most a few of them, weighed lower than the word itself (score.ts).
 */

/** Shortest base that is expanded (and the length of a bucket key). */
export const MIN_BASE = 5;
/** Longest ending an expansion may add to the base ("ung", "ungs", "t", "er", "lich"). */
export const MAX_EXTRA = 4;
/** Most expansions per query word (the most frequent win). */
export const MAX_EXPANSIONS = 6;

// Terms that are not whole words: "~minist" (part of a compound), "@2019" (a reported period)
const NOT_WORD = /^[~@]/;

/**
 * The base a stem's derivations share: a participle's -t and -iert are dropped, since the
 * nouns and infinitives of the same verb stem without them.
 * @example derivationBase("entfuhrt") // "entfuhr" (Entführung -> entfuhr)
 * @example derivationBase("demonstriert") // "demonstri" (demonstrieren -> demonstri)
 * @example derivationBase("arbeit") // "arbeit" (a vowel before the t: not a participle)
 */
export function derivationBase(stem: string): string {
  // "demonstriert" -> "demonstri"
  if (stem.length >= MIN_BASE + 3 && stem.endsWith('iert')) return stem.slice(0, -3);
  // "entfuhrt", "verletzt", "zerstort" -> drop the t after a consonant; "arbeit", "staat" keep it
  if (stem.length > MIN_BASE && stem.endsWith('t') && !'aeiouyt'.includes(stem[stem.length - 2]!)) return stem.slice(0, -1);
  return stem;
}

/**
 * Whole-word terms of the index by their first MIN_BASE letters, filled as terms are created.
 * @example const buckets = new TermBuckets(); buckets.add("entfuhrt", 7); buckets.withPrefix("entfuhr", terms) // [7]
 */
export class TermBuckets {
  private readonly buckets = new Map<string, number[]>();

  /** Remember a new term (only whole words of MIN_BASE letters or more are kept). */
  add(term: string, id: number): void {
    if (term.length < MIN_BASE || NOT_WORD.test(term)) return;
    const key = term.slice(0, MIN_BASE);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(id);
    else this.buckets.set(key, [id]);
  }

  /**
   * Ids of the terms that begin with `prefix` and add at most MAX_EXTRA letters to it (the
   * prefix itself included when it is a term).
   * @example buckets.withPrefix("verletz", terms) // ids of "verletz", "verletzt"
   */
  withPrefix(prefix: string, terms: readonly string[]): number[] {
    if (prefix.length < MIN_BASE) return [];
    const bucket = this.buckets.get(prefix.slice(0, MIN_BASE));
    const found: number[] = [];
    if (!bucket) return found;
    for (let i = 0; i < bucket.length; i++) {
      const term = terms[bucket[i]!]!;
      if (term.length <= prefix.length + MAX_EXTRA && term.startsWith(prefix)) found.push(bucket[i]!);
    }
    return found;
  }
}

/**
 * The related terms of a query stem: terms beginning with its derivation base, other than the
 * stem itself, the most frequent first, at most MAX_EXPANSIONS.
 * @example expansions("entfuhr", buckets, terms, count) // ["entfuhrt"]
 */
export function expansions(stem: string, buckets: TermBuckets, terms: readonly string[], frequency: (id: number) => number): string[] {
  const ids = buckets.withPrefix(derivationBase(stem), terms).filter((id) => terms[id] !== stem);
  if (ids.length === 0) return [];
  ids.sort((a, b) => frequency(b) - frequency(a) || a - b);
  return ids.slice(0, MAX_EXPANSIONS).map((id) => terms[id]!);
}
