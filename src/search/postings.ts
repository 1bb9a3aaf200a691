/**
 * Posting storage: for every term, the documents it occurs in and how often (title and body).
 * A sealed base (one packed array for all terms: built in bulk or loaded from a snapshot) plus
 * small growable tails for documents added later, so an update never rewrites the base.
 */

/** Term frequency packed as `title << 8 | body`, each capped at 255. */
export function packTf(title: number, body: number): number {
  return (Math.min(title, 255) << 8) | Math.min(body, 255);
}

/** A growable list of (document number, packed tf). */
export class GrowableList {
  docs = new Uint32Array(4);
  tfs = new Uint16Array(4);
  length = 0;

  push(doc: number, tf: number): void {
    if (this.length === this.docs.length) {
      const docs = new Uint32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const tfs = new Uint16Array(this.length * 2);
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.docs[this.length] = doc;
    this.tfs[this.length++] = tf;
  }
}

/** The packed base: term i's postings are `docs/tfs[offsets[i] .. offsets[i + 1])`. */
export interface PackedPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
}

/** All postings by term number. */
export class Postings {
  private readonly tails: (GrowableList | undefined)[] = [];

  constructor(private base: PackedPostings = { offsets: new Uint32Array(1), docs: new Uint32Array(0), tfs: new Uint16Array(0) }) {}

  /** How many terms have a base list. */
  get baseTerms(): number {
    return this.base.offsets.length - 1;
  }

  add(term: number, doc: number, tf: number): void {
    let tail = this.tails[term];
    if (!tail) this.tails[term] = tail = new GrowableList();
    tail.push(doc, tf);
  }

  /** Number of postings of a term (dead documents included). */
  count(term: number): number {
    return this.baseCount(term) + (this.tails[term]?.length ?? 0);
  }

  /** Call `visit(doc, tf)` for every posting of a term. */
  forEach(term: number, visit: (doc: number, tf: number) => void): void {
    const { offsets, docs, tfs } = this.base;
    if (term < this.baseTerms) for (let i = offsets[term]!; i < offsets[term + 1]!; i++) visit(docs[i]!, tfs[i]!);
    const tail = this.tails[term];
    if (tail) for (let i = 0; i < tail.length; i++) visit(tail.docs[i]!, tail.tfs[i]!);
  }

  /**
   * Pack every term's postings into one base, keeping only live documents and renumbering them.
   * @example postings.pack(termCount, (doc) => (alive[doc] ? newNumber[doc] : -1))
   */
  pack(termCount: number, renumber: (doc: number) => number): PackedPostings {
    let total = 0;
    for (let t = 0; t < termCount; t++) total += this.count(t);
    const offsets = new Uint32Array(termCount + 1);
    const docs = new Uint32Array(total);
    const tfs = new Uint16Array(total);
    let n = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = n;
      this.forEach(t, (doc, tf) => {
        const renumbered = renumber(doc);
        if (renumbered < 0) return;
        docs[n] = renumbered;
        tfs[n++] = tf;
      });
    }
    offsets[termCount] = n;
    return { offsets, docs: docs.subarray(0, n), tfs: tfs.subarray(0, n) };
  }

  /** Replace tails and base by one packed base (after a bulk build). */
  seal(termCount: number): void {
    this.base = this.pack(termCount, (doc) => doc);
    this.tails.length = 0;
  }

  private baseCount(term: number): number {
    return term < this.baseTerms ? this.base.offsets[term + 1]! - this.base.offsets[term]! : 0;
  }
}
