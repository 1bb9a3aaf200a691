/**
 * The pairs of reports found alike while merging a timeline, kept compactly (a large archive
 * has millions): in the order they are joined, and as a lookup "are these two alike?".
 */

/**
 * Alike pairs (i < j) with their score and the rank of their decade.
 * @example const pairs = new AlikePairs(); pairs.add(0, 3, 0.5, 0); pairs.seal(4); pairs.has(0, 3) // true
 */
export class AlikePairs {
  // (typed arrays, doubled when full: a third of the memory of plain arrays)
  private count = 0;
  private first = new Int32Array(1024);
  private second = new Int32Array(1024);
  private scores = new Float64Array(1024);
  private decades = new Int32Array(1024);
  /** Neighbours of each report (only the later ones), sorted: `neighbours[offsets[i]..offsets[i+1]]`. */
  private offsets = new Int32Array(1);
  private neighbours = new Int32Array(0);

  /** Number of pairs. */
  get size(): number {
    return this.count;
  }

  /** Add a pair of reports i < j. */
  add(i: number, j: number, score: number, decade: number): void {
    if (this.count === this.first.length) this.grow();
    this.first[this.count] = i;
    this.second[this.count] = j;
    this.scores[this.count] = score;
    this.decades[this.count] = decade;
    this.count++;
  }

  private grow(): void {
    const double = <T extends Int32Array | Float64Array>(array: T): T => {
      const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    [this.first, this.second, this.scores, this.decades] = [double(this.first), double(this.second), double(this.scores), double(this.decades)];
  }

  /** The i of pair k. */
  i(k: number): number {
    return this.first[k]!;
  }

  /** The j of pair k. */
  j(k: number): number {
    return this.second[k]!;
  }

  /**
   * The pair numbers, closest first; ties in order of decade rank, then i, then j.
   * @example pairs.ordered()[0] // the number of the most alike pair
   */
  ordered(): Uint32Array {
    const { scores, decades, first, second } = this;
    const order = new Uint32Array(this.size);
    for (let k = 0; k < order.length; k++) order[k] = k;
    return order.sort((x, y) => scores[y]! - scores[x]! || decades[x]! - decades[y]! || first[x]! - first[y]! || second[x]! - second[y]!);
  }

  /** Build the lookup for `has`, for reports numbered below `count`. */
  seal(count: number): void {
    const offsets = new Int32Array(count + 1);
    for (let k = 0; k < this.count; k++) offsets[this.first[k]! + 1]!++;
    for (let i = 0; i < count; i++) offsets[i + 1]! += offsets[i]!;
    const neighbours = new Int32Array(this.size);
    const fill = offsets.slice(0, count);
    for (let k = 0; k < this.size; k++) neighbours[fill[this.first[k]!]!++] = this.second[k]!;
    for (let i = 0; i < count; i++) neighbours.subarray(offsets[i], offsets[i + 1]).sort();
    this.offsets = offsets;
    this.neighbours = neighbours;
  }

  /** Whether reports a and b (either order) were found alike; needs `seal`. */
  has(a: number, b: number): boolean {
    const [i, j] = a < b ? [a, b] : [b, a];
    let lo = this.offsets[i]!;
    let hi = this.offsets[i + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.neighbours[mid]!;
      if (v === j) return true;
      if (v < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
