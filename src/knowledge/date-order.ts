/**
 * The archive's articles oldest first, kept as ids and dates only (two arrays of strings shared
 * with the article list), and patched in place when an article is added, changed or removed: no
 * object per article is made to keep it (at 100k articles those took ~68 MB of heap when the
 * warm-up made every article of a snapshot into an object), and a change costs a binary search and
 * a splice instead of sorting the archive again. The order is `sortArticles`' (src/corpus/load.ts):
 * by date, then id, each by `localeCompare`. Pure.
 */

/** How (date a, id a) sorts against (date b, id b), as `sortArticles` orders articles: by date, then id. */
function compareDateId(dateA: string, idA: string, dateB: string, idB: string): number {
  return dateA.localeCompare(dateB) || idA.localeCompare(idB);
}

/**
 * Article ids by date, oldest first.
 * @example const order = DateOrder.sorted([{ id: "b", date: "2020" }, { id: "a", date: "2019" }]); order.ids // ["a", "b"]
 */
export class DateOrder {
  /** Ids oldest first; `dates[i]` is the date of `ids[i]`. */
  readonly #ids: string[];
  readonly #dates: string[];

  private constructor(ids: string[], dates: string[]) {
    this.#ids = ids;
    this.#dates = dates;
  }

  /** The order of these articles (sorted now). */
  static sorted(articles: Iterable<{ id: string; date: string }>): DateOrder {
    const all = [...articles].sort((a, b) => compareDateId(a.date, a.id, b.date, b.id));
    return new DateOrder(
      all.map((a) => a.id),
      all.map((a) => a.date),
    );
  }

  /**
   * An order saved before: `rows` lists row numbers oldest first, `ids[row]` and `dates[row]` being
   * that article's (not sorted again: a snapshot saved it in this order).
   * @example DateOrder.fromRows(Uint32Array.of(1, 0), ["b", "a"], ["2020", "2019"]).ids // ["a", "b"]
   */
  static fromRows(rows: Uint32Array, ids: readonly string[], dates: readonly string[]): DateOrder {
    return new DateOrder(
      Array.from(rows, (row) => ids[row]!),
      Array.from(rows, (row) => dates[row]!),
    );
  }

  /** The ids oldest first (do not modify). */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** How many articles it holds. */
  get size(): number {
    return this.#ids.length;
  }

  /** Add an article (after removing it, if it was there: its date may have changed). @example order.set("a", "2019-03") */
  set(id: string, date: string): void {
    this.delete(id);
    let low = 0;
    let high = this.#ids.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareDateId(this.#dates[mid]!, this.#ids[mid]!, date, id) < 0) low = mid + 1;
      else high = mid;
    }
    this.#ids.splice(low, 0, id);
    this.#dates.splice(low, 0, date);
  }

  /** Remove an article; nothing when it is not there. @example order.delete("a") */
  delete(id: string): void {
    const at = this.#ids.indexOf(id);
    if (at < 0) return;
    this.#ids.splice(at, 1);
    this.#dates.splice(at, 1);
  }
}
