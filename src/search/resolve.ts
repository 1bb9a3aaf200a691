/**
 * Query words: analysed like the index, with a misspelt word replaced by the closest word of the
 * archive ("Beigun" -> "Biegun") when the word itself occurs nowhere.
 */
import { PART, type AnalysedWord } from './analyser.ts';
import { rawTokens } from './fold.ts';
import type { ArchiveIndex } from './index.ts';
import { closestWords } from './typo.ts';

/** Most query words considered. */
export const MAX_QUERY_WORDS = 24;

/** A content word of the query. */
export interface QueryWord {
  /** As typed (or as corrected). */
  text: string;
  word: AnalysedWord;
  /** Word position in the query, stopwords counted, for phrase matching. */
  position: number;
  /** Not a dictionary word: a name such as "Biegun" or "Kaesong". */
  name: boolean;
}

/** A word that was replaced because the archive does not contain it. */
export interface Correction {
  from: string;
  to: string;
}

/**
 * The query's content words, corrected where needed.
 * @example resolveWords(index, "Beigun Treffen").corrections // [{ from: "Beigun", to: "Biegun" }]
 */
export function resolveWords(index: ArchiveIndex, text: string): { words: QueryWord[]; corrections: Correction[] } {
  const words: QueryWord[] = [];
  const corrections: Correction[] = [];
  for (const token of rawTokens(text)) {
    let analysed = index.analyser.word(token.text);
    if (!analysed || words.length >= MAX_QUERY_WORDS) continue;
    let shown = token.text;
    if (!occurs(index, analysed)) {
      const [closest] = closestWords(index, token.text, 1);
      const replacement = closest ? index.analyser.word(closest) : null;
      if (closest && replacement) {
        corrections.push({ from: token.text, to: closest });
        analysed = replacement;
        shown = closest;
      }
    }
    const name = isName(index, analysed);
    words.push({ text: shown, word: analysed, position: token.position, name });
  }
  return { words, corrections };
}

// "Biegun", "Kaesong" -> names; "Sanktionen" (stem in the lexicon), "Außenminister" (a compound), "2019" -> not
function isName(index: ArchiveIndex, word: AnalysedWord): boolean {
  const known = (w: string) => index.analyser.isKnownWord(w);
  return word.folded.length >= 3 && !/\d/.test(word.folded) && word.parts.length === 0 && !known(word.folded) && !known(word.term);
}

function occurs(index: ArchiveIndex, word: AnalysedWord): boolean {
  if (index.docFrequency(word.term) > 0 || index.docFrequency(PART + word.term) > 0) return true;
  return word.parts.length >= 2 && word.parts.every((p) => index.docFrequency(p) > 0 || index.docFrequency(PART + p) > 0);
}
