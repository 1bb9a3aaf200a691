/**
 * The shape of one date pattern and the helpers every pattern file uses: word boundaries,
 * modifier words, and running a pattern over a text.
 */
import type { DateCandidate, Expr, Modifier } from '../types.ts';

/** A built expression; `start`/`end` (absolute offsets) narrow the span when the regex matched more. */
export interface Built {
  expr: Expr;
  start?: number;
  end?: number;
}

/** One recogniser: a global unicode regex and a builder that turns a match into an expression. */
export interface Pattern {
  name: string;
  regex: RegExp;
  /** Return undefined to reject the match (e.g. "1600 km" is not a year). */
  build(match: RegExpExecArray, text: string): Expr | Built | undefined;
}

/** Start of a word: no letter or digit before. */
export const B = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit after. */
export const E = '(?![\\p{L}\\p{N}])';
/** Start of a number: no letter, digit, or digit group separator before ("13.000" has no year; "1939/1940" has two). */
export const NB = '(?<![\\p{L}\\p{N}]|\\d[.,:])';
/** End of a number: no letter, digit, or a separator followed by a digit after. */
export const NE = '(?![\\p{L}\\p{N}]|[.,:]\\d)';

/** Regex source for a modifier word in front of a period: "Anfang", "Mitte", "Ende", "Beginn". */
export const MOD_WORD = '(?:Anfang|Beginn|Mitte|Ende|Ausgang)';

/**
 * The modifier a German word expresses.
 * @example modifierOf("Ende") // "late"
 * @example modifierOf("frühen") // "early"
 */
export function modifierOf(word: string | undefined): Modifier | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (/^(anfang|beginn|früh|frühen|frühe|zu beginn)/.test(lower)) return 'early';
  if (lower.startsWith('mitte')) return 'mid';
  if (/^(ende|ausgang|spät|späten|späte)/.test(lower)) return 'late';
  return undefined;
}

/**
 * Set the modifier a word names ("Ende", "Anfang", "Mitte") on an expression, if it names one.
 * @example withModifier({ type: "calendar", month: 2 }, "Ende") // { type: "calendar", month: 2, modifier: "late" }
 */
export function withModifier<T extends { modifier?: Modifier }>(expr: T, word: string | undefined): T {
  const modifier = modifierOf(word);
  if (modifier) expr.modifier = modifier;
  return expr;
}

/**
 * Compile a pattern source with the flags every pattern needs (global, unicode).
 * @example re(`${B}heute${E}`)
 */
export function re(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/**
 * Every candidate a pattern finds in a text.
 * @example runPattern(yearPattern, "im Jahr 1953") // [{ start: 3, end: 12, ... }]
 */
export function runPattern(pattern: Pattern, text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const candidate = candidateOf(pattern, m, text);
    if (candidate) found.push(candidate);
  }
  return found;
}

/**
 * The candidate a pattern makes of one non-empty match, or undefined when its `build` rejects it.
 * @example candidateOf(yearPattern, /\d{4}/u.exec("1953")!, "1953") // { start: 0, end: 4, ... }
 */
export function candidateOf(pattern: Pattern, m: RegExpExecArray, text: string): DateCandidate | undefined {
  const built = pattern.build(m, text);
  if (!built) return undefined;
  const full = 'expr' in built ? built : { expr: built };
  return { start: full.start ?? m.index, end: full.end ?? m.index + m[0].length, expr: full.expr, pattern: pattern.name };
}
