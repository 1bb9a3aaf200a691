/**
 * The k-th largest of many numbers without sorting them all (quickselect, expected linear time):
 * a ranking keeps its best k of a hundred thousand scores. Pure.
 */

/**
 * The k-th largest value of `values` (1 ≤ k ≤ length; the values are not changed). Equal to
 * `[...values].sort((a, b) => b - a)[k - 1]` for values without NaN.
 * @example kthLargest(Float64Array.of(3, 9, 1, 7), 2) // 7
 */
export function kthLargest(values: Float64Array, k: number): number {
  if (k < 1 || k > values.length) throw new RangeError(`k must be 1..${values.length}, got ${k}`);
  const a = values.slice();
  // the k-th largest is the element at place length - k in ascending order
  const target = a.length - k;
  let low = 0;
  let high = a.length - 1;
  while (low < high) {
    // (median of three as the pivot: sorted or equal scores do not make it quadratic)
    const mid = (low + high) >> 1;
    const pivot = medianOf(a[low]!, a[mid]!, a[high]!);
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return a[target]!;
  }
  return a[target]!;
}

function medianOf(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
