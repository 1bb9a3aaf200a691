/**
 * Split German compounds into known words: "Atomgespräche" -> atom + gespraeche,
 * "Vizeaußenminister" -> vize + aussen + minister. Every part but the last must be a word that
 * may begin a compound (linking forms such as "verbindungs" are entries of their own); the last
 * part is any word, optionally inflected. The split with the fewest parts wins.
 */
import type { Lexicon } from './lexicon.ts';
import { PARTICLES } from './particles.ts';

/** Words shorter than this are never split. */
export const MIN_COMPOUND_LENGTH = 7;
/** Words longer than this are never split (the longest compounds in use have ~60 letters): keeps the split bounded. */
export const MAX_COMPOUND_LENGTH = 64;
/** Shortest part ("amt", "eis", "tag"). */
export const MIN_PART_LENGTH = 3;

// Endings after the head word: "gespraech|e", "minister|n", "programm|s", "staat|en", "kinder|n"
const ENDINGS = ['', 'e', 'n', 's', 'en', 'es', 'er', 'ern', 'em', 'in', 'innen'];
// "Vereinigungs|ministerium", "Sicherheits|rat": nouns with these suffixes always link with -s-
// (Hunspell derives many of them from verbs, so they are not entries of their own)
const S_LINKED = /^[a-z]{4,}(?:ung|heit|keit|schaft|ion|taet|tum|ling)s$/;
// "Atom|verhandlungen", "Umwelt|verschmutzung": derived nouns as the last part
const DERIVED_TAIL = /^[a-z]{3,}(?:ung|heit|keit|schaft|taet)$/;

/**
 * The parts of a folded compound in order, or `[]` when it is not one.
 * @example decompound("atomgespraeche", lexicon) // ["atom", "gespraeche"]
 * @example decompound("regierung", lexicon) // []
 */
export function decompound(word: string, lexicon: Lexicon): string[] {
  if (word.length < MIN_COMPOUND_LENGTH || word.length > MAX_COMPOUND_LENGTH) return [];
  const n = word.length;
  // cuts[i] = fewest head parts covering word[0, i), and where the last of them starts
  const count = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  count[0] = 0;
  for (let i = 0; i < n; i++) {
    if (count[i] === Infinity) continue;
    for (let j = i + MIN_PART_LENGTH; j <= n - MIN_PART_LENGTH; j++) {
      if (count[i]! + 1 < count[j]! && isHead(word.slice(i, j), lexicon)) {
        count[j] = count[i]! + 1;
        from[j] = i;
      }
    }
  }
  let best = -1;
  for (let i = MIN_PART_LENGTH; i <= n - MIN_PART_LENGTH; i++) {
    if (count[i] === Infinity || !isTail(word.slice(i), lexicon)) continue;
    if (best < 0 || count[i]! < count[best]!) best = i;
  }
  if (best < 0) return [];
  const parts = [word.slice(best)];
  for (let end = best; end > 0; end = from[end]!) parts.unshift(word.slice(from[end]!, end));
  return parts;
}

function isHead(part: string, lexicon: Lexicon): boolean {
  if (PARTICLES.has(part)) return false;
  // "waffenstillstands|abkommen": a noun of the lexicon with a linking -s-
  return lexicon.heads.has(part) || S_LINKED.test(part) || (part.length >= 6 && part.endsWith('s') && lexicon.tails.has(part.slice(0, -1)));
}

function isTail(rest: string, lexicon: Lexicon): boolean {
  for (const ending of ENDINGS) {
    if (rest.length - ending.length < MIN_PART_LENGTH || !rest.endsWith(ending)) continue;
    const stem = rest.slice(0, rest.length - ending.length);
    if (lexicon.tails.has(stem) || DERIVED_TAIL.test(stem)) return true;
  }
  return false;
}
