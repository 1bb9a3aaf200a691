/**
 * The part of a sentence a timeline shows: whole clauses around the date, starting where a
 * main clause starts (the sentence start, or after ; : a dash, or a comma not followed by a
 * subordinating word), so an entry is a statement a reader understands alone. Also the one
 * reading of clause cuts, relative and subordinate clauses that the rest of events/ shares.
 */
import { RELATIVE_PRONOUNS } from '../lexicon/index.ts';

/** Conjunctions that open a subordinate clause: a text never starts with one. */
const SUBORDINATING = new Set(
  (
    'als dass daß weil wenn ob nachdem bevor während damit obwohl obgleich da wie wo wobei wodurch womit worauf ' +
    'sodass indem seit seitdem bis ehe falls sofern solange um ohne statt anstatt wonach woraufhin zumal'
  ).split(' '),
);

// ", " "; " ": " -> a comma, semicolon or colon before a space; " – " " — " " - " -> a dash between spaces
// (not the comma of a number, "29,9", nor a hyphen, "Nord-Süd"); ":" before no space, "14:00" -> a bare
// colon (a cut only with `bareColon`); "„" "“" "»" "«" -> a quote mark (a cut only with `quotes`)
const CUT = /[,;]\s+|:\s*|\s+[–—-]\s+|[„“»«]/gu;
// "„" "“" "»" "«" -> a quote mark
const QUOTE_MARK = /^[„“»«]$/u;
// "der", "in dem", "„Wir" -> the first two words after a cut, past opening quotes and brackets
const FIRST_WORDS = /^[\s«»"“„‚'([]*(\p{L}+)(?:\s+(\p{L}+))?/u;

// "…, " -> a comma (and space) right before an offset: the cut there is a comma
const AFTER_COMMA = /,\s*$/u;

/** A clause of a sentence: from just after a cut (or the sentence start) to the next cut's mark. */
export interface Clause {
  start: number;
  end: number;
}

/** Marks that cut only for some readers of clauses, each named with its reason. */
export interface CutOptions {
  /**
   * Quote marks cut: the subordinate test takes a quotation for a clause of its own, while the
   * span a timeline shows keeps a quotation with the clause around it (cutting there changes the
   * shown texts of the corpus).
   */
  quotes?: boolean;
  /**
   * A colon cuts with no space after it, also in a time ("um 14:00 Uhr beginnen soll"): how the plan
   * test has always ended a relative clause. Reading "14:00" as no cut is likely better but changes
   * the corpus's facts and timeline (eval:events unchanged): a change to measure apart, not a tidy-up.
   */
  bareColon?: boolean;
}

/**
 * The clauses of a sentence, split at every comma, semicolon and colon before a space and every
 * dash between spaces; quote marks and bare colons only as `options` say.
 * @example clausesOf("Er kam, als es regnete.") // [{ start: 0, end: 6 }, { start: 8, end: 23 }]
 */
export function clausesOf(sentence: string, options: CutOptions = {}): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CUT)) {
    if ((!options.quotes && QUOTE_MARK.test(m[0])) || (!options.bareColon && m[0] === ':')) continue;
    clauses.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  clauses.push({ start, end: sentence.length });
  return clauses;
}

/** Clause boundaries of a sentence: 0, every cut, and the sentence end. */
function cutsOf(sentence: string): number[] {
  return [...clausesOf(sentence).map((c) => c.start), sentence.length];
}

/** Words that join a main clause to the one before it after a comma. */
const JOINING = new Set(['doch', 'aber', 'denn', 'sondern', 'jedoch']);

/** The word after a cut and whether the cut is a comma (else ; : or a dash). */
function afterCut(sentence: string, at: number): { word: string; comma: boolean } {
  return { word: FIRST_WORDS.exec(sentence.slice(at))?.[1] ?? '', comma: AFTER_COMMA.test(sentence.slice(0, at)) };
}

/**
 * Whether a clause ends at this cut: after ; : or a dash, or after a comma followed by a lower-case
 * word (", sagte er", ", als", ", die") — an upper-case word after a comma is mostly a list or an
 * apposition ("Sanktionen, Hilfen", "der Bank, Josef Ackermann").
 * @example clauseEndsAt("Er kam, als es regnete.", 8) // true; clauseEndsAt("Äpfel, Birnen und Pflaumen", 7) // false
 */
export function clauseEndsAt(sentence: string, at: number): boolean {
  if (at <= 0 || at >= sentence.length) return true;
  const { word, comma } = afterCut(sentence, at);
  return !comma || /^\p{Ll}/u.test(word);
}

/**
 * Whether a main clause may start at this cut: the sentence start, after ; : or a dash unless a
 * subordinating word follows, or after a comma with "doch", "aber", "denn", "sondern", "jedoch".
 * @example mainClauseAt("Er kam, als es regnete.", 8) // false ("als")
 */
export function mainClauseAt(sentence: string, at: number): boolean {
  if (at === 0) return true;
  const { word, comma } = afterCut(sentence, at);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (comma) return JOINING.has(lower);
  return !SUBORDINATING.has(lower);
}

/**
 * The span of a sentence to show for a date at `at`: the whole sentence when at most `max`
 * characters; else whole clauses holding the date, from the latest main-clause start that
 * keeps the text within `max` (the sentence start when possible), widened to the right clause by
 * clause while it fits. A single clause longer than `max` is kept whole up to `hardMax`; only
 * beyond that is it cut to words around the date. Offsets are relative to the sentence.
 * @example clauseSpan("Die Äußerungen sind bemerkenswert, als die USA im Januar betont hatten, dass …", 50, 60) // { start: 0, end: … }
 */
