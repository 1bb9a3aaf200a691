/**
 * Checks of a snapshot's string tables (the JSON parts of its packed sections: the article list,
 * the timeline's texts, names and dates, the directory's keys, names, aliases, roles and
 * entities): JSON that parses may still hold a number, null or an object where a string belongs,
 * which would fail at answer time (a `localeCompare`, a citation) instead of at load. Each check
 * is one `typeof` per cell (about a millisecond for 100k rows). Pure.
 */

/**
 * Throw when `table` is not an array of strings, naming `what`.
 * @example checkStrings(["a", "b"], "titles") // fine; checkStrings(["a", 3], "titles") // throws "titles: not a string at 1"
 */
export function checkStrings(table: unknown, what: string): asserts table is string[] {
  if (!Array.isArray(table)) throw new Error(`${what}: not a list`);
  for (let i = 0; i < table.length; i++) if (typeof table[i] !== 'string') throw new Error(`${what}: not a string at ${i}`);
}

/**
 * Throw when `table` is not an array of arrays of strings (e.g. each profile's aliases).
 * @example checkStringLists([["Kim"], []], "aliases") // fine; checkStringLists([["Kim", null]], "aliases") // throws
 */
export function checkStringLists(table: unknown, what: string): asserts table is string[][] {
  if (!Array.isArray(table)) throw new Error(`${what}: not a list`);
  for (let i = 0; i < table.length; i++) checkStrings(table[i], `${what} ${i}`);
}

/**
 * Throw when `table` is not a list of dates: objects with a string `value` and `precision` and,
 * if any, a string `modifier` (the timeline's distinct dates).
 * @example checkDates([{ value: "2019", precision: "year" }], "dates") // fine; checkDates([{ value: 2019 }], "dates") // throws
 */
export function checkDates(table: unknown, what: string): void {
  if (!Array.isArray(table)) throw new Error(`${what}: not a list`);
  for (let i = 0; i < table.length; i++) {
    const date = table[i] as { value?: unknown; precision?: unknown; modifier?: unknown } | null;
    const fits = typeof date === 'object' && date !== null && typeof date.value === 'string' && typeof date.precision === 'string' && (date.modifier === undefined || typeof date.modifier === 'string');
    if (!fits) throw new Error(`${what}: not a date at ${i}`);
  }
}
