/**
 * Articles as numbers in saved forms (their place in the snapshot's article list), both ways,
 * with a clear error for a number or id that is not there. Pure.
 */

/**
 * A function giving an article's number; throws for an article not among them.
 * @example numbering(new Map([["a1", 0]]), "timeline")("a1") // 0
 */
export function numbering(numberOf: ReadonlyMap<string, number>, what: string): (id: string) => number {
  return (id) => {
    const n = numberOf.get(id);
    if (n === undefined) throw new Error(`the ${what} cites an unknown article ${id}`);
    return n;
  };
}

/**
 * A function giving the id of article number n; throws for a number out of range.
 * @example idsOf(["a1", "a2"], "timeline")(1) // "a2"
 */
export function idsOf(ids: readonly string[], what: string): (n: number) => string {
  return (n) => {
    const found = ids[n];
    if (found === undefined) throw new Error(`the ${what} refers to a missing article ${n}`);
    return found;
  };
}
