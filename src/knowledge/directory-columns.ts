/**
 * The people directory as packed columns: every number (roles' texts and dates as table numbers,
 * articles, mentions, quotes, entities' articles) in one Uint32Array and the strings in tables,
 * so a snapshot's directory is decoded without parsing nested JSON; a restored profile keeps its
 * mentions and roles in the columns and makes them when asked (`StoredProfile`: the mentions
 * alone were a third of the directory's heap as objects). Pure.
 */
import type { MergedPerson as MergedProfile } from '../text/people/index.ts';
import { PeopleDirectory, type EntityEntry } from './people-directory.ts';
import { checkStringLists, checkStrings } from './string-tables.ts';

/** The string tables of a packed directory: per profile its key, name, aliases, first and last date; role texts and dates once each; per entity key, name, kind. */
export interface DirectoryStrings {
  keys: string[];
  names: string[];
  aliases: string[][];
  firstDates: string[];
  lastDates: string[];
  roles: string[];
  roleDates: string[];
  entities: Array<[key: string, name: string, kind: EntityEntry['kind']]>;
}

/**
 * A packed directory: the string tables and the numbers, laid out as `[profiles, roles, articles,
 * mentions, quotes, entities, entityArticles, mentionCount × profiles, roleAt × (profiles + 1),
 * roleText, roleDate, roleArticle (× roles each), articleAt × (profiles + 1), article × articles,
 * mentionAt × (profiles + 1), mentionArticle, mentionStart, mentionEnd (× mentions each), quoteAt ×
 * (profiles + 1), quoteArticle, quoteIndex, quoteDirect (× quotes each), entityAt × (entities + 1),
 * entityArticle × entityArticles]`; profile i's roles are `roleAt[i]..roleAt[i + 1]`, the rest alike;
 * articles as numbers (their place in the article list the directory was packed with).
 */
export interface PackedDirectory {
  strings: DirectoryStrings;
  numbers: Uint32Array;
}

const COUNTS = 7;

/**
 * Pack a directory; `numberOf` gives an article's number (throws for an article it lacks).
 * @example packDirectory(knowledge.directory(), (id) => numberOf.get(id)!)
 */
export function packDirectory(directory: PeopleDirectory, numberOf: (id: string) => number): PackedDirectory {
  const tables = { roles: new Map<string, number>(), roleDates: new Map<string, number>() };
  const strings: DirectoryStrings = { keys: [], names: [], aliases: [], firstDates: [], lastDates: [], roles: [], roleDates: [], entities: [] };
  const numberIn = (table: 'roles' | 'roleDates', text: string) => tables[table].get(text) ?? tables[table].set(text, strings[table].push(text) - 1).get(text)!;
  const [mentionCount, roleAt, articleAt, article, mentionAt, quoteAt, entityAt, entityArticle] = [[], [0], [0], [], [0], [0], [0], []] as number[][];
  const [role, mention, quote] = [
    [[], [], []],
    [[], [], []],
    [[], [], []],
  ] as number[][][];
  const push = (columns: number[][], values: number[]) => values.forEach((n, k) => columns[k]!.push(n));
  for (const p of directory.profiles) {
    strings.keys.push(p.key);
    strings.names.push(p.name);
    strings.aliases.push(p.aliases);
    strings.firstDates.push(p.firstDate);
    strings.lastDates.push(p.lastDate);
    mentionCount!.push(p.mentionCount);
    for (const r of p.roles) push(role!, [numberIn('roles', r.role), numberIn('roleDates', r.date), numberOf(r.articleId)]);
    roleAt!.push(role![0]!.length);
    for (const id of p.articleIds) article!.push(numberOf(id));
    articleAt!.push(article!.length);
    for (const m of p.mentions) push(mention!, [numberOf(m.articleId), m.start, m.end]);
    mentionAt!.push(mention![0]!.length);
    for (const [id, refs] of directory.quotes.get(p) ?? []) for (const r of refs) push(quote!, [numberOf(id), r.index, r.direct ? 1 : 0]);
    quoteAt!.push(quote![0]!.length);
  }
  for (const [key, e] of directory.entities) {
    strings.entities.push([key, e.name, e.kind]);
    for (const id of e.articleIds) entityArticle!.push(numberOf(id));
    entityAt!.push(entityArticle!.length);
  }
  const counts = [directory.profiles.length, role![0]!.length, article!.length, mention![0]!.length, quote![0]!.length, strings.entities.length, entityArticle!.length];
  const columns = [counts, mentionCount!, roleAt!, ...role!, articleAt!, article!, mentionAt!, ...mention!, quoteAt!, ...quote!, entityAt!, entityArticle!];
  return { strings, numbers: Uint32Array.from(columns.flat()) };
}

