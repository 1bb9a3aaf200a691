/**
 * Title phrases that stand without a name: with their article ("der US-Sondergesandte für Nordkorea",
 * which may refer back to somebody named) or without one ("ist neuer Regierungschef Japans", "als
 * einer von 319 Wahlbeobachtern", "Nummer Zwei der Organisation"), for what is stated of a person.
 */
import { infoOf, isCountry, nounAt, personNoun, roleAt, type Lexicon, type RoleWord, type Token, startsUpper } from '../lexicon/index.ts';
import { ADJECTIVE, articleGender, build, complementAfter, type FoundRole, MODIFIERS, titleAt } from './role-phrase.ts';
import { oneOfAt } from './one-of.ts';

/**
 * A title phrase with its article and no name: "der US-Sondergesandte für Nordkorea", starting at the
 * article token `i`. Undefined when a capitalised word (a name) follows the title. Other adjectives
 * before the title are passed over, not kept ("Die 57-jährige Künstlerin"); with `broad` a feminine
 * person noun is a title too ("die Parlamentarierin").
 * @example renderRole(rolePhraseAt(tokens("Der US-Sondergesandte für Nordkorea hatte"), 0, lex)!, "unknown")
 *   // "US-Sondergesandter für Nordkorea"
 */
export function rolePhraseAt(tokens: readonly Token[], i: number, lex: Lexicon, broad = false): FoundRole | undefined {
  const article = tokens[i]?.text.toLowerCase();
  if (article !== 'der' && article !== 'die') return undefined;
  let j = i + 1;
  const mods: string[] = [];
  while (tokens[j]?.word && MODIFIERS.test(tokens[j]!.text) && !roleAt(lex, tokens[j])) mods.push(tokens[j++]!.text);
  for (let n = 0; n < MAX_PLAIN_ADJECTIVES && tokens[j]?.word && PLAIN_ADJECTIVE.test(tokens[j]!.text) && !infoOf(lex, tokens[j]!).stopword && !lex.verbs.has(tokens[j]!.text); n++) j++;
  const t = tokens[j];
  // (with `broad` only a feminine person noun: "die Parlamentarierin" is one woman, but "der Kritiker"
  // may be a genitive plural, "dem Verdacht der Kritiker")
  const word = t?.word && t.sentence === tokens[i]!.sentence ? (roleAt(lex, t) ?? (broad ? femaleNoun(t.text) : undefined)) : undefined;
  // "der Trainer Klopp" -> a name follows; "hat die Schauspielerin Klage eingereicht" -> a noun
  const next = tokens[j + 1];
  if (!word || (next && startsUpper(next.text) && !isCountry(lex, next.text) && !(next.word && nounAt(lex, next) && !infoOf(lex, next).firstName))) return undefined;
  // only a nominative singular: "der Vorsitzende", "die Ministerin"; not "der Parteivorsitzenden"
  const nominative = word.adjectival ? t!.text.endsWith('e') : t!.text === word.base;
  if (!nominative) return undefined;
  const gender = articleGender(article, word, t!.text) ?? word.gender;
  if ((article === 'die') !== (gender === 'female')) return undefined;
  const { complement, last } = complementAfter(tokens, j, lex);
  return build(word, mods, complement, i, last, gender);
}

/**
 * A title phrase starting at token `j` with no article: modifiers, the title word, a complement
 * ("neuer Regierungschef Japans", "Vorsitzenden der CUD"); undefined when token `j` starts none.
 * @example renderRole(rolePhraseFrom(tokens("ist neuer Regierungschef Japans"), 1, lex)!, "male") // "neuer Regierungschef Japans"
 */
export function rolePhraseFrom(tokens: readonly Token[], j: number, lex: Lexicon, broad = false): FoundRole | undefined {
  // "als einer von 319 internationalen Wahlbeobachtern", "ist eine der bekanntesten Sängerinnen"
  const one = broad ? oneOfAt(tokens, j, lex, false) : undefined;
  if (one) return one;
  const rank = rankAt(tokens, j, lex);
  if (rank) return rank;
  const start = j;
  const mods: string[] = [];
  while (tokens[j]?.word && MODIFIERS.test(tokens[j]!.text) && !roleAt(lex, tokens[j])) mods.push(tokens[j++]!.text);
  // "ein reicher Geschäftsmann": with `broad`, other adjectives are skipped (and not kept)
  while (broad && tokens[j]?.word && ADJECTIVE.test(tokens[j]!.text) && !lex.verbs.has(tokens[j]!.text)) j++;
  // "ist Berliner Unternehmer": a capitalised attribute before the person noun is not the role
  if (broad && !roleAt(lex, tokens[j]) && personNoun(tokens[j]?.text ?? '') && titleAt(lex, tokens[j + 1], true)) j++;
  const t = tokens[j];
  const word = t?.sentence === tokens[start]!.sentence ? titleAt(lex, t, broad) : undefined;
  if (!word) return undefined;
  const { complement, last } = complementAfter(tokens, j, lex);
  return build(word, mods, complement, start, last);
}

/** A feminine person noun: "Parlamentarierin" (not "Kritiker"). */
function femaleNoun(text: string): RoleWord | undefined {
  const noun = personNoun(text);
  return noun?.gender === 'female' ? noun : undefined;
}

// an inflected adjective, also with a number: "bekannte", "57-jährige", "dreifache" (e.g. "Die 57-jährige Künstlerin")
const PLAIN_ADJECTIVE = /^(\d+-)?\p{Ll}+(e|en)$/u;
/** Adjectives passed over between an article and a title with no name after it. */
const MAX_PLAIN_ADJECTIVES = 2;

// "die Nummer Zwei der Organisation": a rank in a body, written out or as a digit
const RANK_NUMBER = /^(Eins|Zwei|Drei|eins|zwei|drei|1|2|3)$/;

/**
 * "Nummer Zwei der Yakuza" at token `j`: a person's rank in a body, a role when the body follows.
 * @example renderRole(rankAt(tokens("Nummer Zwei der Partei"), 0, lex)!, "male") // "Nummer Zwei der Partei"
 */
function rankAt(tokens: readonly Token[], j: number, lex: Lexicon): FoundRole | undefined {
  if (tokens[j]?.text !== 'Nummer' || !RANK_NUMBER.test(tokens[j + 1]?.text ?? '') || tokens[j + 1]!.sentence !== tokens[j]!.sentence) return undefined;
  const number = tokens[j + 1]!.text;
  const word = { base: `Nummer ${number.charAt(0).toUpperCase()}${number.slice(1)}`, head: 'nummer', gender: 'unknown', adjectival: false } as const;
  const { complement, last } = complementAfter(tokens, j + 1, lex);
  return complement ? build(word, [], complement, j, last) : undefined;
}
