/**
 * Query words: analysed like the index, with a misspelt word replaced by the closest word of the
 * archive ("Beigun" -> "Biegun") when the word itself occurs nowhere.
 */
import { PART, type AnalysedWord } from './analyser.ts';
import { foldTerm, rawTokens, type RawToken } from './fold.ts';
import { placeTerms } from './places.ts';
import { closestWords } from './typo.ts';
import type { Correction, IndexView, QueryWord } from './types.ts';
import { textVariants } from './variants.ts';

export type { Correction, QueryWord };

/** Most query words considered. */
export const MAX_QUERY_WORDS = 24;

/**
 * The query's content words, corrected where needed.
 * @example resolveWords(index, "Beigun Treffen").corrections // [{ from: "Beigun", to: "Biegun" }]
 */
export function resolveWords(index: IndexView, text: string): { words: QueryWord[]; corrections: Correction[] } {
  const words: QueryWord[] = [];
  const corrections: Correction[] = [];
  const tokens = rawTokens(text);
  for (const token of tokens) {
    let analysed = index.analyser.word(token.text);
    if (!analysed || words.length >= MAX_QUERY_WORDS) continue;
    let shown = token.text;
    if (!occurs(index, analysed) && TYPED_UMLAUT.test(token.text)) {
      // "Muenchen" -> "München", "fuer" -> "für" (a stop word: dropped)
      const dotted = index.analyser.word(withUmlauts(token.text));
      if (!dotted) continue;
      if (occurs(index, dotted)) analysed = dotted;
    }
    if (!occurs(index, analysed)) analysed = splitByArchive(index, analysed);
    // a German word the archive lacks is not a typo: "bestohlen" stays, never "bestehen"
    if (!occurs(index, analysed) && !index.analyser.isGermanWord(analysed.folded)) {
      const [closest] = closestWords(index, token.text, 1);
      const replacement = closest ? index.analyser.word(closest) : null;
      if (closest && replacement) {
        corrections.push({ from: token.text, to: closest });
        analysed = replacement;
        shown = closest;
      }
    }
    // "Pilot … Pilot", "Pilot Piloten": one term counts once
    const term = analysed.term;
    if (words.some((w) => w.word.term === term)) continue;
    const name = isName(index, analysed);
    // "Indien" also finds "indischen", "chinesischen" also "China" (places.ts), where the archive has them
    const places = placeTerms(term).filter((place) => index.docFrequency(place) > 0 || index.docFrequency(PART + place) > 0);
    if (places.length > 0) analysed = { ...analysed, related: places };
    words.push({ text: shown, word: analysed, position: token.position, name });
  }
  addVariants(index, text, tokens, words);
  joinNeighbours(index, text, tokens, words);
  return { words, corrections };
}

// "Gaza-Streifen" also finds "Gazastreifen", "tritt zurück" also "zurückgetreten": the joined
// word becomes an alternative of each query word it joins (when the archive has it)
function addVariants(index: IndexView, text: string, tokens: RawToken[], words: QueryWord[]): void {
  for (const variant of textVariants(text, tokens, index.analyser.verbs)) {
    const term = index.analyser.word(variant.word)?.term;
    if (!term || index.docFrequency(term) === 0) continue;
    // "Jong-un" is never written "Jongun": only a word the archive also writes whole joins
    if (variant.kind === 'joined' && !index.vocabulary.has(foldTerm(variant.word))) continue;
    // a separated verb's infinitive stands in for its particle ("ab" in "gibt … ab"), not its verb
    const from = variant.kind === 'verb' ? variant.from.slice(-1) : variant.from;
    for (const word of words) {
      if (!from.includes(word.position) || word.word.term === term) continue;
      word.word = { ...word.word, alternatives: [...(word.word.alternatives ?? []), term] };
    }
  }
}

// "Biegun", "Kaesong" -> names: always capitalised in the archive and not German; "fordert" (seen
// in lower case), "Sanktionen" (stem in the dictionary), "Kanzlers", "Vorwurf" (regular forms of
// dictionary words, lexicon.ts `knowsForm`), "Außenminister" (a compound), "2019" -> not
function isName(index: IndexView, word: AnalysedWord): boolean {
  return (
    word.folded.length >= 3 &&
    !/\d/.test(word.folded) &&
    word.parts.length === 0 &&
    index.vocabulary.has(word.folded) &&
    !index.lowercase.has(word.folded) &&
    !index.analyser.isGermanWord(word.folded) &&
    !index.analyser.isKnownWord(word.term)
  );
}

// "ae", "oe", "ue" typed for ä, ö, ü ("Muenchen", "AEGYPTEN")
const TYPED_UMLAUT = /[aou]e/i;

/**
 * A word typed with ae/oe/ue for umlauts, spelled with them.
 * @example withUmlauts("Muenchen") // "München"
 */
export function withUmlauts(word: string): string {
  const dots: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };
  // "ue" -> "ü", "Ae" -> "Ä", "AE" -> "Ä"
  return word.replace(/([aouAOU])[eE]/g, (_, vowel: string) => dots[vowel]!);
}

/**
 * A compound the dictionary does not know, split into two words of the archive:
 * "Denguefieber" -> dengue + fieber (the archive writes "Dengue-Fieber").
 */
function splitByArchive(index: IndexView, word: AnalysedWord): AnalysedWord {
  const { folded } = word;
  if (word.parts.length > 0 || folded.length < 8) return word;
  for (let cut = folded.length - 4; cut >= 4; cut--) {
    const left = folded.slice(0, cut);
    const right = folded.slice(cut);
    const head = index.vocabulary.has(left) ? left : left.endsWith('s') && index.vocabulary.has(left.slice(0, -1)) ? left.slice(0, -1) : '';
    if (!head || !index.vocabulary.has(right)) continue;
    const parts = [index.analyser.word(head)?.term, index.analyser.word(right)?.term].filter((t): t is string => !!t);
    if (parts.length === 2) return { ...word, parts, subterms: parts };
  }
  return word;
}

function occurs(index: IndexView, word: AnalysedWord): boolean {
  if (index.docFrequency(word.term) > 0 || index.docFrequency(PART + word.term) > 0) return true;
  return word.parts.length >= 2 && word.parts.every((p) => index.docFrequency(p) > 0 || index.docFrequency(PART + p) > 0);
}

// "Hong Kong" also finds "Hongkong": two neighbouring query words (only a space between them)
// that the archive also writes as one word get that word as an alternative
function joinNeighbours(index: IndexView, text: string, tokens: RawToken[], words: QueryWord[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const [before, after] = [tokens[i - 1]!, tokens[i]!];
    if (text.slice(before.end, after.start) !== ' ') continue;
    const joined = foldTerm(before.text + after.text);
    if (!index.vocabulary.has(joined)) continue;
    const term = index.analyser.word(before.text + after.text)?.term;
    if (!term || index.docFrequency(term) === 0) continue;
    for (const word of words) {
      if ((word.position !== before.position && word.position !== after.position) || word.word.term === term) continue;
      word.word = { ...word.word, alternatives: [...(word.word.alternatives ?? []), term] };
    }
  }
}
