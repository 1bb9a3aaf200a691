/**
 * Word and punctuation tokens with offsets, for the people and quote recognisers.
 */
import type { Sentence } from '../sentences.ts';
import type { WordInfo } from './word-info.ts';

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
  /** What the lexicon says about the text, filled in on first use (see `infoOf` in word-info.ts). */
  info: WordInfo | undefined;
}

// "Jong-un", "d'Italia", "US-Außenminister", "3,1" -> one word; "W." -> initial with its dot
const TOKEN = /\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const OPENERS = new Set(['„', '"', '«', '»', '“', '(', '‚', '‘', "'", '-', '–']);

/** Token lists by the sentence list they were made from: people and quotes share one tokenisation. */
const TOKENISED = new WeakMap<readonly Sentence[], Token[]>();

/**
 * Tokenise a text along its sentences. The same sentence list (which must not change once
 * tokenised) gives the same token list, worked out once; callers must not modify it.
 * @example tokenize(splitSentences("Biegun sagte: „Nein.“")) // Biegun, sagte, :, „, Nein, ., “
 */
export function tokenize(sentences: readonly Sentence[]): Token[] {
  let tokens = TOKENISED.get(sentences);
  if (!tokens) TOKENISED.set(sentences, (tokens = tokenizeSentences(sentences)));
  return tokens;
}

function tokenizeSentences(sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    let initial = true;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s.text); m !== null; m = TOKEN.exec(s.text)) {
      const text = m[0];
      const start = s.start + m.index;
      const word = isWordStart(text);
      tokens.push({ text, start, end: start + text.length, sentence: index, word, initial: word && initial, info: undefined });
      if (word) initial = false;
      else if (text === ':' || (initial && OPENERS.has(text))) initial = true;
    }
  }
  return tokens;
}

/** Whether a token starts with a letter or digit; ASCII is decided without a regex. */
function isWordStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(text);
}

/**
 * Whether a word is written entirely in capitals with at least two letters ("KCNA", "USA").
 * @example isAllCaps("YONHAP") // true; isAllCaps("Kim") // false
 */
export function isAllCaps(word: string): boolean {
  return CAPS.test(word) && TWO_CAPITALS.test(word);
}

const CAPS = /^[\p{Lu}\p{N}\-]{2,}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

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
