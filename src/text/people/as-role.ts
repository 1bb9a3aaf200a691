/**
 * "als" + a title later in the subject's clause: "X zieht als Abgeordneter ins Stadtparlament ein",
 * "X gilt als Favorit", "X stellte sich als Kandidatin vor", "X galt als „heimlicher Regierungschef“" (an opening
 * quotation mark and plain adjectives are passed over and not kept). Only a title in the nominative, with no
 * object, other person, verb of naming or comparison between ("X bezeichnete ihn als Lügner", "X
 * verdient mehr als ein Minister" give nothing).
 */
import { type Gender, infoOf, type Lexicon, startsUpper, type Token } from '../lexicon/index.ts';
import { ADJECTIVE, MODIFIERS, titleAt } from './role-phrase.ts';
import { rolePhraseFrom, type FoundRole } from './roles.ts';
import { successorRole } from './successor.ts';

// a verb of taking somebody's office: "löste … ab", "ersetzt", "beerbte", "folgte … nach"
const SUCCESSION = /^(löst|löste|ersetzt|ersetzte|beerbt|beerbte|folgt|folgte)$/;
// a coordinated subject: "X und Y", "X sowie Y", "X, Y oder Z"
const AND = /^(und|sowie|oder)$/;
/** Tokens after the subject's name within which "als" may stand. */
const REACH = 14;
// an object between subject and "als" makes the title the object's: "lobte den Minister als …", "nannte ihn als …"
const OBJECT = /^(den|dem|einen|einem|ihn|ihm|ihnen|diesen|diesem)$/;
// verbs that give a title to their object: "bezeichnete …", "nannte …", "sah …", "kritisierte … als"
const NAMING = /^(bezeichn|nenn|nann|sieht|sah|sehe|betracht|beschreib|beschrieb|kritisier|lob|feier|würdig|empf[aäi]ng|begrüß|identifiz|entlarv|verurteil|anerkann|anerkenn|erkann|erkenn)/;
// a comparison before "als": "mehr als", "eher als", "früher als", "anders als", "so … als", "älter als"
const COMPARATIVE = /^(mehr|weniger|eher|anders|lieber|besser|früher|später|länger|so|ebenso|genauso|sowohl|\p{Ll}+er)$/u;
// words ending in "-er" that compare nothing: "trat wieder als Kandidat an", "arbeitet bisher als Ministerin"
const NOT_COMPARATIVE = new Set('wieder aber oder immer bisher seither daher hier vorher nachher weder leider außer unter über hinter sicher der jeder einer keiner dieser jener seiner ihrer unser'.split(' '));

// a preposition with an object of its own: "mit der SPD", "gegen die Regierung", "für den Verein"
const OBJECT_PREPOSITION = /^(mit|gegen|für|an|auf|über|von|bei|unter|zu|vor|hinter|neben|ohne|um)$/;
// a rank is no adjective of the title: "als sechste Läuferin", "als einzige", "als letzter", "als bester"
const RANK = /^(\p{Ll}+te[nrsm]?|\p{Ll}+ste[nrsm]?|einzig\p{Ll}*|letzt\p{Ll}*)$/u;

/**
 * The title "als" gives the subject whose name ends at token `last`, if any. `genderAt` tells the gender
 * of the person whose name starts at a token (for a successor's title: "X löste Y als Trainerin ab").
 * @example asInClause(tokens("Geert Vos zieht als Abgeordneter ein"), 0, 1, lex, isOther, genderAt) // "Abgeordneter"
 */