/** The columns a restored profile reads its mentions and roles from. */
interface Columns {
  ids: readonly string[];
  roles: readonly string[];
  roleDates: readonly string[];
  roleAt: Uint32Array;
  roleText: Uint32Array;
  roleDate: Uint32Array;
  roleArticle: Uint32Array;
  mentionAt: Uint32Array;
  mentionArticle: Uint32Array;
  mentionStart: Uint32Array;
  mentionEnd: Uint32Array;
}

/**
 * The directory of a packed one, its profiles `StoredProfile`s; `ids[n]` is the id of article
 * number n. Throws when the numbers do not fit together (a length, a number out of range, a range
 * running backwards) or a string table holds anything but strings: nothing is read out of bounds
 * or of the wrong type later.
 * @example const directory = unpackDirectory(packDirectory(built, number), ids); directory.lookup("Biegun")
 */
export function unpackDirectory({ strings, numbers }: PackedDirectory, ids: readonly string[]): PeopleDirectory {
  const { keys, names, aliases, firstDates, lastDates, roles, roleDates, entities } = strings;
  for (const [table, what] of [
    [keys, 'keys'],
    [names, 'names'],
    [firstDates, 'first dates'],
    [lastDates, 'last dates'],
    [roles, 'roles'],
    [roleDates, 'role dates'],
  ] as const)
    checkStrings(table, `directory ${what}`);
  checkStringLists(aliases, 'directory aliases');
  checkStringLists(entities, 'directory entities');
  if (entities.some((entity) => entity.length !== 3)) throw new Error('directory entities: not key, name and kind');
  const [profiles = 0, roleCount = 0, articles = 0, mentions = 0, quotes = 0, entityCount = 0, entityArticles = 0] = numbers;
  const expected = COUNTS + 5 * profiles + 4 + 3 * roleCount + articles + 3 * mentions + 3 * quotes + entityCount + 1 + entityArticles;
  if (numbers.length !== expected || ![keys, names, aliases, firstDates, lastDates].every((t) => t.length === profiles) || entities.length !== entityCount) {
    throw new Error('directory columns of the wrong length');
  }
  let at = COUNTS;
  const take = (length: number) => numbers.subarray(at, (at += length));
  const mentionCount = take(profiles);
  const [roleAt, roleText, roleDate, roleArticle] = [take(profiles + 1), take(roleCount), take(roleCount), take(roleCount)];
  const [articleAt, article] = [take(profiles + 1), take(articles)];
  const [mentionAt, mentionArticle, mentionStart, mentionEnd] = [take(profiles + 1), take(mentions), take(mentions), take(mentions)];
  const [quoteAt, quoteArticle, quoteIndex, quoteDirect] = [take(profiles + 1), take(quotes), take(quotes), take(quotes)];
  const [entityAt, entityArticle] = [take(entityCount + 1), take(entityArticles)];
  for (const [column, limit, what] of [
    [roleText, roles.length, 'role'],
    [roleDate, roleDates.length, 'role date'],
    [roleArticle, ids.length, 'article'],
    [article, ids.length, 'article'],
    [mentionArticle, ids.length, 'article'],
    [quoteArticle, ids.length, 'article'],
    [entityArticle, ids.length, 'article'],
  ] as const) {
    for (const n of column) if (n >= limit) throw new Error(`directory refers to a missing ${what} ${n}`);
  }
  for (const [starts, count, total] of [
    [roleAt, profiles, roleCount],
    [articleAt, profiles, articles],
    [mentionAt, profiles, mentions],
    [quoteAt, profiles, quotes],
    [entityAt, entityCount, entityArticles],
  ] as const) {
    if (starts[0] !== 0 || starts[count] !== total || starts.some((n, i) => i > 0 && n < starts[i - 1]!)) throw new Error('directory ranges out of order');
  }
  const columns: Columns = { ids, roles, roleDates, roleAt, roleText, roleDate, roleArticle, mentionAt, mentionArticle, mentionStart, mentionEnd };
  const idsIn = (from: number, to: number, column: Uint32Array) => Array.from(column.subarray(from, to), (n) => ids[n]!);
  const restored: StoredProfile[] = [];
  for (let i = 0; i < profiles; i++) {
    const fields = {
      key: keys[i]!,
      name: names[i]!,
      aliases: aliases[i]!,
      articleIds: idsIn(articleAt[i]!, articleAt[i + 1]!, article),
      firstDate: firstDates[i]!,
      lastDate: lastDates[i]!,
      mentionCount: mentionCount[i]!,
    };
    restored.push(new StoredProfile(fields, columns, i));
  }
  const entityMap = new Map(entities.map(([key, name, kind], e) => [key, { name, kind, articleIds: idsIn(entityAt[e]!, entityAt[e + 1]!, entityArticle) }]));
  const directory = new PeopleDirectory(restored, entityMap);
  restored.forEach((profile, i) => {
    for (let q = quoteAt[i]!; q < quoteAt[i + 1]!; q++) directory.addQuote(profile, ids[quoteArticle[q]!]!, { index: quoteIndex[q]!, direct: quoteDirect[q] === 1 });
  });
  return directory;
}

