/**
 * Shapes shared by the word-level modules: what the lexicon says about a word (`WordInfo`, kept on
 * each token) and the reporting-cue facts the quote finder keeps with it (`CueTable`, `CueWord`).
 */
import type { Gender, Lexicon } from './lexicon.ts';
import type { RoleWord } from './role-words.ts';

/**
 * What the lexicon says about one word. Shared between tokens and articles: only the fields marked
 * "worked out when first asked" are filled in later, by the function named there.
 */
export interface WordInfo {
  /** The lexicon the answers come from. */
  readonly lex: Lexicon;
  /** Capitalised word with lower-case letters that is no function word, country, month or title ("Blinken"). */
  readonly nameWord: boolean;
  /** The gender when it is a first name (double names too: "Frank-Walter"). */
  readonly firstName: Gender | undefined;
  /** Korean family name, "weak" for short ones that are also German words ("An", "So"). */
  readonly korean: 'strong' | 'weak' | undefined;
  /** Chinese family name ("Xi", "Wang"). */
  readonly chinese: boolean;
  /** The title it is ("Außenminister"), if any. */
  readonly role: RoleWord | undefined;
  /** Whether it is a function word ("und", "Sie"). */
  readonly stopword: boolean;
  /** Whether it is a country, also in the genitive ("Nordkoreas"). */
  readonly country: boolean;
  /** `isNoun`, worked out when first asked (`nounAt`). */
  noun: boolean | undefined;
  /** What the word alone says about a place or organisation, worked out when first asked (`classify` in entities.ts). */
  entityShape: 'place' | 'org' | 'candidate' | 'none' | undefined;
  /** `personKey` of the word and of the word without a final -s, worked out when first asked (`linkSurnames`). */
  key: string | undefined;
  bareKey: string | undefined;
  /** The quote finder's facts about the word for the cue table `cueTable`, worked out when first asked (`cueOf`). */
  cue: CueWord | undefined;
  cueTable: CueTable | undefined;
}

/** A finite verb cue: its lemma and, for separable verbs, the particle that closes the clause. */
export interface VerbCue {
  lemma: string;
  particle?: string;
}

/** Cue forms, built once from the conjugation tables. */
export interface CueTable {
  /** Lower-case finite forms: "sagte" -> sagen, "kündigte" -> { ankündigen, particle "an" }. */
  finite: ReadonlyMap<string, VerbCue[]>;
  /** Lower-case past participles: "gesagt", "angekündigt". */
  participles: ReadonlySet<string>;
}

/** What a token's text is for cue finding, looked up once per text and cue table. */
export interface CueWord {
  /** The text in lower case. */
  lower: string;
  /** Finite cue verbs with that lower-case form (they count when the text starts lower-case or a sentence). */
  finite: readonly VerbCue[] | undefined;
  /** Whether the text starts with a lower-case letter. */
  lowerStart: boolean;
  /** Whether the text is a cue participle ("gesagt"). */
  participle: boolean;
}
