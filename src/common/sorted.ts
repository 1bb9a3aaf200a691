/**
 * Binary search over anything kept in order (the timeline by date, the directory's profiles, an
 * article's sentences, the quotes of an article by start): one loop for every "where does this go /
 * where does it start" question, in knowledge/ and text/ alike.
 */

/**
 * The first of `count` positions at which `before` is false, when it is true for a prefix of them
 * and false for the rest (binary search).
 * @example firstPosition(4, (i) => [1, 3, 5, 7][i]! < 5) // 2
 */
export function firstPosition(count: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
