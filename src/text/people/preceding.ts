/**
 * A title phrase ending the sentence before a person's first mention, which opens the next sentence:
 * "… auf den Terminkalender eines deutschen Astronauten. Thomas Reiter sollte …", "… mit dem
 * Vorsitzenden der CUD. Hailu Shawe ist …". The description introduces the person the text then names.
 * Only a singular title word (the article shows it) of a gender that fits, with no name in the phrase,
 * and no other person named in that sentence.
 */
import type { Lexicon, Token } from '../lexicon/index.ts';
import { addRole } from './collect.ts';
import { ADJECTIVE, MODIFIERS } from './role-phrase.ts';
import { rolePhraseFrom } from './roles.ts';
import type { WorkingPerson } from './working.ts';

// articles of a singular noun: "dem", "des", "eines", "einem", "einen", "ein", "eine", "einer"
// ("der", "die", "den" may be plural: "die Veranstalter", "den Organisatoren"; only with a form that shows it)
const SINGULAR = /^(dem|des|eines|einem|einen|ein|eine|einer)$/i;
// a noun of an office or a race before the genitive title: "das Amt des Bundeskanzlers", "den Posten eines Ministers"
const OFFICE = /^(Amt|Amtes|Ämter|Posten|Postens|Position|Stelle|Wahl|Kandidatur|Rolle|Funktion|Titel|Rang|Nachfolge)$/;
/** Tokens the title phrase may span before the full stop: "des Vorsitzenden der Partei CUD". */
const MAX_PHRASE = 6;
/** Adjectives between the article and the title word: "eines deutschen", "des bisherigen". */
const MAX_ADJECTIVES = 2;

/**
 * Give each person whose first mention opens a sentence the title phrase that ends the sentence before.
 * @example precedingRoles(tokens("Er traf einen deutschen Astronauten. Thomas Reiter sagte …"), people, lex)
 *   // Thomas Reiter gets "deutscher Astronaut"
 */
export function precedingRoles(tokens: readonly Token[], people: readonly WorkingPerson[], lex: Lexicon): void {
  for (const p of people) {
    const first = Math.min(...p.mentions.map((m) => m.token));
    const stop = tokens[first - 1];
    if (!Number.isFinite(first) || stop?.text !== '.' || stop.sentence !== tokens[first - 2]?.sentence || stop.sentence === tokens[first]!.sentence) continue;
    // ("Anna Roth traf sich mit dem Präsidenten des Verbands. Markus Weber kritisierte …": the title is the
    // object of another named person's act; the next name may be a third person's)
    if (people.some((o) => o !== p && o.mentions.some((m) => tokens[m.token]?.sentence === stop.sentence))) continue;
    const role = phraseEndingAt(tokens, first - 2, lex);
    if (role && (p.gender === 'unknown' || role.gender === 'unknown' || role.gender === p.gender)) addRole(p, role);
  }
}

/** The singular title phrase whose last token is `end`, if any. */
function phraseEndingAt(tokens: readonly Token[], end: number, lex: Lexicon): ReturnType<typeof rolePhraseFrom> {
  const s = tokens[end]!.sentence;
  for (let j = end; j >= end - MAX_PHRASE && tokens[j]?.sentence === s && tokens[j]!.word; j--) {
    const role = rolePhraseFrom(tokens, j, lex);
    if (!role || role.last !== end) continue;
    let a = j - 1;
    while (a > j - 1 - MAX_ADJECTIVES && tokens[a]?.word && (MODIFIERS.test(tokens[a]!.text) || ADJECTIVE.test(tokens[a]!.text)) && !SINGULAR.test(tokens[a]!.text)) a--;
    // ("sagte Karl Huber, ein Sprecher des Ministeriums.": an apposition is the name's before it;
    // "für das Amt des Bundeskanzlers.": an office, nobody holding it)
    const apposition = tokens[a - 1]?.text === ',' || OFFICE.test(tokens[a - 1]?.text ?? '');
    return SINGULAR.test(tokens[a]?.text ?? '') && tokens[a]!.sentence === s && !apposition ? role : undefined;
  }
  return undefined;
}
