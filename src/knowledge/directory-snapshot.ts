/**
 * The people directory in the snapshot (profiles and places/organisations, articles as numbers),
 * so start-up does not merge every article's people again. Pure.
 */
import type { MergedPerson as PersonProfile } from '../text/people/index.ts';
import { PeopleDirectory, type EntityEntry } from './people-directory.ts';
import { idsOf, numbering } from './article-numbers.ts';

/** A saved profile: key, name, aliases, roles as [role, date, article], articles, first and last date, mention count, mentions as flat [article, start, end]. */
type SavedProfile = [string, string, string[], Array<[string, string, number]>, number[], string, string, number, number[]];
/** A saved entity: key, name, kind, articles. */
type SavedEntity = [string, string, EntityEntry['kind'], number[]];

/** The saved directory; `quotes[i]` holds profile i's quotes as flat [article, index, direct (1/0)]. */
export interface SavedDirectory {
  profiles: SavedProfile[];
  entities: SavedEntity[];
  quotes: number[][];
}

/**
 * Encode a directory; `numberOf` gives an article's number.
 * @example encodeDirectory(knowledge.directory(), new Map(ids.map((id, i) => [id, i])))
 */
export function encodeDirectory(directory: PeopleDirectory, numberOf: ReadonlyMap<string, number>): SavedDirectory {
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

/**
 * Rebuild the directory from its saved form; `ids[n]` is the id of article number n.
 * @example knowledge.directory = decodeDirectory(saved, ids)
 */
export function decodeDirectory(saved: SavedDirectory, ids: readonly string[]): PeopleDirectory {
  const id = idsOf(ids, 'directory');
  const profiles = saved.profiles.map(([key, name, aliases, roles, articles, firstDate, lastDate, mentionCount, flat]): PersonProfile => {
    const mentions: PersonProfile['mentions'] = [];
    for (let i = 0; i < flat.length; i += 3) mentions.push({ articleId: id(flat[i]!), start: flat[i + 1]!, end: flat[i + 2]! });
    return { key, name, aliases, roles: roles.map(([role, date, n]) => ({ role, date, articleId: id(n) })), articleIds: articles.map(id), firstDate, lastDate, mentionCount, mentions };
  });
  const directory = new PeopleDirectory(profiles, new Map(saved.entities.map(([key, name, kind, articles]) => [key, { name, kind, articleIds: articles.map(id) }])));
  saved.quotes.forEach((flat, p) => {
    for (let i = 0; i < flat.length; i += 3) directory.addQuote(profiles[p]!, id(flat[i]!), { index: flat[i + 1]!, direct: flat[i + 2] === 1 });
  });
  return directory;
}
