/**
 * Eval helper: the one hash the evals use to split and order articles by their id.
 */

/**
 * FNV-1a, 32 bit, of a string's UTF-16 code units (the ids are ASCII, so these are its bytes).
 * Used for the quotes eval's dev / held-out halves (even / odd; dev-a / dev-b: 0 / 2 mod 4) and for the order in which the
 * people gold's blind sets were taken (ascending).
 * @example fnv1a('') // 2166136261 (the offset basis)
 * @example fnv1a('a') // 3826002220 (0xe40c292c, the published test vector)
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
