/**
 * What the matches of a regex can start with, as short literal strings: every match begins with
 * one of them. Digits are written as "0" and white space as " " (see `foldChar`), so "\d{4}"
 * gives one prefix, not ten thousand. Look-arounds are ignored, so the prefixes may allow more
 * than the regex does, never less.
 */
import { type Node, SPACES, parseRegex } from './regex-tree.ts';

/** Prefixes of matches: `full` are whole matches shorter than the limit, `open` are starts of longer (or unknown) ones. */
interface Prefixes {
  full: Set<string>;
  open: Set<string>;
}

const SPACE_SET = new Set(SPACES);

/**
 * The character a prefix compares with: digits become "0", white space " ", the rest stays.
 * @example foldChar("7") // "0"
 * @example foldChar("\u00a0") // " "
 */
export function foldChar(char: string): string {
  if (char >= '0' && char <= '9') return '0';
  return SPACE_SET.has(char) ? ' ' : char;
}

/** Add a prefix, moving it to `open` (cut to `limit`) once it reaches the limit. */
function add(into: Prefixes, text: string, full: boolean, limit: number): void {
  if (text.length >= limit) into.open.add(text.slice(0, limit));
  else (full ? into.full : into.open).add(text);
}

function concat(a: Prefixes, b: Prefixes, limit: number): Prefixes {
  const out: Prefixes = { full: new Set(), open: new Set(a.open) };
  for (const x of a.full) {
    for (const y of b.full) add(out, x + y, true, limit);
    for (const y of b.open) add(out, x + y, false, limit);
  }
  return out;
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = { full: new Set(a.full), open: new Set(a.open) };
  for (const x of b.full) out.full.add(x);
  for (const x of b.open) out.open.add(x);
  return out;
}

const EMPTY = (): Prefixes => ({ full: new Set(['']), open: new Set() });

/** `item{min,max}`: `min` copies (more than `limit` + 1 change nothing), then optional copies until nothing new comes. */
function repeat(item: Prefixes, min: number, max: number, limit: number): Prefixes {
  let out = EMPTY();
  for (let i = 0; i < Math.min(min, limit + 1); i++) out = concat(out, item, limit);
  const optional = union(item, EMPTY());
  for (let i = min; i < max; i++) {
    const next = concat(out, optional, limit);
    if (next.full.size === out.full.size && next.open.size === out.open.size) break;
    out = next;
  }
  return out;
}

function prefixesOf(node: Node, limit: number): Prefixes {
  switch (node.kind) {
    case 'empty':
      return EMPTY();
    case 'backref':
      return { full: new Set(), open: new Set(['']) };
    case 'chars': {
      if (node.chars === null) return { full: new Set(), open: new Set(['']) };
      const out: Prefixes = { full: new Set(), open: new Set() };
      for (const c of node.chars) add(out, foldChar(c), true, limit);
      return out;
    }
    case 'seq':
      return node.items.reduce((acc, item) => concat(acc, prefixesOf(item, limit), limit), EMPTY());
    case 'alt':
      return node.items.map((item) => prefixesOf(item, limit)).reduce(union);
    case 'rep':
      return repeat(prefixesOf(node.item, limit), node.min, node.max, limit);
  }
}

/**
 * Strings (of folded characters, at most `limit` long) one of which every match of `regex` starts
 * with; undefined when a match may be empty, may start with any character, the regex has flags
 * other than `g` and `u`, or its source uses syntax the reader does not know.
 * @example matchPrefixes(/(?<![\p{L}\p{N}])[Hh]eute|\d{4}/gu, 3) // ["Heu", "heu", "000"]
 */
export function matchPrefixes(regex: RegExp, limit: number): string[] | undefined {
  if (!/^g?u$/.test(regex.flags) || limit < 1) return undefined;
  let found: Prefixes;
  try {
    found = prefixesOf(parseRegex(regex.source), limit);
  } catch {
    return undefined;
  }
  const all = [...found.full, ...found.open];
  if (all.some((p) => p === '')) return undefined;
  return [...new Set(all)];
}
