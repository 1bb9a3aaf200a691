/**
 * The part of a sentence a timeline shows: whole clauses around the date, starting where a
 * main clause starts (the sentence start, or after ; : a dash, or a comma not followed by a
 * subordinating word), so an entry is a statement a reader understands alone.
 */

/** Conjunctions that open a subordinate clause: a text never starts with one. */
const SUBORDINATING = new Set(
  (
    'als dass daß weil wenn ob nachdem bevor während damit obwohl obgleich da wie wo wobei wodurch womit worauf ' +
    'sodass indem seit seitdem bis ehe falls sofern solange um ohne statt anstatt wonach woraufhin zumal'
  ).split(' '),
);

// ", " "; " ": " " – " -> a clause boundary (comma, semicolon, colon, dash between spaces)
const CUT = /[,;:]\s+|\s+[–—-]\s+/gu;
// the first word after a cut, past opening quotes: "„Wir" -> "Wir"
const FIRST_WORD = /^[\s«»"“„‚']*(\p{L}+)/u;

/** Clause boundaries of a sentence: 0, every cut, and the sentence end. */
function cutsOf(sentence: string): number[] {
  const cuts = [0];
  for (const m of sentence.matchAll(CUT)) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length);
  return cuts;
}

/** Words that join a main clause to the one before it after a comma. */
const JOINING = new Set(['doch', 'aber', 'denn', 'sondern', 'jedoch']);

/** The word after a cut and whether the cut is a comma (else ; : or a dash). */
function afterCut(sentence: string, at: number): { word: string; comma: boolean } {
  return { word: FIRST_WORD.exec(sentence.slice(at))?.[1] ?? '', comma: /,\s*$/u.test(sentence.slice(0, at)) };
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

/** Relative pronouns that open a relative clause after a comma (", der Gerhardt 2001 verdrängt hatte,"). */
const RELATIVE = new Set('der die das dem den denen deren dessen welcher welche welches welchem welchen'.split(' '));
// "in dem", "auf der", "bei denen" -> a preposition before a relative pronoun
const PREPOSITION = /^(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|während|wegen|zu|zwischen)$/iu;
// ", " "; " " – " and an opening or closing quote mark -> where a comma segment ends
const SEGMENT_CUT = /[,;]\s+|\s+[–—]\s+|[„“»«]/gu;
// "dem 3. Mai", "den 9. Januar" -> an apposition of a date, not a relative clause
const DATE_APPOSITION = /^\s*(?:dem|den)\s+\d/u;
// "der", "in dem" -> the first two words of a segment (past opening quotes and brackets)
const FIRST_WORDS = /^[\s«»"“„‚'([]*(\p{L}+)(?:\s+(\p{L}+))?/u;

/**
 * Whether the offset `at` of a sentence lies in a subordinate or relative clause: the stretch
 * between the clause cuts around it (commas, semicolons, dashes, quote marks) opens with a
 * subordinating word ("Nachdem …", ", als …") or a relative pronoun, perhaps after a preposition
 * (", der Gerhardt 2001 verdrängt hatte,", ", in dem …"). A rough test: a main clause resumed after
 * a relative one ("…, will nun auch …") is not subordinate.
 * @example subordinateAt("Westerwelle, der ihn 2001 verdrängt hatte, will nun antreten.", 25) // true
 * @example subordinateAt("Westerwelle, der ihn 2001 verdrängt hatte, will nun antreten.", 48) // false
 */
export function subordinateAt(sentence: string, at: number): boolean {
  let start = 0;
  for (const m of sentence.matchAll(SEGMENT_CUT)) {
    if (m.index + m[0].length > at) break;
    start = m.index + m[0].length;
  }
  const words = FIRST_WORDS.exec(sentence.slice(start));
  if (!words) return false;
  const first = words[1]!.toLowerCase();
  // (a relative pronoun only after a cut: "Der Rat …" opening a sentence is an article; "am Freitag, dem 3. Mai" is a date's apposition)
  const relative = start > 0 && RELATIVE.has(first) && !DATE_APPOSITION.test(sentence.slice(start));
  if (SUBORDINATING.has(first) || relative) return true;
  return start > 0 && PREPOSITION.test(first) && RELATIVE.has(words[2]?.toLowerCase() ?? '');
}
