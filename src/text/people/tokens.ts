/**
 * Word and punctuation tokens with offsets, for the people and quote recognisers.
 */
import type { Sentence } from '../sentences.ts';

/** One token: a word (letters, digits, inner hyphens/apostrophes/dots of initials) or a mark. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Whether it is a word (not punctuation). */
  word: boolean;
  /** First word of its sentence (or of a quotation/colon clause): its capital proves nothing. */
  initial: boolean;
}

// "Jong-un", "d'Italia", "US-Außenminister", "3,1" -> one word; "W." -> initial with its dot
const TOKEN = /\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
const OPENERS = new Set(['„', '"', '«', '»', '“', '(', '‚', '‘', "'", '-', '–']);

/**
 * Tokenise a text along its sentences.
 * @example tokenize(splitSentences("Biegun sagte: „Nein.“")) // Biegun, sagte, :, „, Nein, ., “
 */
export function tokenize(sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, index) => {
    let initial = true;
    for (const m of s.text.matchAll(TOKEN)) {
      const text = m[0];
      const start = s.start + (m.index ?? 0);
      const word = /^[\p{L}\p{N}]/u.test(text);
      tokens.push({ text, start, end: start + text.length, sentence: index, word, initial: word && initial });
      if (word) initial = false;
      else if (text === ':' || (initial && OPENERS.has(text))) initial = true;
    }
  });
  return tokens;
}

/**
 * Whether a word is written entirely in capitals with at least two letters ("KCNA", "USA").
 * @example isAllCaps("YONHAP") // true; isAllCaps("Kim") // false
 */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}\-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** Token texts -> their indices, per token list (built on first use). */
const POSITIONS = new WeakMap<readonly Token[], Map<string, number[]>>();

/**
 * Where a text occurs as a token, in order; built once per token list, so asking is cheap.
 * @example positionsOf(tokenize(splitSentences("Kim traf Kim.")), "Kim") // [0, 2]
 */
export function positionsOf(tokens: readonly Token[], text: string): readonly number[] {
  let index = POSITIONS.get(tokens);
  if (!index) {
    index = new Map();
    for (let k = 0; k < tokens.length; k++) {
      const list = index.get(tokens[k]!.text);
      if (list) list.push(k);
      else index.set(tokens[k]!.text, [k]);
    }
    POSITIONS.set(tokens, index);
  }
  return index.get(text) ?? [];
}
