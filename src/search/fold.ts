/**
 * Character-level normalisation shared by indexing, querying and highlighting.
 */

// "Ä" / "ä" -> "ae", "ß" -> "ss": German spellings typed without umlauts match the real ones
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const NEEDS_FOLDING = /[^a-z0-9]/;

/**
 * Fold a word for matching: Unicode NFC, lower case, ä/ö/ü/ß as ae/oe/ue/ss, other accents dropped.
 * @example foldWord("Außenminister") // "aussenminister"
 * @example foldWord("Pjöngjang") // "pjoengjang"
 */
export function foldWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return (
    lower
      .replace(/[äöüß]/g, (ch) => UMLAUTS[ch]!)
      .normalize('NFD')
      // "é" -> "e" + combining accent -> "e"
      .replace(/\p{M}/gu, '')
  );
}

// "ä" -> "a", "ß" -> "ss": the vowel without its dots, as Snowball German itself treats umlauts
const SHARP_S = /ß/g;

/**
 * Fold a word for the search index: like `foldWord`, but umlauts lose their dots (ä -> a), so
 * inflection that adds or drops an umlaut stems alike ("Länder" and "Land", "Attentäter" and
 * "Attentat", "Flüge" and "Flug"). A query typed with ae/oe/ue for umlauts is matched by
 * resolve.ts, which tries the umlaut spelling when the typed one is not in the archive.
 * @example foldTerm("Außenminister") // "aussenminister"
 * @example foldTerm("Länder") // "lander"
 */
export function foldTerm(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  // "é" / "ä" -> base letter + combining mark -> base letter
  return lower.replace(SHARP_S, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** A word of the text and where it is. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  /** Index of the word in the text, counting every word (stopwords too), for phrase matching. */
  position: number;
}

// Letters and digits; a hyphen or apostrophe ends a word: "Kim Jong-un" -> "Kim", "Jong", "un";
// combining marks stay in the word: "Gespra\u0308che" (decomposed ä) is one word; a gender
// mark stays too: "Lehrer*innen", "Lehrer:innen", "Schüler_in" are one word each
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[*:_·]in(?:nen)?(?![\p{L}\p{N}]))?/gu;

/**
 * The words of a text with offsets.
 * @example rawTokens("Kim Jong-un").map((t) => t.text) // ["Kim", "Jong", "un"]
 */
export function rawTokens(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, position: position++ });
  }
  return tokens;
}

/**
 * Split text into folded words (no stemming): the form used for name matching and suggestions.
 * @example tokenize("Kim Jong-un trifft Außenminister") // ["kim", "jong", "un", "trifft", "aussenminister"]
 */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord);
}
