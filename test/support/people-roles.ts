/**
 * What findPeople makes of a text, by name, in the plain forms the people tests compare: the roles
 * of each person, or their aliases and roles. One place for the tests under test/text/people.
 */
import { splitSentences } from '../../src/text/lexicon/index.ts';
import { findPeople } from '../../src/text/people/index.ts';

/**
 * Each person found in `text` with their roles, in the order findPeople gives them.
 * @example rolesByName('Kanzler Gerd Bauer kam.') // { "Gerd Bauer": ["Kanzler"] }
 */
export function rolesByName(text: string): Record<string, string[]> {
  return Object.fromEntries(findPeople(text, splitSentences(text)).people.map((p) => [p.name, p.roles]));
}

/**
 * Each person found in `text` with their aliases and roles.
 * @example aliasesAndRolesByName('Papst Gregor XVII. kam. Gregor sprach.') // { "Gregor XVII.": { aliases: ["Gregor"], roles: ["Papst"] } }
 */
export function aliasesAndRolesByName(text: string): Record<string, { aliases: string[]; roles: string[] }> {
  return Object.fromEntries(findPeople(text, splitSentences(text)).people.map((p) => [p.name, { aliases: p.aliases, roles: p.roles }]));
}
