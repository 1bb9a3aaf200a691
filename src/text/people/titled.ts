/**
 * Names recognised by a title next to them: "Außenminister Blinken", "Prof. Jiahua Pan",
 * "Hailu Shawe, dem Vorsitzenden der CUD", "Der Manager der Nationalmannschaft, Vincio Luna,".
 */
import { type Gender, isCountry, type Lexicon, personNoun, positionsOf, type Token, infoOf, nounAt, roleAt, startsLower, startsUpper } from '../lexicon/index.ts';
import { adjacent, firstNameOf, fullNameAt, isNameWord, type NameSpan } from './names.ts';
import { PLACE_NOUNS, PLACE_PREPOSITIONS } from './entities.ts';
import { roleAfter, roleBefore } from './roles.ts';
import { relativeClauseRole } from './relative.ts';

const SALUTATIONS: Record<string, Gender> = { Herr: 'male', Herrn: 'male', Frau: 'female', Dr: 'unknown', Prof: 'unknown' };
/**
 * `SALUTATIONS[word]` as a map, so that asking for any token is one lookup: the words it knows and,
 * as the object lookup answers them too, the names `Object.prototype` has ("constructor").
 */
const SALUTATION_OF = new Map<string, unknown>(
  Object.getOwnPropertyNames(Object.prototype)
    .map((k): [string, unknown] => [k, SALUTATIONS[k]])
    .concat(Object.entries(SALUTATIONS)),
);

/** The run of up to three non-noun name words starting at `i`; returns the last index (or i - 1). */
function nameRun(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let last = i - 1;
  while (last - i < 2 && isNameWord(lex, tokens[last + 1]) && !nounAt(lex, tokens[last + 1]!) && (last < i || adjacent(tokens, last))) last++;
  return last;
}

/**
 * A name right after a title or salutation at token `i`.
 * @example titled(tokens("Außenminister Blinken ruft"), 0, lex) // { first: 1, last: 1, kind: "surname" }
 */
export function titled(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const t = tokens[i]!;
  if (!t.word) return undefined;
  const salutation = SALUTATION_OF.get(t.text) as Gender | undefined;
  const role = salutation === undefined ? roleAt(lex, t) : undefined;
  if (salutation === undefined && !role) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === '.' && (t.text === 'Dr' || t.text === 'Prof')) j++;
  const name = tokens[j];
  if (!name || name.sentence !== t.sentence || !isNameWord(lex, name)) return undefined;
  // "Sängerin Shakira erklärte" -> a one-word name even if first-name lists know it; a full name is found later
  if ((firstNameOf(lex, name) && fullNameAt(tokens, j, lex)) || infoOf(lex, name).korean || infoOf(lex, name).chinese) return undefined;
  const gender = salutation ?? role?.gender ?? 'unknown';
  // "Premierminister Meles Zenawi", "Prof. Jiahua Pan" -> two or three unknown words form a full name
  let last = j;
  // (only nouns the lexicon lists stop the name: "Thorbjørn Jagland" is no compound of "Land")
  while (last - j < 2 && adjacent(tokens, last) && isNameWord(lex, tokens[last + 1]) && !lex.nouns.has(tokens[last + 1]!.text)) last++;
  if (last === j && particleSurname(tokens, j, lex)) last = j + 2;
  // ("Präsident Micheil Saakaschwili": a first word that is a noun only by its ending, "-heil", is a name too)
  if (last > j && !lex.nouns.has(name.text)) return { first: j, last, kind: 'full', gender, familyFirst: false, needsConfirmation: false };
  if (last > j) return undefined;
  // "Vertreter Pekings", "Sprecher Merkels" -> a genitive when "Peking"/"Merkel" occurs too
  const stem = name.text.slice(0, -1);
  // ("Rechtsnachfolger Jugoslawiens": a country's genitive, a known one or one in "-ien", named or not)
  if (/[^s]s$/.test(name.text) && (positionsOf(tokens, stem).length > 0 || isCountry(lex, stem) || /\p{Ll}ien$/u.test(stem))) return undefined;
  // "Außenminister Blinken ruft" -> a bare surname; "Minister Gespräche" -> a noun, needs a full name elsewhere
  return { first: j, last: j, kind: 'surname', gender, familyFirst: false, needsConfirmation: needsConfirmation(tokens, j, lex) };
}

