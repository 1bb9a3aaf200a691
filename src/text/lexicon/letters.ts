/**
 * Letter-case checks on a word's first character, asked for almost every token: ASCII is decided
 * by its code, anything else by a Unicode property regex.
 */

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/**
 * Whether a text starts with an upper-case letter (`/^\p{Lu}/u`).
 * @example startsUpper("Österreich") // true; startsUpper("und") // false; startsUpper("3") // false
 */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

/**
 * Whether a text starts with a lower-case letter (`/^\p{Ll}/u`).
 * @example startsLower("über") // true; startsLower("Kim") // false
 */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text);
}