export function clauseSpan(sentence: string, at: number, max = 320, hardMax = 480): { start: number; end: number } {
  const length = sentence.trimEnd().length;
  if (length <= max) return { start: 0, end: length };
  const cuts = cutsOf(sentence);
  const k = Math.max(
    0,
    cuts.findIndex((c, i) => c <= at && at < cuts[i + 1]!),
  );
  const starts = cuts.slice(0, k + 1).filter((c) => mainClauseAt(sentence, c));
  // clause ends after the date's clause (a list "Sanktionen, Hilfen" is not cut)
  const ends = cuts.slice(k + 1).filter((c) => clauseEndsAt(sentence, c));
  const endAt = (i: number) => trimEnd(sentence, ends[i]!);
  // the earliest main-clause start whose text up to the date's clause fits
  const start = starts.find((c) => endAt(0) - c <= max) ?? starts.at(-1) ?? 0;
  if (endAt(0) - start > hardMax) return wordWindow(sentence, at, max);
  let end = 0;
  while (end + 1 < ends.length && endAt(end + 1) - start <= max) end++;
  return { start, end: endAt(end) };
}

/** A boundary without the separator before it. */
function trimEnd(sentence: string, at: number): number {
  let end = Math.min(at, sentence.length);
  while (end > 0 && /[\s,;:–—-]/u.test(sentence[end - 1]!)) end--;
  return end;
}

/** One very long clause: a window of whole words around the date. */
function wordWindow(sentence: string, at: number, max: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(at - Math.floor(max / 3), sentence.length - max));
  if (start > 0 && sentence[start - 1] !== ' ') start = sentence.indexOf(' ', start) + 1;
  const end = start + sentence.slice(start, start + max).lastIndexOf(' ');
  return { start, end: end > start ? end : Math.min(sentence.length, start + max) };
}

// "in dem", "auf der", "bei denen" -> a lower-case preposition before a relative pronoun (not "um" or
// "während": ", um die Wahl zu gewinnen", ", während die USA …" open a subordinate clause)
const PREPOSITION = /^(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|unter|von|vor|wegen|zu|zwischen)$/u;
// "dem 3. Mai", "den 9. Januar" -> an apposition of a date, not a relative clause
const DATE_APPOSITION = /^\s*(?:dem|den)\s+\d/u;

/**
 * Whether a clause is a relative clause: it follows a comma and opens with a relative pronoun (lower
 * case: ", der Gerhardt 2001 verdrängt hatte"; not "; die Polizei …", "„Der Rat …"), perhaps after a
 * preposition (", in dem …"), or with "wo" (", wo die Starts stattfinden werden"); not the
 * apposition of a date ("am Freitag, dem 3. Mai").
 * @example relativeClause("Das Haus, in dem er wohnte, brannte.", { start: 10, end: 26 }) // true
 * @example relativeClause("Am Freitag, dem 3. Mai, brannte es.", { start: 12, end: 22 }) // false
 */
export function relativeClause(sentence: string, clause: Clause): boolean {
  if (!AFTER_COMMA.test(sentence.slice(0, clause.start))) return false;
  const words = FIRST_WORDS.exec(sentence.slice(clause.start));
  const first = words?.[1] ?? '';
  if (first === 'wo') return true;
  if (RELATIVE_PRONOUNS.has(first)) return !DATE_APPOSITION.test(sentence.slice(clause.start));
  return PREPOSITION.test(first) && RELATIVE_PRONOUNS.has(words?.[2] ?? '');
}

/**
 * The relative clauses of a sentence (quote marks not cutting them, a bare colon cutting: see `CutOptions`).
 * @example relativeClauses("Im Bau ist eine Rollbahn, auf der die Starts stattfinden werden.") // [{ start: 26, end: 64 }]
 */
export function relativeClauses(sentence: string): Clause[] {
  return clausesOf(sentence, { bareColon: true }).filter((c) => relativeClause(sentence, c));
}

/**
 * Whether the offset `at` of a sentence lies in a subordinate or relative clause: its clause (quote
 * marks cutting too) opens with a subordinating word ("Nachdem …", ", als …") or is a relative
 * clause (", der Gerhardt 2001 verdrängt hatte,", ", in dem …"). A rough test: a main clause resumed
 * after a relative one ("…, will nun auch …") is not subordinate.
 * @example subordinateAt("Westerwelle, der ihn 2001 verdrängt hatte, will nun antreten.", 25) // true
 * @example subordinateAt("Westerwelle, der ihn 2001 verdrängt hatte, will nun antreten.", 48) // false
 */
export function subordinateAt(sentence: string, at: number): boolean {
  return subordinateClauseAt(sentence, at) !== undefined;
}

/**
 * The subordinate or relative clause that holds the offset `at` (as `subordinateAt` reads it), if any.
 * @example subordinateClauseAt("Er kam, als es regnete.", 12) // { start: 8, end: 23 }
 */
export function subordinateClauseAt(sentence: string, at: number): Clause | undefined {
  const clause = clausesOf(sentence, { quotes: true }).findLast((c) => c.start <= at)!;
  const first = FIRST_WORDS.exec(sentence.slice(clause.start))?.[1];
  if (!first) return undefined;
  return SUBORDINATING.has(first.toLowerCase()) || relativeClause(sentence, clause) ? clause : undefined;
}