// "Tessen von Heydebreck", "Jan van Aken": a particle that joins a given name to its surname
const NAME_PARTICLE = /^(von|van|de|du|da|di|del|della|dos|ter|ten|zu)$/;

/**
 * "Personalvorstand Tessen von Heydebreck": after the word at `j`, a particle and one more name word
 * that no further capitalised word follows (not "Trainer Klopp von Borussia Dortmund").
 * @example particleSurname(tokens("Personalvorstand Tessen von Heydebreck nahm teil"), 1, lex) // true
 */
function particleSurname(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const surname = tokens[j + 2];
  if (!adjacent(tokens, j) || !NAME_PARTICLE.test(tokens[j + 1]!.text) || !adjacent(tokens, j + 1)) return false;
  if (!isNameWord(lex, surname) || nounAt(lex, surname) || nounAt(lex, tokens[j]!)) return false;
  const after = tokens[j + 3];
  return !(after?.word && after.sentence === surname.sentence && startsUpper(after.text));
}

// an article before a person noun: "die Studentin Mira Haller", "dem Filmemacher Theo Brandt"
const ARTICLE = /^(der|die|dem|den|ein|eine|einem|einen|einer)$/i;
// an inflected adjective between the article and the noun: "ehemalige", "junge", "57-jährigen"
const INFLECTED = /^(\d+-)?\p{Ll}+(e|en|er)$/u;
/** Adjectives passed over before the person noun. */
const MAX_ADJECTIVES = 2;

/**
 * Two or three unknown name words after an article and a person noun in the nominative singular form
 * that is no title: "die Studentin Mira Haller" (titles are `titled`'s; one word alone is no name here).
 * @example describedName(tokens("sowie die Studentin Mira Haller (22)"), 2, lex) // { first: 3, last: 4, kind: "full" }
 */
export function describedName(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const t = tokens[i]!;
  if (!t.word || !startsUpper(t.text) || roleAt(lex, t)) return undefined;
  // "Der ehemalige Beamte Filep Karma": inflected adjectives may stand between the article and the noun
  let a = i - 1;
  while (a > i - 1 - MAX_ADJECTIVES && tokens[a]?.word && tokens[a]!.sentence === t.sentence && !ARTICLE.test(tokens[a]!.text) && INFLECTED.test(tokens[a]!.text) && !lex.verbs.has(tokens[a]!.text)) a--;
  if (!ARTICLE.test(tokens[a]?.text ?? '')) return undefined;
  const noun = personNoun(t.text);
  if (!noun || noun.base !== t.text || !adjacent(tokens, i)) return undefined;
  // "Der 37-jährige Heilpraktiker Mohammed Resa Ali Samani": a full name after it is found as such, all of it
  if (fullNameAt(tokens, i + 1, lex)) return undefined;
  const last = nameRun(tokens, i + 1, lex);
  // (only nouns the lexicon lists stop the name, as after a title)
  if (last < i + 2 || tokens.slice(i + 1, last + 1).some((x) => lex.nouns.has(x.text) || infoOf(lex, x).korean)) return undefined;
  return { first: i + 1, last, kind: 'full', gender: noun.gender, familyFirst: false, needsConfirmation: false };
}

/**
 * Unknown words followed by a title apposition are a name.
 * @example appositive(tokens("von Hailu Shawe, dem Vorsitzenden der CUD"), 1, lex) // full span 1..2
 */
export function appositive(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const last = nameRun(tokens, i, lex);
  if (last < i || tokens[last + 1]?.text !== ',' || !roleAfter(tokens, last, lex)) return undefined;
  const prev = tokens[i - 1]?.text ?? '';
  // "in Seoul, der Hauptstadt" -> a place; "von Hailu Shawe, dem Vorsitzenden" -> a person
  if ((PLACE_PREPOSITIONS.has(prev) && prev !== 'von') || PLACE_NOUNS.test(prev)) return undefined;
  const kind = last > i ? 'full' : 'surname';
  return { first: i, last, kind, gender: 'unknown', familyFirst: false, needsConfirmation: false };
}

