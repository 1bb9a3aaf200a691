/**
 * Running many date patterns over a text in one pass. A pattern that can only start at the start
 * of a word (its source opens with `B` or `NB`) is tried only at word starts whose first letters
 * begin one of its matches (see prefixes.ts), with a sticky copy of its regex. Every pattern still
 * finds exactly what `runPattern` finds, in the same order: the same match at the same place,
 * then the search goes on after it.
 */
import type { DateCandidate } from '../types.ts';
import { type Pattern, B, NB, candidateOf, runPattern } from './pattern.ts';
import { foldChar, matchPrefixes } from './prefixes.ts';

/** How many characters of a word start are compared with the patterns' prefixes. */
const PREFIX_LENGTH = 6;

/** A trie over folded characters; `here` are the patterns one of whose prefixes ends at this node, `kids[i]` follows `codes[i]`. */
interface TrieNode {
  here: number[];
  codes: number[];
  kids: TrieNode[];
}

function child(node: TrieNode, code: number): TrieNode | undefined {
  const { codes } = node;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.kids[i];
  return undefined;
}

/** What a `Scanner` knows about one pattern: its sticky regex, or none when it runs on its own. */
interface Entry {
  pattern: Pattern;
  sticky?: RegExp;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 = not yet known, 1 = not a letter or digit, 2 = a letter or digit. */
const WORD_UNIT = new Uint8Array(65536);

/** Whether a UTF-16 unit is a letter or digit on its own (a lone surrogate is not). */
function isWordUnit(code: number): boolean {
  let known = WORD_UNIT[code]!;
  if (known === 0) WORD_UNIT[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

const FOLDED = new Uint16Array(65536).map((_, code) => foldChar(String.fromCharCode(code)).charCodeAt(0));

/** The prefixes of a pattern that is tried only at word starts, or undefined when it must run on its own. */
function wordStartPrefixes(pattern: Pattern): string[] | undefined {
  const source = pattern.regex.source;
  if (!source.startsWith(B) && !source.startsWith(NB)) return undefined;
  const prefixes = matchPrefixes(pattern.regex, PREFIX_LENGTH);
  // the first character must itself be a letter or digit, so that the match starts a word
  if (!prefixes || prefixes.some((p) => !isWordUnit(p.charCodeAt(0)))) return undefined;
  return prefixes;
}

/** Add a prefix below `roots` (the trie's first level, by folded UTF-16 unit). */
function insert(roots: (TrieNode | undefined)[], prefix: string, index: number): void {
  let node = (roots[prefix.charCodeAt(0)] ??= { here: [], codes: [], kids: [] });
  for (let i = 1; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    let next = child(node, code);
    if (!next) {
      next = { here: [], codes: [], kids: [] };
      node.codes.push(code);
      node.kids.push(next);
    }
    node = next;
  }
  if (!node.here.includes(index)) node.here.push(index);
}

/**
 * A set of patterns prepared to run together over texts.
 * @example new Scanner(ALL_PATTERNS).run("am 27. Juli 1953")[1] // the day-month pattern's candidates
 */
export class Scanner {
  private readonly entries: Entry[];
  /** The trie's first level, by folded UTF-16 unit. */
  private readonly roots: (TrieNode | undefined)[] = new Array(65536).fill(undefined);

  constructor(patterns: readonly Pattern[]) {
    this.entries = patterns.map((pattern, index) => {
      const prefixes = wordStartPrefixes(pattern);
      if (!prefixes) return { pattern };
      for (const prefix of prefixes) insert(this.roots, prefix, index);
      return { pattern, sticky: new RegExp(pattern.regex.source, 'uy') };
    });
  }

  /** Each pattern's candidates in `text` (one list per pattern, in pattern order), as `runPattern` gives them. */
  run(text: string): DateCandidate[][] {
    const found: DateCandidate[][] = this.entries.map((e) => (e.sticky ? [] : runPattern(e.pattern, text)));
    const resume = new Int32Array(this.entries.length);
    const tried = new Int32Array(this.entries.length).fill(-1);
    const { roots } = this;
    let afterWord = false;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const known = WORD_UNIT[code]!;
      const word = known === 0 ? isWordUnit(code) : known === 2;
      if (word && !afterWord) {
        const root = roots[FOLDED[code]!];
        if (root !== undefined) this.visit(root, text, at, found, resume, tried);
      }
      afterWord = word;
    }
    return found;
  }

  /** Try, at the word start `at`, every pattern whose prefix the text there begins with. */
  private visit(root: TrieNode, text: string, at: number, found: DateCandidate[][], resume: Int32Array, tried: Int32Array): void {
    let node: TrieNode | undefined = root;
    const end = Math.min(text.length, at + PREFIX_LENGTH);
    for (let i = at + 1; node; i++) {
      for (const index of node.here) {
        if (tried[index] === at || resume[index]! > at) continue;
        tried[index] = at;
        this.tryAt(index, text, at, found, resume);
      }
      node = i < end ? child(node, FOLDED[text.charCodeAt(i)]!) : undefined;
    }
  }

  private tryAt(index: number, text: string, at: number, found: DateCandidate[][], resume: Int32Array): void {
    const { pattern, sticky } = this.entries[index]!;
    sticky!.lastIndex = at;
    const m = sticky!.exec(text);
    if (!m) return;
    resume[index] = at + Math.max(1, m[0].length);
    if (m[0] === '') return;
    const candidate = candidateOf(pattern, m, text);
    if (candidate) found[index]!.push(candidate);
  }
}
