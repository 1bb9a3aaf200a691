/**
 * One copy of each string that many objects hold (the words, word keys and people of hundreds of
 * thousands of reports): decoded facts give every report its own copies, a pool keeps one.
 */

/**
 * Equal strings as one object, and equal string lists as one array when they are empty.
 * @example const pool = new StringPool(); pool.string("gipfel".slice(0)) === pool.string("gipfel") // true
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pool's copy of `s` (`s` itself the first time). */
  string(s: string): string {
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept;
    this.strings.set(s, s);
    return s;
  }

  /**
   * The strings as pooled copies, in a new array; an empty list is always the same frozen array.
   * @example pool.list([]) === pool.list([]) // true
   */
  list(strings: readonly string[]): readonly string[] {
    if (strings.length === 0) return NONE;
    return strings.map((s) => this.string(s));
  }

  /** Number of distinct strings kept. */
  get size(): number {
    return this.strings.size;
  }
}

const NONE: readonly string[] = Object.freeze([]);
