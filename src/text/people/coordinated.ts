/**
 * A second title joined by "und"/"sowie" to a title found next to a name: both belong to the name.
 * Before it: "die Abgeordnete und Brexit-Gegnerin Jo Cox", "Schauspieler und Regisseur Karl Meier";
 * after it: "Mair, der arbeitslose Gärtner und Rechtsextremist,". The joined noun has no article of
 * its own ("der Präsident und der Kanzler" are two people) and is a person noun of the same sentence.
 */
import type { Lexicon, Token } from '../lexicon/index.ts';
import { ADJECTIVE, articleGender, build, complementAfter, DETERMINERS, type FoundRole, MODIFIERS, titleAt } from './role-phrase.ts';

// "und", "sowie": what joins two nouns of one noun phrase ("oder" offers a choice, no role)
const AND = /^(und|sowie)$/;
// what may stand before the first of two joined titles: an article, a preposition, the start of the sentence
const OPENER = /^(von|mit|für|bei|nach|an|auf|gegen|durch|um|zu|über|unter|seit|laut)$/i;

/**
 * The title joined before the title `role` (which stands right before a name): "die Abgeordnete und
 * Brexit-Gegnerin Jo Cox" -> "Abgeordnete" for the role "Brexit-Gegnerin". The first title needs an
 * article, a preposition or the sentence start before it (its modifiers aside), and may not show
 * another gender than the second.
 * @example renderRole(titleJoinedBefore(tokens("die Abgeordnete und Brexit-Gegnerin Jo Cox"), cox, lex)!, "female") // "Abgeordnete"
 */
export function titleJoinedBefore(tokens: readonly Token[], role: FoundRole, lex: Lexicon): FoundRole | undefined {
  const and = tokens[role.first - 1];
  const s = tokens[role.first]!.sentence;
  if (!and || !AND.test(and.text) || and.sentence !== s) return undefined;
  const k = role.first - 2;
  const t = tokens[k];
  const word = t?.sentence === s ? titleAt(lex, t, true) : undefined;
  if (!word) return undefined;
  let first = k;
  const mods: string[] = [];
  while (tokens[first - 1]?.word && tokens[first - 1]!.sentence === s && MODIFIERS.test(tokens[first - 1]!.text)) mods.unshift(tokens[--first]!.text);
  const before = tokens[first - 1];
  const article = before?.sentence === s ? before.text : undefined;
  if (article !== undefined && !DETERMINERS.has(article.toLowerCase()) && !OPENER.test(article)) return undefined;
  const gender = articleGender(article, word, t!.text) ?? word.gender;
  if (gender !== 'unknown' && role.gender !== 'unknown' && gender !== role.gender) return undefined;
  return build(word, mods, undefined, first, k, gender);
}

/**
 * The title joined after the apposition title `role` (which follows a name): "Mair, der arbeitslose
 * Gärtner und Rechtsextremist," -> "Rechtsextremist". The joined noun has no article, may have
 * adjectives (dropped) and a complement, and the apposition must close after it (a comma, a dash,
 * a bracket or the sentence end): "X, der Gärtner und Nachbarn kannte" is no apposition.
 * @example renderRole(titleJoinedAfter(tokens("Mair, der arbeitslose Gärtner und Rechtsextremist, sagte"), gaertner, lex)!, "male") // "Rechtsextremist"
 */
export function titleJoinedAfter(tokens: readonly Token[], role: FoundRole, lex: Lexicon): FoundRole | undefined {
  const and = tokens[role.last + 1];
  const s = tokens[role.last]!.sentence;
  if (!and || !AND.test(and.text) || and.sentence !== s) return undefined;
  let j = role.last + 2;
  // "der Präsident und der Kanzler": an article opens a noun phrase of its own
  if (DETERMINERS.has(tokens[j]?.text.toLowerCase() ?? '')) return undefined;
  const mods: string[] = [];
  while (tokens[j]?.word && MODIFIERS.test(tokens[j]!.text) && !titleAt(lex, tokens[j], true)) mods.push(tokens[j++]!.text);
  while (tokens[j]?.word && ADJECTIVE.test(tokens[j]!.text) && !lex.verbs.has(tokens[j]!.text)) j++;
  const t = tokens[j];
  const word = t?.sentence === s ? titleAt(lex, t, true) : undefined;
  if (!word) return undefined;
  const { complement, last } = complementAfter(tokens, j, lex);
  const closer = tokens[last + 1];
  if (closer && closer.sentence === s && !CLOSERS.test(closer.text)) return undefined;
  const gender = word.gender !== 'unknown' ? word.gender : role.gender;
  if (word.gender !== 'unknown' && role.gender !== 'unknown' && word.gender !== role.gender) return undefined;
  return build(word, mods, complement, role.last + 2, last, gender);
}

// what closes an apposition: "X, der Gärtner und Rechtsextremist, sagte", "– X, Anwalt und Notar –", "(…)"
const CLOSERS = /^[,–—)]$/;