/** The fields a restored profile keeps as they are. */
type KeptFields = Omit<MergedProfile, 'roles' | 'mentions'>;

/**
 * A profile restored from a packed directory: its mentions and roles are made from the columns
 * each time they are asked for (lists made anew), the other fields kept as they are.
 * @example profile.mentions[0] // { articleId: "a1", start: 10, end: 24 }
 */
export class StoredProfile implements MergedProfile {
  key: string;
  name: string;
  aliases: string[];
  articleIds: string[];
  firstDate: string;
  lastDate: string;
  mentionCount: number;
  readonly #columns: Columns;
  readonly #row: number;

  constructor(fields: KeptFields, columns: Columns, row: number) {
    this.key = fields.key;
    this.name = fields.name;
    this.aliases = fields.aliases;
    this.articleIds = fields.articleIds;
    this.firstDate = fields.firstDate;
    this.lastDate = fields.lastDate;
    this.mentionCount = fields.mentionCount;
    this.#columns = columns;
    this.#row = row;
  }

  get roles(): MergedProfile['roles'] {
    const c = this.#columns;
    const roles: MergedProfile['roles'] = [];
    for (let i = c.roleAt[this.#row]!; i < c.roleAt[this.#row + 1]!; i++) roles.push({ role: c.roles[c.roleText[i]!]!, date: c.roleDates[c.roleDate[i]!]!, articleId: c.ids[c.roleArticle[i]!]! });
    return roles;
  }

  get mentions(): MergedProfile['mentions'] {
    const c = this.#columns;
    const mentions: MergedProfile['mentions'] = [];
    for (let i = c.mentionAt[this.#row]!; i < c.mentionAt[this.#row + 1]!; i++) mentions.push({ articleId: c.ids[c.mentionArticle[i]!]!, start: c.mentionStart[i]!, end: c.mentionEnd[i]! });
    return mentions;
  }

  /** The profile as a plain object (what `JSON.stringify` writes; the getters are not own properties). */
  toJSON(): MergedProfile {
    return plainProfile(this);
  }
}

/**
 * Any profile as a plain object with its own fields, in the order a merge gives them (for comparing and writing out).
 * @example assert.deepStrictEqual(restored.profiles.map(plainProfile), built.profiles.map(plainProfile))
 */
export function plainProfile(p: MergedProfile): MergedProfile {
  return { key: p.key, name: p.name, aliases: p.aliases, roles: p.roles, articleIds: p.articleIds, firstDate: p.firstDate, lastDate: p.lastDate, mentionCount: p.mentionCount, mentions: p.mentions };
}
