/**
 * Spelling tolerance: the archive's words closest to a misspelt one ("Beigun" -> "Biegun").
 */
import { foldTerm as foldWord } from './fold.ts';

/** What the search for close words needs from the index. */
export interface Vocabulary {
  /** Folded word -> display form. */
  vocabulary: ReadonlyMap<string, string>;
  /** Folded words by first letter. */
  byInitial: ReadonlyMap<string, string[]>;
  docFrequency(term: string): number;
  analyser: { word(raw: string): { term: string } | null };
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `max + 1` once it
 * is certain to exceed `max`.
 * @example editDistance("beigun", "biegun", 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= ROW) return a === b ? 0 : max + 1;
  let before = rows[0]!;
  let previous = rows[1]!;
  let current = rows[2]!;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      // "ei" <-> "ie": a swap of neighbours costs one edit
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

// Three reusable rows of the distance table (words longer than ROW - 1 letters only match exactly)
const ROW = 64;
const rows = [new Int32Array(ROW), new Int32Array(ROW), new Int32Array(ROW)];

/**
 * How many edits a word of this length may be away: none below 4 letters, 1 up to 7, else 2.
 * @example allowedEdits("beigun") // 1
 */
export function allowedEdits(folded: string): number {
  return folded.length < 4 ? 0 : folded.length <= 7 ? 1 : 2;
}

/**
 * The archive's words closest to `word` (display forms), nearest first, then most frequent.
 * @example closestWords(index, "Beigun", 3) // ["Biegun"]
 */
export function closestWords(vocabulary: Vocabulary, word: string, limit: number, maxEdits = allowedEdits(foldWord(word))): string[] {
  const folded = foldWord(word);
  if (maxEdits === 0) return [];
  // Typos rarely hit the first letter: look there first, then everywhere
  const found = search(vocabulary, folded, vocabulary.byInitial.get(folded[0] ?? '') ?? [], maxEdits);
  const all = found.length > 0 ? found : search(vocabulary, folded, vocabulary.vocabulary.keys(), maxEdits);
  all.sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || a.display.localeCompare(b.display));
  return [...new Set(all.map((f) => f.display))].slice(0, limit);
}

function search(vocabulary: Vocabulary, folded: string, candidates: Iterable<string>, maxEdits: number) {
  const found: { display: string; distance: number; frequency: number }[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - folded.length) > maxEdits || candidate === folded) continue;
    const distance = editDistance(folded, candidate, maxEdits);
    if (distance > maxEdits) continue;
    const display = vocabulary.vocabulary.get(candidate)!;
    const term = vocabulary.analyser.word(display)?.term;
    const frequency = term ? vocabulary.docFrequency(term) : 0;
    if (frequency > 0) found.push({ display, distance, frequency });
  }
  return found;
}
