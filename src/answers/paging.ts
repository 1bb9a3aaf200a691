/**
 * Paging of long answers.
 */

/**
 * The items of one page (1-based), clamped to the pages that exist.
 * @example pageOf([1, 2, 3], 2, 2) // { items: [3], page: 2, pageCount: 2, remaining: 0 }
 */
export function pageOf<T>(all: T[], page: number, size: number): { items: T[]; page: number; pageCount: number; remaining: number } {
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: all.slice((current - 1) * size, current * size), page: current, pageCount, remaining: Math.max(0, all.length - current * size) };
}
