/**
 * Sentence splitting for German news text, with offsets into the original text.
 * Copes with the seeds' glued sentences ("zu tun.Eine"), abbreviations ("z. B.", "Dr."),
 * ordinals in dates ("am 27. Juli"), initials ("George W. Bush") and closing quotes («…» „…“ "…").
 */

/** A sentence and where it sits in the text it came from (`text === source.slice(start, end)`). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (compared lower-case). */
const ABBREVIATIONS = new Set([
  'z',
  'b',
  'bzw',
  'ca',
  'dr',
  'prof',
  'nr',
  'st',
  'vgl',
  'sog',
  'u',
  'a',
  'o',
  'ä',
  'usw',
  'etc',
  'jh',
  'jhd',
  'mio',
  'mrd',
  'min',
  'max',
  'abs',
  'art',
  'bspw',
  'evtl',
  'ggf',
  'inkl',
  'zzgl',
  'gen',
  'hl',
  'str',
  'tel',
  'dt',
  'engl',
  'franz',
  'v',
  'chr',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sen',
  'gegr',
  'geb',
  'verh',
  'vs',
  'i',
  'd',
  'h',
  'bzgl',
  'zb',
  'uvm',
  'rd',
  'co',
  'inc',
  'ltd',
]);

/**
 * Longest sentence kept whole, in characters. Real ones stay far below (the longest in the seeds
 * and wikinews is 719); a longer stretch without a full stop (a list, a table, junk) is cut at the
 * last space before the limit, so every per-sentence step of the extractors is bounded.
 */
export const MAX_SENTENCE_CHARS = 2000;

const CLOSING_QUOTES = '»«“”"\'’)';
const UPPER = /[A-ZÄÖÜ]/;
const LOWER = /[a-zäöüß]/;

/**
 * Split text into sentences. Line breaks always end a sentence (headlines stand alone).
 * @example splitSentences("Wir haben es zu tun.Eine neue Lage.") // two sentences
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    for (let cut = cutAt(text, start, end); cut < end; cut = cutAt(text, start, end)) add(cut);
    add(end);
  };
  const add = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSING_QUOTES.includes(text[end]!)) end++;
    if (isBoundary(text, i, end)) {
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

/**
 * Where to cut `text[start, end)` so that no piece is longer than MAX_SENTENCE_CHARS: `end` when
 * it fits, else after the last whitespace within the limit (or at the limit, inside a long word).
 */
function cutAt(text: string, start: number, end: number): number {
  if (end - start <= MAX_SENTENCE_CHARS) return end;
  const limit = start + MAX_SENTENCE_CHARS;
  for (let i = limit; i > start + MAX_SENTENCE_CHARS / 2; i--) if (/\s/.test(text[i - 1]!)) return i;
  return limit;
}

/** Whether the punctuation at `mark` (ending at `end`, closing quotes included) ends a sentence. */
function isBoundary(text: string, mark: number, end: number): boolean {
  // bounded windows keep splitting linear in the text length
  const next = text.slice(end, end + 40);
  const spaced = /^[ \t\u00a0]+/.exec(next);
  const after = spaced ? next.slice(spaced[0].length) : next;
  if (after === '' || after.startsWith('\n')) return true;
  const first = after[0]!;
  if (!spaced) {
    // "zu tun.Eine" -> boundary; "z.B." / "U.S." / "3.5" -> not
    return text[mark] === '.' && /[a-zäöüß)»“"]{2}$/.test(text.slice(Math.max(0, mark - 2), mark)) && UPPER.test(first) && LOWER.test(after[1] ?? '');
  }
  // "„Niemals!“ sagte sie" -> the quote runs on into its cue: no boundary before a lower-case word
  if (text[mark] !== '.') return !LOWER.test(first);
  if (LOWER.test(first)) return false;
  const word = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, mark - 40), mark))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "George W. Bush" -> initial, no boundary
  if (word.length === 1 && UPPER.test(word)) return false;
  // "Papst Benedikt XVI. Er" is ambiguous; a regnal number after a name is far more common -> no boundary
  if (/^[IVX]{2,5}$/.test(word) && /\p{Lu}\p{Ll}+ [IVX]{2,5}$/u.test(text.slice(Math.max(0, mark - 30), mark))) return false;
  // "am 27. Juli" / "der 2. Weltkrieg" -> ordinal; "im Jahr 1953. Danach" -> boundary; a number
  // before a word that opens sentences, never a noun after an ordinal ("der Autobahn 9. Sie") -> boundary
  if (/^\d{1,2}$/.test(word)) return SENTENCE_OPENERS.has(/^\p{L}+/u.exec(after)?.[0] ?? '');
  // "dem 140. Geburtstag", "zum 100. Mal" -> a three-digit ordinal after an article or "zum"/"am"/"im"
  if (/^\d{3}$/.test(word) && ORDINAL_BEFORE.test(text.slice(Math.max(0, mark - 20), mark - 3))) return false;
  return true;
}

/**
 * Words that open sentences and never follow an ordinal (pronouns, articles, connecting adverbs,
 * prepositions): after "9." they show that the number ended the sentence ("auf der Autobahn 9. Sie …").
 */
const SENTENCE_OPENERS = new Set('Sie Er Es Wir Ich Man Der Die Das Dies Diese Dieser Dieses Ein Eine Am Im In Auf Bei Mit Nach Dort Dabei Damit Danach Dann Doch Aber Auch Zudem So'.split(' '));

// "dem ", "zum ", "seinem " right before a number -> it is an ordinal ("dem 140. Geburtstag")
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|zum|zur|am|im|vom|beim|sein|seine|seinem|seinen|seines|seiner|ihr|ihre|ihrem|ihren|ihres|ihrer)\s+$/iu;

/**
 * Sentences as offsets only, `[start0, end0, start1, end1, …]`: how they are kept and sent
 * between threads (the text is the article's).
 * @example sentenceOffsets(splitSentences("Ein Satz. Noch einer.")) // Uint32Array [0, 9, 10, 21]
 */
export function sentenceOffsets(sentences: readonly Sentence[]): Uint32Array {
  const offsets = new Uint32Array(2 * sentences.length);
  sentences.forEach((s, i) => {
    offsets[2 * i] = s.start;
    offsets[2 * i + 1] = s.end;
  });
  return offsets;
}
