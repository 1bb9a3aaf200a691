/**
 * The facts of every article, kept packed (see src/knowledge/facts/packed.ts) and decoded only when asked
 * for: a large archive holds about two kilobytes per article instead of hundreds of small
 * objects, and a snapshot loads without parsing any of them. A snapshot's facts may stay in the
 * snapshot file, read each time they are asked for (`keepRows`). Pure.
 */
import type { ArticleFacts } from './facts/extract.ts';
import { packFacts, unpackFacts } from './facts/packed.ts';

/**
 * Facts by article id, packed.
 * @example const store = new FactStore(); store.set("a1", packFacts(facts)); store.get("a1")?.quotes
 */
export class FactStore {
  /** Packed facts, or the row of stored facts (`keepRows`). */
  private readonly packed = new Map<string, Uint8Array | number>();
  private storedAt: (row: number) => Uint8Array = () => new Uint8Array();
  /** Each article's place in `ids()` order: a number that grows with each article first kept. */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;

  /** The facts of an article (decoded part by part as they are read), or undefined. */
  get(id: string): ArticleFacts | undefined {
    const bytes = this.packedOf(id);
    return bytes && unpackFacts(bytes);
  }

  /** The packed facts of an article, as `packFacts` made them. */
  packedOf(id: string): Uint8Array | undefined {
    const kept = this.packed.get(id);
    return typeof kept === 'number' ? this.storedAt(kept) : kept;
  }

  /** Keep an article's facts: objects are packed, packed bytes kept as they are. */
  set(id: string, facts: ArticleFacts | Uint8Array): void {
    if (!this.packed.has(id)) this.order.set(id, this.nextOrder++);
    this.packed.set(id, facts instanceof Uint8Array ? facts : packFacts(facts));
  }

  /**
   * Keep stored facts, `ids[row]` each, read by `factsAt(row)` each time they are asked for (a
   * snapshot's facts stay in the file: no object per article). Only into an empty store.
   * @example store.keepRows(["a1", "a2"], (row) => section.read(offsets[row], offsets[row + 1]))
   */
  keepRows(ids: readonly string[], factsAt: (row: number) => Uint8Array): void {
    if (this.packed.size > 0) throw new Error('stored facts are kept before any other');
    this.storedAt = factsAt;
    for (let row = 0; row < ids.length; row++) {
      if (!this.packed.has(ids[row]!)) this.order.set(ids[row]!, this.nextOrder++);
      this.packed.set(ids[row]!, row);
    }
  }

  delete(id: string): void {
    this.packed.delete(id);
    this.order.delete(id);
  }

  /**
   * An article's place in `ids()` order, as a number that keeps its place while the article is
   * replaced (a removed article kept again comes last).
   * @example store.set("a", f); store.set("b", f); store.orderOf("b") > store.orderOf("a") // true
   */
  orderOf(id: string): number | undefined {
    return this.order.get(id);
  }

  get size(): number {
    return this.packed.size;
  }

  /** Article ids, in the order their facts were first kept. */
  ids(): IterableIterator<string> {
    return this.packed.keys();
  }
}
