/**
 * The timeline and people directory in one fixed, plain form (the nested arrays snapshots held up
 * to format 7), for the facts hash (facts-version.ts): the hash says whether the extractors make
 * the same of the sample, so it must not move when the snapshot's layout does (format 8 packs
 * both into columns). Articles as numbers in the order of `numberOf`.
 */
import { numbering } from '../../src/knowledge/article-numbers.ts';
import type { PeopleDirectory } from '../../src/knowledge/people-directory.ts';
import type { TimelineEntry } from '../../src/knowledge/timeline-merge.ts';

/**
 * Per entry: date, text, article numbers, per report [article, start, end, shown (1/0)], people as numbers in the names, and 1 for a plan.
 * @example JSON.stringify(timelineRows(knowledge.timeline(), numberOf))
 */
export function timelineRows(timeline: readonly TimelineEntry[], numberOf: ReadonlyMap<string, number>): { names: string[]; entries: unknown[] } {
  const number = numbering(numberOf, 'timeline');
  const names = new Map<string, number>();
  const name = (person: string) => names.get(person) ?? names.set(person, names.size).get(person)!;
  const entries = timeline.map((entry) => {
    const row: unknown[] = [entry.date, entry.text, entry.articleIds.map(number), entry.reports.flatMap((r) => [number(r.articleId), r.start, r.end, r.shown ? 1 : 0]), entry.people.map(name)];
    if (entry.planned) row.push(1);
    return row;
  });
  return { names: [...names.keys()], entries };
}

/**
 * Per profile: key, name, aliases, roles as [role, date, article], articles, first and last date, mention count, mentions as flat [article, start, end]; entities; quotes per profile as flat [article, index, direct].
 * @example JSON.stringify(directoryRows(knowledge.directory(), numberOf))
 */
export function directoryRows(directory: PeopleDirectory, numberOf: ReadonlyMap<string, number>): { profiles: unknown[]; entities: unknown[]; quotes: number[][] } {
  const number = numbering(numberOf, 'directory');
  return {
    profiles: directory.profiles.map((p) => [
      p.key,
      p.name,
      p.aliases,
      p.roles.map((r) => [r.role, r.date, number(r.articleId)]),
      p.articleIds.map(number),
      p.firstDate,
      p.lastDate,
      p.mentionCount,
      p.mentions.flatMap((m) => [number(m.articleId), m.start, m.end]),
    ]),
    entities: [...directory.entities].map(([key, e]) => [key, e.name, e.kind, e.articleIds.map(number)]),
    quotes: directory.profiles.map((p) => [...(directory.quotes.get(p) ?? [])].flatMap(([id, refs]) => refs.flatMap((r) => [number(id), r.index, r.direct ? 1 : 0]))),
  };
}
