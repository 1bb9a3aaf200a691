/**
 * A small reader of regex source (the `u` syntax the date patterns use) into a tree, for working
 * out what a pattern's matches can start with (see prefixes.ts). Throws on what it does not know.
 */

/**
 * One node: a set of characters (`null` = any character), a sequence, an alternation, a
 * repetition, something that matches no characters (anchors, look-arounds), or a back-reference
 * (any text at all).
 */
export type Node =
  | { kind: 'chars'; chars: ReadonlySet<string> | null }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'rep'; item: Node; min: number; max: number }
  | { kind: 'empty' }
  | { kind: 'backref' };

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const DIGITS = '0123456789';
const WORD = `${DIGITS}_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ`;
/** Larger classes are treated as "any character". */
const MAX_CLASS = 512;

const CONTROL: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** Parse `source`; anything outside the known syntax throws. */
export function parseRegex(source: string): Node {
  const reader = new TreeReader(source);
  return reader.pattern();
}

class TreeReader {
  private at = 0;
  constructor(private readonly source: string) {}

  pattern(): Node {
    const node = this.disjunction();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]}`);
    return node;
  }

  private disjunction(): Node {
    const items = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      items.push(this.alternative());
    }
    return items.length === 1 ? items[0]! : { kind: 'alt', items };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  /** `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each possibly lazy. */
  private quantified(item: Node): Node {
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '?' || c === '*' || c === '+') {
      [min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity];
      this.at++;
    } else if (c === '{') {
      // "{1,3}", "{2,}", "{4}"
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.at += m[0].length;
    } else return item;
    if (this.source[this.at] === '?') this.at++;
    return { kind: 'rep', item, min, max };
  }

  private atom(): Node {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return { kind: 'chars', chars: null };
    if ('*+?{})]|'.includes(c)) throw new Error(`unexpected ${c}`);
    const char = String.fromCodePoint(this.source.codePointAt(this.at - 1)!);
    this.at += char.length - 1;
    return { kind: 'chars', chars: new Set([char]) };
  }

  /** Groups; look-arounds match no characters. */
  private group(): Node {
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))![0];
    this.at += head.length;
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return /^\(\?(?:<=|<!|=|!)/.test(head) ? { kind: 'empty' } : inner;
  }

  /** `[...]` as a set of characters; negated or large classes count as any character. */
  private charClass(): Node {
    this.at++;
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let chars: string[] | null = [];
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      const from = this.classAtom();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        // "a-z", "1-4"
        this.at++;
        const to = this.classAtom();
        if (from === null || to === null || from.length !== 1 || to.length !== 1) throw new Error('bad range');
        chars = chars && range(from[0]!, to[0]!, chars);
      } else chars = chars && from && [...chars, ...from];
      if (chars && chars.length > MAX_CLASS) chars = null;
    }
    this.at++;
    return { kind: 'chars', chars: negated || !chars ? null : new Set(chars) };
  }

  /** One class member: its characters, or null for a large class such as `\p{L}`. */
  private classAtom(): string[] | null {
    if (this.source[this.at] !== '\\') {
      const char = String.fromCodePoint(this.source.codePointAt(this.at)!);
      this.at += char.length;
      return [char];
    }
    // "\b" inside a class is a backspace
    if (this.source[this.at + 1] === 'b') {
      this.at += 2;
      return ['\b'];
    }
    const node = this.escape();
    if (node.kind !== 'chars') throw new Error('bad class escape');
    return node.chars && [...node.chars];
  }

  private escape(): Node {
    const rest = this.source.slice(this.at);
    // "\b" / "\B" -> word boundaries match no characters
    if (/^\\[bB]/.test(rest)) {
      this.at += 2;
      return { kind: 'empty' };
    }
    // "\1", "\k<name>" -> back-references
    const back = /^\\(?:[1-9]\d*|k<[A-Za-z_$][\w$]*>)/.exec(rest);
    if (back) {
      this.at += back[0].length;
      return { kind: 'backref' };
    }
    const m = /^\\(?:([pP])\{[\w=]+\}|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|c([A-Za-z])|([dDsSwWnrtfv])|([\^$\\.*+?()[\]{}|/-]))/.exec(rest);
    if (!m) throw new Error(`unknown escape ${rest.slice(0, 3)}`);
    this.at += m[0].length;
    const [, property, braced, hex4, hex2, control, letter, literal] = m;
    if (property) return { kind: 'chars', chars: null };
    const code = braced ?? hex4 ?? hex2;
    if (code) return { kind: 'chars', chars: new Set([String.fromCodePoint(parseInt(code, 16))]) };
    if (control) return { kind: 'chars', chars: new Set([String.fromCharCode(control.charCodeAt(0) % 32)]) };
    if (literal) return { kind: 'chars', chars: new Set([literal]) };
    return { kind: 'chars', chars: letterClass(letter!) };
  }
}

/** `\d`, `\s`, `\w`, `\n`, ...; the negated `\D`, `\S`, `\W` count as any character. */
function letterClass(letter: string): ReadonlySet<string> | null {
  if (CONTROL[letter]) return new Set([CONTROL[letter]]);
  const members = letter === 'd' ? DIGITS : letter === 's' ? SPACES : letter === 'w' ? WORD : undefined;
  return members === undefined ? null : new Set(members);
}

/** The characters `from`..`to` added to `into`, or null when the range is large. */
function range(from: string, to: string, into: string[]): string[] | null {
  const a = from.codePointAt(0)!;
  const b = to.codePointAt(0)!;
  if (b < a) throw new Error('bad range');
  if (b - a > MAX_CLASS) return null;
  for (let c = a; c <= b; c++) into.push(String.fromCodePoint(c));
  return into;
}
