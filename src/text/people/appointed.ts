/**
 * Appointments: "zum Vorsitzenden gewählt", "zur Ministerin ernannt", "wurde zu seinem Stellvertreter".
 * The holder is the person named before them in the clause, also across an age in brackets, an
 * apposition and a verbless aside: "wurde Brenner (30), Doktorand der Chemie, zum Vorsitzenden
 * gewählt", "sowie die Studentin Mira Haller (22), früher bei der GAL aktiv, zur Beisitzerin".
 */
import { type Lexicon, personNoun, roleAt, startsLower, type Token } from '../lexicon/index.ts';
import { addRole } from './collect.ts';
import { mentionSpans } from './mention-spans.ts';
import { roleAfter, rolePhraseFrom, type FoundRole } from './roles.ts';
import type { WorkingPerson } from './working.ts';

// "zum Vorsitzenden gewählt", "zur Ministerin ernannt"
const APPOINTED = /^(gewählt|ernannt|berufen|bestimmt|befördert|vereidigt|nominiert|gekürt|wiedergewählt)$/;
/** Tokens within which an appointment participle may follow "zum …". */
export const WINDOW = 10;
// "wurde zu seinem Stellvertreter": "zu" and a possessive before the title
const POSSESSIVE = /^(seinem|seiner|ihrem|ihrer)$/;
// a passive of becoming earlier in the sentence: "wurde … zu seinem Stellvertreter (gewählt)"
const BECAME = /^(wurde|wurden|wird|werden)$/;
// before a name (and its title), a preposition or an oblique article makes it no subject
// (an accusative object may be what an appointment names: "wählte den Industrieminister X zum Parlamentspräsidenten")
const OBLIQUE = /^(dem|des|einem|eines|von|vom|mit|durch|für|gegen|nach|bei|beim|zu|zum|zur|über|unter|an|auf|aus|laut|gegenüber|ohne|um|wegen|trotz|seit)$/i;
// what ends the search for the holder: an object pronoun ("ernannte ihn zum Minister") or a conjunction
const BLOCKS = /^(ihn|ihm|ihnen|sich|uns|euch|mich|dich|dass|weil|ob|nachdem)$/;
/** "nicht", "nie" -> a negation between a subject and its role: "X wurde nicht zum Vorsitzenden gewählt" (also predicative.ts). */
export const NEGATION = /^(nicht|nie|niemals)$/;
/** Tokens between a holder (or its apposition) and "zum". */
const REACH = 12;

/**
 * Whether the mention starting at token `first` is governed by a preposition or an oblique article,
 * looking back over its title ("durch den Amtrak-Präsidenten Tom Downs").
 * @example oblique(tokens("nach dem Rücktritt von Tom Downs"), 4, lex) // true
 */
export function oblique(tokens: readonly Token[], first: number, lex: Lexicon): boolean {
  let k = first - 1;
  while (k >= first - 4 && tokens[k]?.sentence === tokens[first]!.sentence && tokens[k]!.word && (roleAt(lex, tokens[k]) || startsLower(tokens[k]!.text)) && !OBLIQUE.test(tokens[k]!.text)) k--;
  return tokens[k]?.sentence === tokens[first]!.sentence && OBLIQUE.test(tokens[k]!.text);
}

/**
 * Whether a participle of appointment follows token `k` in the same clause.
 * @example appointed(tokens("zum Vorsitzenden gewählt"), 0) // true; "sollte zum Vorsitzenden gewählt werden" -> false
 */
export function appointed(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < k + WINDOW && tokens[j]?.sentence === tokens[k]!.sentence; j++) {
    // "sollte zum Vorsitzenden gewählt werden" -> not (yet) the role
    if (APPOINTED.test(tokens[j]!.text)) return !/^(werden|zu)$/.test(tokens[j + 1]?.text ?? '');
    if (tokens[j]!.text === ',') return false;
  }
  return false;
}

