/**
 * A plural title before names joined by "und" or commas gives each of them the title in the singular:
 * "die Außenminister Heiko Maas und Jean-Yves Le Drian", "die Ministerinnen Anna Roth und Lena Vogt",
 * "die Abgeordneten Anna Roth, Karl Bender und Eva Brandt", "die beiden Neu-SPD-Mitglieder Jan Roth und Max Seidel".
 */
import { personNoun, type RoleWord, roleWord, singularOf, startsUpper, type Token } from '../lexicon/index.ts';
import { addRole } from './collect.ts';
import { build, MODIFIERS } from './role-phrase.ts';
import { mentionSpans } from './mention-spans.ts';
import type { WorkingPerson } from './working.ts';

// "die"/"den" before a plural ("die Außenminister", "den Abgeordneten")
const PLURAL_ARTICLE = /^(die|den)$/i;
// "die beiden", "den drei": a number between article and plural title
const COUNT = /^(beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)$/;

/**
 * The singular title a plural form at token `t` after a plural article stands for, or undefined when
 * the form reads as a singular ("die Außenministerin", "die Abgeordnete").
 * @example pluralTitle(tok("Ministerinnen")) // "Ministerin"; pluralTitle(tok("Außenminister")) // "Außenminister"
 */
function pluralTitle(t: Token, article: string): RoleWord | undefined {
  const word = roleWord(t.text);
  // "die Außenminister": a masculine title after "die" is a plural; "die Abgeordneten" too
  if (word && ((word.gender === 'male' && !word.adjectival && word.base === t.text) || (word.adjectival && t.text.endsWith('en')))) return word;
  // "die Ministerinnen", "die Sprecherinnen"
  if (!word && t.text.endsWith('innen')) {
    const singular = singularOf(t.text)?.base ?? t.text.slice(0, -3);
    return roleWord(singular) ?? personNoun(singular);
  }
  // "die beiden Neu-SPD-Mitglieder", "die Studenten": a plural form of a person noun after "die"
  // (a feminine form only when it is no singular: "die Studentin" is one)
  const singular = !word && article.toLowerCase() === 'die' ? singularOf(t.text) : undefined;
  if (singular && (singular.genus !== 'F' || singular.base !== t.text)) return personNoun(singular.base);
  return undefined;
}

/**
 * Give the singular title to every person of a coordination right after a plural title.
 * @example pluralTitleRoles(tokens("Die Außenminister Heiko Maas und Jean-Yves Le Drian trafen sich."), people)
 *   // both get "Außenminister"
 */
export function pluralTitleRoles(tokens: readonly Token[], people: readonly WorkingPerson[]): void {
  // (most articles have none: look for a plural title before building the indexes)
  const found: Array<{ k: number; j: number; word: RoleWord; mods: string[] }> = [];
  tokens.forEach((t, k) => {
    if (!PLURAL_ARTICLE.test(t.text)) return;
    let j = k + 1;
    const mods: string[] = [];
    // "die beiden Abgeordneten", "die drei Minister": a number before the title is not kept
    if (COUNT.test(tokens[j]?.text ?? '')) j++;
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
    let at = j + 1;
    // "Maas und Le Drian", "Roth, Bender und Brandt"
    while (firstOf.has(at) && tokens[at]!.sentence === t.sentence) {
      holders.push(firstOf.get(at)!);
      let next = lastOf.get(at)! + 1;
      // "Friedrich Merz (CDU), Max Straubinger (CSU)", "(alle FDP)": past a party in brackets
      if (tokens[next]?.text === '(') for (let b = next + 1; b <= next + 4; b++) if (tokens[b]?.text === ')') next = b + 1;
      if (tokens[next]?.text !== 'und' && tokens[next]?.text !== ',') break;
      at = next + 1;
    }
    if (holders.length < 2) continue;
    // (the mods are plural forms: "die früheren Außenminister"; they are shown from their stem)
    const role = build({ ...word, gender: 'unknown' }, mods, undefined, k, j);
    for (const p of holders) addRole(p, role);
  }
}
