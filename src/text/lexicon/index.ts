/**
 * The word-level layer under dates/, people/, quotes/ and events/: sentences, tokens, what the
 * lexicon says about a word, letter case, title words, name shapes and the caches they use.
 * It imports nothing from the folders above it.
 * @example
 *   const tokens = tokenize(splitSentences("Außenminister Blinken sagte"));
 *   roleAt(defaultLexicon(), tokens[0])?.head // "minister"
 */
export { splitSentences, sentenceOffsets, MAX_SENTENCE_CHARS, type Sentence } from './sentences.ts';
export { tokenize, positionsOf, isAllCaps, type Token } from './tokens.ts';
export { infoOf, roleAt, nounAt } from './word-info.ts';
export type { WordInfo, CueTable, CueWord, VerbCue } from './types.ts';
export { isNoun, firstNameGender, isStopword, isCountry, type Gender, type Lexicon } from './lexicon.ts';
export { defaultLexicon, spellings, verbs, type VerbEntry, type Forms } from './lexicon-data.ts';
export { verbForms, type VerbForms } from './verb-forms.ts';
export { startsUpper, startsLower } from './letters.ts';
export { roleWord, displayRole, type RoleWord } from './role-words.ts';
export { personNoun, singularOf, type Singular } from './person-nouns.ts';
export { koreanSurname, isKoreanSyllable, isKoreanGivenName, isChineseSurname, isPinyinGivenName } from './shapes.ts';
export { memoize, memoizeFor } from './memo.ts';
export { RELATIVE_PRONOUNS } from './relatives.ts';
export { PREPOSITIONS } from './prepositions.ts';
