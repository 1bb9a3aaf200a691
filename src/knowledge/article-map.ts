/**
 * The articles by id, where a snapshot's articles are kept as row numbers and made into `Article`
 * objects when first asked for (then kept): a start from the snapshot creates no object per
 * article before search answers (at 100k articles about half a second of the load on a busy
 * machine), only those an answer cites. Pure.
 */
import type { Article } from '../corpus/article.ts';

/**
 * A Map of articles by id whose stored rows become objects on first use.
 * @example const articles = new ArticleMap(); articles.keepRows(["a1"], (n) => makeArticle(n)); articles.get("a1")?.title
 */
export class ArticleMap {
  /** An article, or the row a stored one is made from. */
  readonly #kept = new Map<string, Article | number>();
  /** The row each stored article was made from. */
  readonly #rowOf = new WeakMap<Article, number>();
  #articleAt: (row: number) => Article = () => {
    throw new Error('no stored articles');
  };
  #dateAt: (row: number) => string = (row) => this.#articleAt(row).date.value;

  get size(): number {
    return this.#kept.size;
  }

  /** The article with this id (a stored one made now, once), or undefined. */
  get(id: string): Article | undefined {
    const kept = this.#kept.get(id);
    if (typeof kept !== 'number') return kept;
    const article = this.#articleAt(kept);
    this.#kept.set(id, article);
    this.#rowOf.set(article, kept);
    return article;
  }

  /**
   * The article with this id without keeping it: a stored one not asked for yet is made anew on
   * each call and left to the collector (for reading every article once, as the digest does).
   * @example articles.peek("a1")?.date.value // "2019-03-02"
   */
  peek(id: string): Article | undefined {
    const kept = this.#kept.get(id);
    return typeof kept === 'number' ? this.#articleAt(kept) : kept;
  }

  /**
   * Whether the article with this id is still stored row `row` (not replaced or removed since),
   * whether it has been made into an object yet or not; makes nothing.
   * @example articles.keepRows(["a"], make); articles.isStoredRow("a", 0) // true
   */
  isStoredRow(id: string, row: number): boolean {
    const kept = this.#kept.get(id);
    return kept === row || (kept !== undefined && typeof kept !== 'number' && this.#rowOf.get(kept) === row);
  }

  /**
   * The date of the article with this id (`YYYY[-MM[-DD]]`) without making a stored one, or undefined.
   * @example articles.dateOf("a1") // "2019-03-02"
   */
  dateOf(id: string): string | undefined {
    const kept = this.#kept.get(id);
    return typeof kept === 'number' ? this.#dateAt(kept) : kept?.date.value;
  }

  has(id: string): boolean {
    return this.#kept.has(id);
  }

  set(id: string, article: Article): void {
    this.#kept.set(id, article);
  }

  delete(id: string): void {
    this.#kept.delete(id);
  }

  /** Every article in the order first kept (stored ones made as they are reached). */
  *values(): IterableIterator<Article> {
    for (const id of this.#kept.keys()) yield this.get(id)!;
  }

  /**
   * Keep stored articles: `ids[row]` is made by `articleAt(row)` when first asked for; `dateAt(row)`
   * gives its date without making it. Only into an empty map (a snapshot's articles come before any other).
   * @example articles.keepRows(ids, (row) => ({ id: ids[row], … }), (row) => dates[row])
   */
  keepRows(ids: readonly string[], articleAt: (row: number) => Article, dateAt?: (row: number) => string): void {
    if (this.#kept.size > 0) throw new Error('stored articles are kept before any other');
    this.#articleAt = articleAt;
    if (dateAt) this.#dateAt = dateAt;
    for (let row = 0; row < ids.length; row++) this.#kept.set(ids[row]!, row);
  }
}
