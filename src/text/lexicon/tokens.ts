/**
 * Word and punctuation tokens with offsets, for the people and quote recognisers.
 */
import type { Sentence } from './sentences.ts';
import type { WordInfo } from './types.ts';

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

// "Jong-un", "d'Italia", "US-Außenminister", "3,1" -> one word; "W." -> initial with its dot.
// `scan` below splits exactly like this regex (test/text/lexicon/tokens.test.ts checks it), faster.
export const TOKEN = /\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;
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
    scan(s.text, (from, to, word) => {
      const text = s.text.slice(from, to);
      const start = s.start + from;
      tokens.push({ text, start, end: start + text.length, sentence: index, word, initial: word && initial, info: undefined });
      if (word) initial = false;
      else if (text === ':' || (initial && OPENERS.has(text))) initial = true;
    });
  }
  return tokens;
}

// character classes as bits
const L = 1;
const N = 2;
const M = 4;
const LU = 8;
const SPACE = 16;
/** Classes of the 65,536 UTF-16 code units, worked out on first sight (-1: not yet). */
const UNIT_CLASS = new Int8Array(65536).fill(-1);

function classOf(c: string): number {
  return (/\p{L}/u.test(c) ? L : 0) | (/\p{N}/u.test(c) ? N : 0) | (/\p{M}/u.test(c) ? M : 0) | (/\p{Lu}/u.test(c) ? LU : 0) | (/\s/u.test(c) ? SPACE : 0);
}

/** The class bits of the code point at `i` and its length in code units. */
function pointAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp > 0xffff) return classOf(String.fromCodePoint(cp)) | 32; // (32: two code units)
  let k = UNIT_CLASS[cp]!;
  if (k < 0) UNIT_CLASS[cp] = k = classOf(String.fromCharCode(cp));
  return k;
}

const width = (k: number) => (k & 32 ? 2 : 1);

/**
 * Walk the tokens of a text as `TOKEN` finds them, calling `emit(from, to, word)` for each.
 * @example scan("Kim Jong-un, W. Bush", emit) // Kim | Jong-un | , (not a word) | W. | Bush
 */
export function scan(text: string, emit: (from: number, to: number, word: boolean) => void): void {
  let i = 0;
  while (i < text.length) {
    const k = pointAt(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    if (!(k & (L | N))) {
      emit(i, i + width(k), false);
      i += width(k);
      continue;
    }
    const w = width(k);
    // "W. Bush" -> an initial with its dot
    if (k & LU && text.charCodeAt(i + w) === 46 && initialFollows(text, i + w + 1)) {
      emit(i, i + w + 1, true);
      i += w + 1;
      continue;
    }
    let j = i + w;
    while (j < text.length) {
      const n = pointAt(text, j);
      if (n & (L | N | M)) j += width(n);
      else if (isJoiner(text.charCodeAt(j)) && j + 1 < text.length && pointAt(text, j + 1) & (L | N)) j++;
      else break;
    }
    emit(i, j, true);
    i = j;
  }
}

/** `(?=\s+\p{Lu})` at `i`. */
function initialFollows(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && pointAt(text, j) & SPACE) j++;
  return j > i && j < text.length && (pointAt(text, j) & LU) !== 0;
}

/** `'`, `’` or `-`: inside a word when a letter or digit follows. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
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
