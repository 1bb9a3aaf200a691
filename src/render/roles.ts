/**
 * Roles as a profile shows them.
 */

/**
 * Each role once, with its newest date (the history is newest first).
 * @example newestPerRole([{ role: "Kanzlerin", date: "2018" }, { role: "kanzlerin", date: "2009" }]) // the 2018 one
 */
export function newestPerRole<T extends { role: string }>(history: T[]): T[] {
  const seen = new Set<string>();
  return history.filter((r) => !seen.has(r.role.toLowerCase()) && seen.add(r.role.toLowerCase()));
}
