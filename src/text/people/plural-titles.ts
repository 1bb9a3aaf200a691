/**
 * A plural title before names joined by "und" or commas gives each of them the title in the singular:
 * "die Außenminister Heiko Maas und Jean-Yves Le Drian", "die Ministerinnen Anna Roth und Lena Vogt",
 * "die Abgeordneten Anna Roth, Karl Bender und Eva Brandt", "die beiden Neu-SPD-Mitglieder Jan Roth und Max Seidel",
 * and examples after a relative clause: "Die Minister, die … zuständig sind, wie Roth, Bender oder Brandt".
 */
import { infoOf, isCountry, type Lexicon, personNoun, type RoleWord, roleWord, singularOf, startsUpper, type Token } from '../lexicon/index.ts';
import { addRole } from './collect.ts';
import { build, MODIFIERS } from './role-phrase.ts';
import { mentionSpans } from './mention-spans.ts';
import { addMention, newPerson, type WorkingPerson } from './working.ts';

// "die"/"den" before a plural ("die Außenminister", "den Abgeordneten"), or a possessive ("ihre Vorgänger",
// "deren jeweiligen Vorgängern", "seinen Kollegen")
const PLURAL_ARTICLE = /^(die|den|ihre|ihren|seine|seinen|deren|dessen)$/i;
// the determiners after which a masculine title's base form is a plural ("die Außenminister", "ihre Vorgänger");
// after "den"/"ihren"/"seinen" it is an accusative singular unless it adds "-n" ("ihren Vorgängern")
const NOMINATIVE_PLURAL = /^(die|ihre|seine|deren|dessen)$/i;
// what closes a list set off by a comma after a plural title: "ihre Vorgänger, X und Y, waren"
const CLOSING = /^(,|\.|–|-|\)|;)$/;
// "die beiden", "den drei": a number between article and plural title
const COUNT = /^(beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/;
// "deren jeweiligen Vorgängern": a word of distribution before the title, not kept with it
const DISTRIBUTIVE = /^jeweiligen$/;

/**
 * The singular title a plural form at token `t` after a plural article stands for, or undefined when
 * the form reads as a singular ("die Außenministerin", "die Abgeordnete").
 * @example pluralTitle(tok("Ministerinnen")) // "Ministerin"; pluralTitle(tok("Außenminister")) // "Außenminister"
 */
function pluralTitle(t: Token, article: string): RoleWord | undefined {
  const word = roleWord(t.text);
  // "die Außenminister": a masculine title after "die" is a plural; "die Abgeordneten" too ("seinen Vorgänger",
  // "den Vorgänger" are one man: an accusative singular; the dative plural adds "-n", "den Vorgängern")
  const basePlural = NOMINATIVE_PLURAL.test(article);
  if (word && ((basePlural && word.gender === 'male' && !word.adjectival && word.base === t.text) || (word.adjectival && t.text.endsWith('en')))) return word;
  // "die Ministerinnen", "die Sprecherinnen"
  if (!word && t.text.endsWith('innen')) {
    const singular = singularOf(t.text)?.base ?? t.text.slice(0, -3);
    return roleWord(singular) ?? personNoun(singular);
  }
  // "die beiden Neu-SPD-Mitglieder", "die Studenten": a plural form of a person noun after "die"
  // (a feminine form only when it is no singular: "die Studentin" is one)
  const singular = !word && NOMINATIVE_PLURAL.test(article) ? singularOf(t.text) : undefined;
  if (singular && (singular.genus !== 'F' || singular.base !== t.text)) return personNoun(singular.base);
  // "deren jeweiligen Vorgängern", "den Abgeordnetenkollegen": a dative plural in "-n" of a person noun
  const dative = t.text.endsWith('n') ? singularOf(t.text) : undefined;
  if (dative && dative.base !== t.text && dative.genus === 'M') return roleWord(dative.base) ?? personNoun(dative.base);
  return undefined;
}

/** Tokens a relative clause between a plural title and its examples may have. */
const MAX_CLAUSE = 16;

/**
 * The token after "wie" when a relative clause after the plural title at `j` is followed by examples:
 * "Die Minister, die von Amts wegen zuständig sind, wie …" (the clause's first comma must open "wie").
 * @example examplesAfter(tokens("Die Minister, die zuständig sind, wie Roth oder Bender"), 1) // 7
 */
function examplesAfter(tokens: readonly Token[], j: number): number | undefined {
  if (tokens[j + 1]?.text !== ',' || !/^(die|der)$/.test(tokens[j + 2]?.text ?? '')) return undefined;
  for (let k = j + 3; k < j + 3 + MAX_CLAUSE && tokens[k]?.sentence === tokens[j]!.sentence; k++) {
    if (tokens[k]!.text === ',') return tokens[k + 1]?.text === 'wie' ? k + 2 : undefined;
  }
  return undefined;
}

/** A capitalised name word that is no noun the lexicon lists and no country: "Schönbohm", "Beckstein" (a compound only by its ending), not "Frankreich" or "Länder". */
function bareSurname(t: Token, lex: Lexicon): boolean {
  return t.word && startsUpper(t.text) && infoOf(lex, t).nameWord && !lex.nouns.has(t.text) && !isCountry(lex, t.text);
}

/**
 * Give the singular title to every person of a coordination right after a plural title.
 * @example pluralTitleRoles(tokens("Die Außenminister Heiko Maas und Jean-Yves Le Drian trafen sich."), people)
 *   // both get "Außenminister"
 */
export function pluralTitleRoles(tokens: readonly Token[], people: WorkingPerson[], lex: Lexicon): void {
  // (most articles have none: look for a plural title before building the indexes)
  const found: Array<{ k: number; j: number; word: RoleWord; mods: string[] }> = [];
  tokens.forEach((t, k) => {
    if (!PLURAL_ARTICLE.test(t.text)) return;
    let j = k + 1;
    const mods: string[] = [];
    // "die beiden Abgeordneten", "die drei Minister": a number before the title is not kept
    if (COUNT.test(tokens[j]?.text ?? '') || DISTRIBUTIVE.test(tokens[j]?.text ?? '')) j++;
    while (tokens[j]?.word && MODIFIERS.test(tokens[j]!.text) && !roleWord(tokens[j]!.text)) mods.push(tokens[j++]!.text);
    const title = tokens[j];
    const word = title?.word && title.sentence === t.sentence && startsUpper(title.text) ? pluralTitle(title, t.text) : undefined;
    if (word) found.push({ k, j, word, mods });
  });
  if (found.length === 0) return;
  const { firstOf, endOf: lastOf } = mentionSpans(tokens, people);
  for (const { k, j, word, mods } of found) {
    const t = tokens[k]!;
    const holders: WorkingPerson[] = [];
    // "Die Minister, die für … zuständig sind, wie Roth, Bender oder Brandt": examples after a relative clause
    const examples = examplesAfter(tokens, j);
    // "deren Vorgänger, Jacques Chirac und Tony Blair, hatten": the list set off by a comma must close after it
    const apposition = examples === undefined && tokens[j + 1]?.text === ',' && firstOf.has(j + 2);
    let at = examples ?? (apposition ? j + 2 : j + 1);
    let end = at;
    // "Maas und Le Drian", "Roth, Bender und Brandt"
    while (tokens[at]?.sentence === t.sentence) {
      let holder = firstOf.get(at);
      // (among examples a bare surname nobody has yet is a person of its own: "wie Schäfer, Bender oder …")
      if (!holder && examples !== undefined && bareSurname(tokens[at]!, lex)) {
        holder = newPerson(tokens[at]!.text, false, 'unknown', false);
        addMention(holder, tokens[at]!.text, { start: tokens[at]!.start, end: tokens[at]!.end, token: at });
        people.push(holder);
        lastOf.set(at, at);
      }
      if (!holder) break;
      holders.push(holder);
      let next = lastOf.get(at)! + 1;
      // "Friedrich Merz (CDU), Max Straubinger (CSU)", "(alle FDP)": past a party in brackets
      if (tokens[next]?.text === '(') for (let b = next + 1; b <= next + 4; b++) if (tokens[b]?.text === ')') next = b + 1;
      end = next;
      if (tokens[next]?.text !== 'und' && tokens[next]?.text !== ',' && !(examples !== undefined && tokens[next]?.text === 'oder')) break;
      at = next + 1;
    }
    if (holders.length < 2) continue;
    if (apposition && tokens[end]?.sentence === t.sentence && !CLOSING.test(tokens[end]!.text)) continue;
    // (the mods are plural forms: "die früheren Außenminister"; they are shown from their stem)
    const role = build({ ...word, gender: 'unknown' }, mods, undefined, k, j);
    for (const p of holders) addRole(p, role);
  }
}