/**
 * Unknown words followed by a relative clause that gives them a title: "Rahimi, der von 1989 bis 1997
 * Staatspräsident war, ist gestorben" (a title, not any person noun: "Acme, der größte Händler ist," is no
 * person; nor a country: "Iran, der …").
 * @example statedName(tokens("Rahimi, der bis 1997 Staatspräsident war, starb."), 0, lex) // surname span 0..0
 */
export function statedName(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  if (tokens[i - 1]?.text === ',' && tokens[i + 1]?.text !== ',') return undefined;
  const last = nameRun(tokens, i, lex);
  if (last < i || tokens[last + 1]?.text !== ',' || !/^(der|die)$/.test(tokens[last + 2]?.text ?? '')) return undefined;
  if (tokens.slice(i, last + 1).some((t) => isCountry(lex, t.text))) return undefined;
  const prev = tokens[i - 1]?.text ?? '';
  if (PLACE_PREPOSITIONS.has(prev) || PLACE_NOUNS.test(prev)) return undefined;
  const role = relativeClauseRole(tokens, last, lex);
  if (!role || !tokens.slice(role.first, role.last + 1).some((t) => t.word && roleAt(lex, t))) return undefined;
  const gender: Gender = tokens[last + 2]!.text === 'der' ? 'male' : 'female';
  return { first: i, last, kind: last > i ? 'full' : 'surname', gender, familyFirst: false, needsConfirmation: false };
}

/**
 * Unknown words after a title phrase and a comma, closed by a comma: the name the title introduces.
 * @example introduced(tokens("Der Manager der Mannschaft aus Ecuador, Vincio Luna, hat"), 6, lex) // full span
 */
export function introduced(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  if (tokens[i - 1]?.text !== ',') return undefined;
  const last = nameRun(tokens, i, lex);
  if (last < i || tokens[last + 1]?.text !== ',') return undefined;
  const role = roleBefore(tokens, i, lex);
  if (!role) return undefined;
  return { first: i, last, kind: last > i ? 'full' : 'surname', gender: role.gender, familyFirst: false, needsConfirmation: false };
}

/** Letters the last part of a compound needs before a word read as that compound is taken for a noun. */
const SHORT_TAIL = 4;

/**
 * Whether a bare word after a title needs a full name elsewhere before it counts as a surname: a
 * noun of the lexicon does ("Minister Gespräche"), and so does a word that reads as a compound
 * ("Minister Wirtschaftsfragen"), unless its noun part is short and a verb follows, which names
 * are written like and nouns are not: "Wirtschaftsminister Brüderle sagte" ("-erle"); nor does one a masculine
 * relative pronoun takes up ("Dem Angeklagten Schneider, der …").
 * @example needsConfirmation(tokens("Wirtschaftsminister Brüderle sagte"), 1, lex) // false
 * @example needsConfirmation(tokens("Minister Gespräche führten"), 1, lex) // true
 */
function needsConfirmation(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const name = tokens[j]!;
  if (!nounAt(lex, name)) return false;
  // "Dem Angeklagten Schneider, der …": a masculine relative pronoun takes up a person, not a noun after a title
  if (tokens[j + 1]?.text === ',' && tokens[j + 2]?.text === 'der' && tokens[j + 2]!.sentence === name.sentence && !name.text.includes('-')) return false;
  if (lex.nouns.has(name.text) || name.text.includes('-')) return true;
  const next = tokens[j + 1];
  // a verb right after the name: "Wirtschaftsminister Brüderle sagte", "Bürgermeister Hallstein erklärte"
  if (!next?.word || next.sentence !== name.sentence || !startsLower(next.text) || !lex.verbs.has(next.text)) return true;
  // the longest noun the word ends in: "Brüderle" -> "Erle" (4), "Wirtschaftsfragen" -> "Fragen" (6)
  for (let i = 3; i <= name.text.length - SHORT_TAIL - 1; i++) if (lex.nouns.has(name.text[i]!.toUpperCase() + name.text.slice(i + 1))) return true;
  return false;
}
