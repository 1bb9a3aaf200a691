/**
 * Synonym groups derived from OpenThesaurus as Debian packages it (`mythes-de`, MyThes format,
 * LGPL): only what the query analyser can use, nouns of one word in their plain sense (measured,
 * docs/search.md: verbs, adjectives and adverbs have many senses, "klar", "Lage", "weiter", and
 * their synonyms found other articles more often than the right one). The outcome is
 * committed as synonyms.json (`npm run thesaurus:generate`); nothing here runs when the bot starts.
 */
import { foldTerm } from './fold.ts';

/** Where `mythes-de` installs the German thesaurus (read by test/support/record-thesaurus.ts and the test). */
export const MYTHES_DE = '/usr/share/mythes/th_de_DE_v2.dat';

// a member in its plain sense: none of these tags ("Boss (ugs.)", "Fahrzeug (Oberbegriff)": a
// broader word is no synonym); "(Hauptform)" only marks the usual word and is dropped
const TAG = /\s*\(([^)]*)\)/g;
const PLAIN_TAGS = new Set(['Hauptform']);
// one word of letters, at least three: "Polizeiauto" (not "Kfz", "Auto fahren", "E-Auto", "5-Euro-Schein")
const ONE_WORD = /^\p{L}{3,}$/u;
// a noun: written with a capital ("Streifenwagen", not "schnell")
const NOUN = /^\p{Lu}/u;

/**
 * The single plain words of one MyThes meaning line ("-|Streifenwagen|Polizeiauto|Peterwagen (ugs.)").
 * @example plainMembers("-|Streifenwagen|Polizeiauto|Peterwagen (ugs.)|Fahrzeug (Oberbegriff)") // ["Streifenwagen", "Polizeiauto"]
 */
export function plainMembers(line: string): string[] {
  const members: string[] = [];
  for (const field of line.split('|').slice(1)) {
    const tags = [...field.matchAll(TAG)].flatMap((m) => m[1]!.split(',').map((t) => t.trim()));
    if (tags.some((tag) => !PLAIN_TAGS.has(tag))) continue;
    const word = field.replace(TAG, '').trim();
    if (ONE_WORD.test(word)) members.push(word);
  }
  return members;
}

/**
 * The synonym groups of a MyThes .dat text: of each meaning whose plain members are all nouns, the
 * folded words that give different terms (`termOf`, the analyser's: null for a function word),
 * two or more per group, groups deduplicated and sorted so the output is stable.
 * @example synonymGroups("UTF-8\nAuto|1\n-|Auto|Wagen|Kfz\n", stemOf) // [["auto", "wagen"]]
 */
export function synonymGroups(dat: string, termOf: (folded: string) => string | null): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const line of dat.split('\n')) {
    if (!line.startsWith('-|')) continue;
    const members = plainMembers(line);
    if (!members.every((member) => NOUN.test(member))) continue;
    const byTerm = new Map<string, string>();
    for (const member of members) {
      const folded = foldTerm(member);
      const term = termOf(folded);
      // one word per term: the shortest, then the first in order
      if (term === null) continue;
      const had = byTerm.get(term);
      if (had === undefined || folded.length < had.length || (folded.length === had.length && folded < had)) byTerm.set(term, folded);
    }
    if (byTerm.size < 2) continue;
    const group = [...byTerm.values()].sort();
    const key = group.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(group);
  }
  return groups.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
}

/**
 * synonyms.json's text: one JSON string per group, its words separated by spaces, a group a line.
 * @example serialiseGroups([["auto", "wagen"]]) // '[\n  "auto wagen"\n]\n'
 */
export function serialiseGroups(groups: readonly string[][]): string {
  return `[\n${groups.map((group) => `  ${JSON.stringify(group.join(' '))}`).join(',\n')}\n]\n`;
}