export function asInClause(tokens: readonly Token[], first: number, last: number, lex: Lexicon, isOther: (k: number) => boolean, genderAt: (k: number) => Gender): FoundRole | undefined {
  const s = tokens[last]!.sentence;
  // "Blinken und Austin waren auf ihrer Reise als Minister": a plural subject, the title is theirs together
  // ("Blinken und US-Verteidigungsminister Lloyd Austin": past a title before the name)
  let before = first - 1;
  while (before > first - 3 && tokens[before]?.word && startsUpper(tokens[before]!.text)) before--;
  if (AND.test(tokens[before]?.text ?? '') || AND.test(tokens[last + 1]?.text ?? '')) return undefined;
  // "Lindner, Beckstein oder Schönbohm erweisen sich als …": the first of a list of names
  if (tokens[last + 1]?.text === ',' && startsUpper(tokens[last + 2]?.text ?? '') && (tokens[last + 3]?.text === ',' || AND.test(tokens[last + 3]?.text ?? ''))) return undefined;
  // (right after the name it is asAfter's: "Merkel (CDU) als Bundeskanzlerin")
  // "X löste Y als Präsident ab", "X beerbt Y als Trainer": the successor holds the office too (Y held it before)
  const succeeds = SUCCESSION.test(tokens[last + 1]?.text ?? '');
  let predecessor: number | undefined;
  for (let k = last + 2; k <= last + REACH && tokens[k]?.sentence === s; k++) {
    const t = tokens[k]!;
    // (the predecessor's name right after the verb is passed over)
    if (succeeds && k === last + 2 && isOther(k)) {
      predecessor = k;
      while (tokens[k + 1]?.word && startsUpper(tokens[k + 1]!.text) && tokens[k + 1]!.sentence === s) k++;
      continue;
    }
    if (!t.word || OBJECT.test(t.text) || NAMING.test(t.text) || isOther(k)) return undefined;
    if (t.text !== 'als') continue;
    if (comparison(tokens, k)) return undefined;
    // "liebäugelt mit der SPD als Koalitionspartner": right after a prepositional object "als" is the object's
    // (not after a genitive: "nach Angaben der Stadt als Abgeordneter")
    if (OBJECT_PREPOSITION.test(tokens[k - 3]?.text ?? '') && /^(der|die|das|dem|den)$/.test(tokens[k - 2]?.text ?? '') && startsUpper(tokens[k - 1]?.text ?? '')) return undefined;
    // "galt als „heimlicher Regierungschef“": past an opening quotation mark and plain adjectives (not kept)
    let j = k + 1;
    if (/^[„"»]$/.test(tokens[j]?.text ?? '') && tokens[j]!.sentence === s) j++;
    // (not an article, "als der Bundeskanzler", nor a rank: "als sechste Läuferin", "als einzige Abgeordnete")
    const plain = (t: Token) => t.word && ADJECTIVE.test(t.text) && !RANK.test(t.text) && !MODIFIERS.test(t.text) && !infoOf(lex, t).stopword && !lex.verbs.has(t.text);
    while (tokens[j] && plain(tokens[j]!) && j < k + 4) j++;
    // ("arbeitet als Lehrerin": any person noun, as after a copula, but right here: no further words
    // skipped, "als sechste Läuferin" is a rank, "als der Bundeskanzler" a comparison)
    const role = rolePhraseFrom(tokens, j, lex, titleAt(lex, tokens[j], true) !== undefined);
    if (!role || !nominative(tokens, role, lex)) return undefined;
    // (the successor's title in his own gender: "Markus Weber löste Anna Roth als Trainerin ab" -> "Trainer")
    return predecessor === undefined ? role : successorRole(role, genderAt(first), genderAt(predecessor));
  }
  return undefined;
}

/**
 * Whether the "als" at token `k` compares ("mehr als", "besser als"): what follows is somebody else.
 * @example comparison(tokens("kennt ihn besser als der Präsident"), 3) // true
 */
export function comparison(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  return tokens[k]?.text === 'als' && COMPARATIVE.test(before) && !NOT_COMPARATIVE.has(before) && !pastWork(tokens, k);
}

// a verb of holding a post: "arbeitete", "arbeitet", "fungierte", "amtierte", "diente", "wirkte"
const WORK = /^(arbeit\p{Ll}*|fungier\p{Ll}*|amtier\p{Ll}*|dient|diente|dienten|wirkt|wirkte|wirkten)$/u;
// "war … tätig": the adjective of a post after the role
const ACTIVE = /^tätig$/;
// an article, a possessive or a participle after "als" compares: "arbeitete früher als sein Bruder", "früher als erwartet"
const COMPARED = /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|erwartet|gedacht|geplant)$/;
/** Tokens before "als" within which the verb of a post, or after it within which "tätig", may stand. */
const WORK_REACH = 8;

/**
 * Whether "früher als" at token `k` tells a former post, not a time compared: after a verb of holding a post
 * ("Er arbeitete früher als Lehrer") or with "tätig" after the role ("war früher als Lehrer tätig"), and no
 * article after "als" ("arbeitete früher als sein Bruder", "kam früher als erwartet" compare).
 * @example pastWork(tokens("Er arbeitete früher als Lehrer"), 3) // true
 */
function pastWork(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== 'früher' || COMPARED.test(tokens[k + 1]?.text ?? '')) return false;
  const s = tokens[k]!.sentence;
  for (let j = k - 2; j >= k - WORK_REACH && tokens[j]?.sentence === s && tokens[j]!.text !== ','; j--) if (WORK.test(tokens[j]!.text)) return true;
  for (let j = k + 2; j <= k + WORK_REACH && tokens[j]?.sentence === s && tokens[j]!.text !== ','; j++) if (ACTIVE.test(tokens[j]!.text)) return true;
  return false;
}

/** Whether the title word of a found role stands in the nominative singular: "Abgeordneter", "Präsident", not "Präsidenten". */
function nominative(tokens: readonly Token[], role: FoundRole, lex: Lexicon): boolean {
  for (let k = role.first; k <= role.last; k++) {
    const word = titleAt(lex, tokens[k], true);
    if (word?.base !== role.word.base) continue;
    const text = tokens[k]!.text;
    return word.adjectival ? /(e|er)$/.test(text) : text === word.base;
  }
  return false;
}
