/**
 * Stretches in quotation marks: „…“, «…», »…«, "…", “…” — within one paragraph line.
 */

import { startsUpper } from '../lexicon/index.ts';

/** A marked stretch: `open`/`close` are the offsets of the marks themselves. */
export interface Marked {
  open: number;
  close: number;
}

const CLOSERS: Record<string, string[]> = { '„': ['“', '”', '"'], '«': ['»'], '»': ['«'], '“': ['”'], '"': ['"'] };
/** The closers of each opening mark as character codes. */
const CLOSER_CODES = new Map(Object.entries(CLOSERS).map(([mark, closers]) => [mark, closers.map((c) => c.charCodeAt(0))]));
const OPENERS = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');
const NEWLINE = 10;

/**
 * All quotation-mark pairs of a text, outermost only, left to right. A straight quote opens only
 * after a space, a line start or a bracket.
 * @example findMarked('Er sagte: „Nein.“') // [{ open: 9, close: 15 }]
 */
export function findMarked(text: string): Marked[] {
  const out: Marked[] = [];
  const next = new NextOf(text);
  OPENERS.lastIndex = 0;
  // (most characters open nothing: jump from one opening mark to the next)
  for (let m = OPENERS.exec(text); m !== null; m = OPENERS.exec(text)) {
    const i = m.index;
    const closers = CLOSER_CODES.get(m[0])!;
    // '"' after a letter closes nothing here and opens nothing: "5" Zoll" / stray marks
    if (text[i] === '"' && i > 0 && !/[\s(\[–-]/.test(text[i - 1]!)) continue;
    let close = findClose(next, i + 1, closers);
    if (close === undefined) continue;
    // „A „B“ C“ -> a German opening mark inside the stretch nests: the pair closes at the mark that balances it
    if (text[i] === '„' && next.at(LOW_OPEN, i + 1) < close) close = nestedClose(text, i) ?? close;
    out.push({ open: i, close });
    OPENERS.lastIndex = close + 1;
  }
  return out;
}

const LOW_OPEN = '„'.charCodeAt(0);

/**
 * For a „ at `open` with another „ before its first closer: the closer (“ or ”) that brings the count
 * of „ opened and closed back to zero on the same line, if there is one („Wir haben „Small Business“
 * im Blick.“ closes after "Blick."); undefined when the line does not balance („A „B“ with a closer
 * missing), and the first closer is kept.
 * @example nestedClose('„A „B“ C“ D', 0) // 8
 */
function nestedClose(text: string, open: number): number | undefined {
  let depth = 0;
  for (let j = open; j < text.length && text[j] !== '\n'; j++) {
    if (text[j] === '„') depth++;
    else if (text[j] === '“' || text[j] === '”') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return undefined;
}

/** The first of `closers` at or after `from`, if it comes before the line ends and not right at `from`. */
function findClose(next: NextOf, from: number, closers: readonly number[]): number | undefined {
  let close = Infinity;
  for (const c of closers) close = Math.min(close, next.at(c, from));
  if (close === Infinity || next.at(NEWLINE, from) < close) return undefined;
  return close > from ? close : undefined;
}

/**
 * Where a character next occurs, for positions asked in increasing order: a pointer per character
 * moves forward only, so a line full of opening marks and no closer is read once, not once per mark.
 * @example new NextOf("a„b“").at(0x201c, 0) // 3
 */
class NextOf {
  private readonly found = new Map<number, number>();

  constructor(private readonly text: string) {}

  /** The first index >= `from` holding character `code`, or Infinity. `from` must not decrease per code. */
  at(code: number, from: number): number {
    const known = this.found.get(code);
    if (known !== undefined && known >= from) return known;
    let j = from;
    while (j < this.text.length && this.text.charCodeAt(j) !== code) j++;
    const result = j < this.text.length ? j : Infinity;
    this.found.set(code, result);
    return result;
  }
}

/**
 * Whether a marked stretch is a name or title rather than speech: "«Zwei-plus-Zwei»-Treffen",
 * „Stern“ (one to three capitalised words), a scare quote (sogenannte „Experten“).
 * @example isLabel('die Illustrierte „Stern“', { open: 16, close: 21 }) // true
 */
export function isLabel(text: string, m: Marked): boolean {
  if (text[m.close + 1] === '-' || text[m.open - 1] === '-') return true;
  if (scareQuoted(text, m)) return true;
  const inner = text.slice(m.open + 1, m.close).trim();
  const words = inner.split(/\s+/);
  // „Stern“, „Automobilwoche“ after an article or a noun -> a name; „Wortbruch“ after "als" -> speech
  const prev = LAST_WORD.exec(text.slice(Math.max(0, m.open - 30), m.open))?.[1] ?? '';
  const named = startsUpper(prev) || /^(der|die|das|des|dem|den)$/i.test(prev) || prev === '';
  if (words.length <= 3 && words.every((w) => CAPITAL_OR_DIGIT.test(w)) && named) return true;
  // "die Dokumentation „Eine unbequeme Wahrheit“", "Motto „50 Jahre …“" -> a title after a noun
  const before = LAST_NOUN.exec(text.slice(Math.max(0, m.open - 40), m.open))?.[1];
  return !!before && CAPITAL_OR_DIGIT.test(inner) && TITLE_NOUNS.test(before);
}

/**
 * Whether "sogenannte", "so genannte" or "sog." stands right before the marks: what they hold is a
 * scare quote, the writer's distance from a word, never anybody's words.
 * @example scareQuoted('Das seien sogenannte „Experten“', { open: 21, close: 30 }) // true
 */
export function scareQuoted(text: string, m: Marked): boolean {
  return SCARE_OPENER.test(text.slice(Math.max(0, m.open - 30), m.open));
}

// "sogenannte ", "so genannten ", "Sogenannter ", "sog. " -> right before the opening mark
const SCARE_OPENER = /(?:^|[^\p{L}])(?:so\s*genannt(?:e|en|er|es|em)?|sog\.)\s*$/iu;
// the word before a quotation mark; a capitalised one ("Dokumentation")
const LAST_WORD = /(\S+)\s*$/u;
const LAST_NOUN = /(\p{Lu}[\p{Ll}-]+)\s*$/u;
// „Stern“, „50 Jahre …“ -> starts with a capital or a digit
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
// nouns that name a work, a motto or a medium: what follows in quotation marks is its title
const TITLE_NOUNS =
  /(Titel|Motto|Buch|Film|Dokumentation|Roman|Album|Lied|Song|Zeitung|Zeitschrift|Magazin|Illustrierte[n]?|Sendung|Serie|Programm|Kampagne|Aktion|Projekt|Slogan|Stück|Oper|Werk|Studie|Bericht|Kongress|Ausstellung|Festival|Gruppe|Band|Partei|Initiative|Operation|Codename[n]?|Plattform|Website|Blog|Portal|Agentur)$/;