/**
 * The title an appointment at token `k` ("zum", "zur", "zu seinem") gives: followed by its participle,
 * or ending the clause after a "wurde" earlier in the sentence (the participle left out: "Kessler wurde zu
 * seinem Stellvertreter sowie …").
 * @example appointmentAt(tokens("wurde zu seinem Stellvertreter ."), 1, lex) // "Stellvertreter"
 */
function appointmentAt(tokens: readonly Token[], k: number, lex: Lexicon): FoundRole | undefined {
  const t = tokens[k]!;
  const from = t.text === 'zum' || t.text === 'zur' ? k + 1 : t.text === 'zu' && POSSESSIVE.test(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
  if (from < 0) return undefined;
  const role = rolePhraseFrom(tokens, from, lex, true);
  if (!role) return undefined;
  if (appointed(tokens, role.last)) return role;
  const after = tokens[role.last + 1];
  // the clause ends after the title: "zu seinem Stellvertreter sowie …", "zur Beisitzerin."
  const ends = !after || after.sentence !== t.sentence || /^(,|;|\.|und|sowie)$/.test(after.text);
  let became = false;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === t.sentence && !became; j--) became = BECAME.test(tokens[j]!.text);
  return ends && became ? role : undefined;
}

/**
 * Give each appointment to the person named before it in its clause.
 * @example appointedRoles(tokens("Kessler (35), Lehrer, wurde zu seinem Stellvertreter."), people, lex) // Kessler: "Stellvertreter"
 */
export function appointedRoles(tokens: readonly Token[], people: readonly WorkingPerson[], lex: Lexicon): void {
  // (most sentences have no appointment: look for one before building the indexes)
  const found: Array<[number, FoundRole]> = [];
  tokens.forEach((t, k) => {
    if (t.text !== 'zum' && t.text !== 'zur' && t.text !== 'zu') return;
    const role = appointmentAt(tokens, k, lex);
    if (role) found.push([k, role]);
  });
  if (found.length === 0) return;
  const { lastOf, startOf } = mentionSpans(tokens, people);
  for (const [k, role] of found) {
    const holder = holderBefore(tokens, k, lex, lastOf, startOf);
    if (holder) addRole(holder, role);
  }
}

/** The person whose mention (past its brackets and apposition) leads up to token `k` with no verb between. */
function holderBefore(tokens: readonly Token[], k: number, lex: Lexicon, lastOf: Map<number, WorkingPerson>, startOf: Map<number, number>): WorkingPerson | undefined {
  const s = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 2 * REACH && tokens[j]!.sentence === s; j--) {
    const p = lastOf.get(j);
    if (!p) continue;
    const first = startOf.get(j)!;
    if (oblique(tokens, first, lex)) {
      j = first;
      continue;
    }
    return leadsTo(tokens, j, k, lex) ? p : undefined;
  }
  return undefined;
}

/** Whether the tokens after a mention ending at `last` up to `k` are brackets, an apposition and verbless words. */
function leadsTo(tokens: readonly Token[], last: number, k: number, lex: Lexicon): boolean {
  let j = last + 1;
  // "Brenner (30)"
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
  // ", Doktorand der Chemie,"
  const apposition = roleAfter(tokens, j - 1, lex, true);
  if (apposition) j = apposition.last + 1;
  if (k - j > REACH) return false;
  for (; j < k; j++) {
    const t = tokens[j]!;
    // "X wurde nicht zum Vorsitzenden gewählt", "wurde nie zur Ministerin ernannt": no appointment
    if (NEGATION.test(t.text)) return false;
    if (BECAME.test(t.text) || t.text === ',' || (t.word && startsLower(t.text) && !lex.verbs.has(t.text) && !BLOCKS.test(t.text))) continue;
    // "bei der GAL aktiv": a capitalised word that names no person ("ernannte den Abgeordneten zum …" ends it)
    if (t.word && !startsLower(t.text) && !personNoun(t.text)) continue;
    return false;
  }
  return true;
}
