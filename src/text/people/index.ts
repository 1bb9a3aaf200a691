/**
 * People, their titles and the places and organisations around them, in one German article.
 */
import { type Sentence, defaultLexicon, type Lexicon, tokenize } from '../lexicon/index.ts';
import { collectPeople } from './collect.ts';
import { linkRoleAnaphora, linkSurnames } from './coref.ts';
import { findEntities } from './entities.ts';
import { findNameSpans } from './name-spans.ts';
import { linkPronouns } from './pronouns.ts';
import { predicativeRoles } from './predicative.ts';
import { appointedRoles } from './appointed.ts';
import { factBoxRoles } from './fact-box.ts';
import { pluralTitleRoles } from './plural-titles.ts';
import { possessiveRelationRoles, relationRoles } from './relations.ts';
import type { ArticlePeople } from './types.ts';
import { finish } from './working.ts';

export type { ArticlePeople, ArticlePerson, ArticleEntity, Mention } from './types.ts';
export { personKey } from './key.ts';
export { compareProfiles, mergeGroup, mergeProfiles, type MergedPerson, type ArticlePeopleInput, type DatedRole, type ProfileEntry } from './merge.ts';
export { ProfileGroups, type GroupMembers } from './groups.ts';

/**
 * Find the people of an article (names, aliases, titles, mentions) and its places and organisations.
 * @example findPeople(body, splitSentences(body)).people[0]
 *   // { name: "Antony Blinken", aliases: ["Blinken"], roles: ["US-Außenminister"], mentions: [...] }
 */
export function findPeople(body: string, sentences: readonly Sentence[], lex: Lexicon = defaultLexicon()): ArticlePeople {
  const tokens = tokenize(sentences);
  const spans = findNameSpans(tokens, lex);
  const people = collectPeople(tokens, spans, body, lex);
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.first; i <= s.last; i++) covered.add(i);
  linkSurnames(tokens, people, covered, lex);
  predicativeRoles(tokens, people, lex);
  relationRoles(tokens, people);
  pluralTitleRoles(tokens, people, lex);
  linkRoleAnaphora(tokens, people, covered, lex, body);
  linkPronouns(tokens, people, lex);
  // "seinen Sohn Paolo": whose son is known once "er"/"sie" are linked
  possessiveRelationRoles(tokens, people);
  // again, for what is stated about "er"/"sie" and "der Minister" ("Außerdem ist er Mitglied im Aufsichtsrat")
  predicativeRoles(tokens, people, lex);
  // "wurde Brenner (30), Doktorand der Chemie, zum Vorsitzenden gewählt"
  appointedRoles(tokens, people, lex);
  // "Zur Person Petra Pau" and the offices listed under it
  factBoxRoles(tokens, people, lex);
  const personTokens = new Set<number>();
  for (const p of people) for (const m of p.mentions) personTokens.add(m.token);
  for (const s of spans) for (let i = s.first; i <= s.last; i++) personTokens.add(i);
  const kept = people.filter((p) => p.mentions.length > 0);
  const firstStart = new Map(kept.map((p) => [p, p.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)]));
  kept.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  return { people: kept.map(finish), entities: findEntities(tokens, lex, personTokens) };
}
