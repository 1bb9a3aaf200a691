/**
 * One profile per person across articles: spelling variants meet on `personKey`, a bare surname
 * joins the one full name it can belong to, different people never merge.
 */
import { personKey } from './key.ts';
import type { ArticlePerson } from './types.ts';

/** The people of one article, as `mergeProfiles` takes them. */
export interface ArticlePeopleInput {
  articleId: string;
  /** The article date, `YYYY-MM` or `YYYY-MM-DD`; sorts as a string. */
  articleDate: string;
  people: ArticlePerson[];
}

/** A role as it was reported, with the article that reported it. */
export interface DatedRole {
  role: string;
  date: string;
  articleId: string;
}

/** Everything known about one person across articles. */
export interface MergedPerson {
  key: string;
  /** The most frequent full form, e.g. "Kim Jong Un". */
  name: string;
  /** All other forms, e.g. ["Kim Jong-un", "Kim"]. */
  aliases: string[];
  /** Newest first. */
  roles: DatedRole[];
  /** Newest first. */
  articleIds: string[];
  firstDate: string;
  lastDate: string;
  mentionCount: number;
  mentions: Array<{ articleId: string; start: number; end: number }>;
}

/** One person of one article, as a profile is merged from them. */
export interface ProfileEntry {
  input: ArticlePeopleInput;
  person: ArticlePerson;
}
type Entry = ProfileEntry;

/**
 * The directory's order: most articles first, then by name.
 * @example [ban, merkel].sort(compareProfiles) // Merkel (40 articles) before Ban (32)
 */
export function compareProfiles(a: MergedPerson, b: MergedPerson): number {
  return b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name);
}

/**
 * Merge per-article people into profiles, sorted by number of articles (most first).
 * @example mergeProfiles([{ articleId: "a", articleDate: "2019-07", people: [kimJongUn] },
 *   { articleId: "b", articleDate: "2021-03", people: [kimJongUnHyphen] }]) // one profile "Kim Jong Un"
 */
export function mergeProfiles(perArticle: readonly ArticlePeopleInput[]): MergedPerson[] {
  const groups = new Map<string, Entry[]>();
  const singles: Entry[] = [];
  const add = (key: string, entry: Entry) => {
    const entries = groups.get(key);
    if (entries) entries.push(entry);
    else groups.set(key, [entry]);
  };
  for (const input of perArticle) {
    for (const person of input.people) {
      const key = personKey(person.name);
      if (key.includes(' ')) add(key, { input, person });
      else singles.push({ input, person });
    }
  }
  const fullNames = byOuterWord([...groups.keys()]);
  for (const entry of singles) {
    const key = personKey(entry.person.name);
    // "Biegun" joins "stephen biegun" when that is the only full name starting or ending with it
    const owners = fullNames.get(key);
    add(owners?.size === 1 ? [...owners][0]! : key, entry);
  }
  return [...groups.entries()].map(([key, entries]) => mergeGroup(key, entries)).sort(compareProfiles);
}

/** Multi-word keys by their first and by their last word: "kim jong un" under "kim" and "un". */
function byOuterWord(keys: readonly string[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (word: string, key: string) => {
    const owners = index.get(word);
    if (owners) owners.add(key);
    else index.set(word, new Set([key]));
  };
  for (const key of keys) {
    if (!key.includes(' ')) continue;
    add(key.slice(0, key.indexOf(' ')), key);
    add(key.slice(key.lastIndexOf(' ') + 1), key);
  }
  return index;
}

/**
 * One profile from the people of a group: `entries` are the group's full-name people in article
 * order, then the bare surnames that joined it, in article order (the order `mergeProfiles` sees them).
 * @example mergeGroup("stephen biegun", [{ input, person: biegun }]).name // "Stephen Biegun"
 */
export function mergeGroup(key: string, entries: readonly Entry[]): MergedPerson {
  const byDate = [...entries].sort((a, b) => b.input.articleDate.localeCompare(a.input.articleDate) || a.input.articleId.localeCompare(b.input.articleId));
  const name = chooseName(entries);
  const forms = new Set(entries.flatMap((e) => [e.person.name, ...e.person.aliases]));
  forms.delete(name);
  const roles: DatedRole[] = [];
  const seen = new Map<string, Set<string>>(); // article id -> its roles so far
  for (const e of byDate) {
    for (const role of e.person.roles) {
      const inArticle = seen.get(e.input.articleId) ?? new Set<string>();
      seen.set(e.input.articleId, inArticle);
      if (!inArticle.has(role)) {
        inArticle.add(role);
        roles.push({ role, date: e.input.articleDate, articleId: e.input.articleId });
      }
    }
  }
  const articleIds = [...new Set(byDate.map((e) => e.input.articleId))];
  const mentions = entries.flatMap((e) => e.person.mentions.map((m) => ({ articleId: e.input.articleId, start: m.start, end: m.end })));
  const dates = entries.map((e) => e.input.articleDate).sort();
  return {
    key,
    name,
    aliases: [...forms],
    roles,
    articleIds,
    firstDate: dates[0] ?? '',
    lastDate: dates[dates.length - 1] ?? '',
    mentionCount: mentions.length,
    mentions,
  };
}

/** The full form most articles use; on a tie the longer one. */
function chooseName(entries: readonly Entry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.person.name, (counts.get(e.person.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function words(name: string): number {
  return Math.min(name.split(/\s+/).length, 2);
}
