/**
 * The merged timeline as packed columns: the numbers of every entry (date, articles, reports,
 * people) in one Uint32Array, the texts, people's names and distinct dates in string tables, and
 * each entry a small object reading its fields from them when asked (`StoredEntry`). About half
 * the memory of one object, array and report object per entry, and nothing to parse but the
 * string tables when a snapshot is loaded. Pure.
 */
import type { EventDate } from '../text/events/index.ts';
import type { EventReport, TimelineEntry } from './timeline-merge.ts';
import { checkDates, checkStrings } from './string-tables.ts';

/** The string tables of a packed timeline: one text per entry, each person's name and each distinct date once. */
export interface TimelineStrings {
  texts: string[];
  names: string[];
  dates: EventDate[];
}

/**
 * A packed timeline: the string tables and the numbers, laid out as
 * `[entries, articles, reports, people, date × entries, planned × entries, articleAt × (entries + 1),
 * article × articles, reportAt × (entries + 1), reportArticle, reportStart, reportEnd, reportShown
 * (× reports each), peopleAt × (entries + 1), person × people]`; entry i's articles are
 * `article[articleAt[i]..articleAt[i + 1]]` (article numbers: their place in the article list the
 * timeline was packed with), its reports and people alike.
 */
export interface PackedTimeline {
  strings: TimelineStrings;
  numbers: Uint32Array;
}

/** The columns of a packed timeline as views into its numbers, with the article list its numbers refer to. */
interface Columns extends TimelineStrings {
  ids: readonly string[];
  date: Uint32Array;
  planned: Uint32Array;
  articleAt: Uint32Array;
  article: Uint32Array;
  reportAt: Uint32Array;
  reportArticle: Uint32Array;
  reportStart: Uint32Array;
  reportEnd: Uint32Array;
  reportShown: Uint32Array;
  peopleAt: Uint32Array;
  person: Uint32Array;
}

/**
 * Pack a timeline; `numberOf` gives an article's number (throws for an article it lacks).
 * @example packTimeline(knowledge.timeline(), (id) => numberOf.get(id)!)
 */
export function packTimeline(timeline: readonly TimelineEntry[], numberOf: (id: string) => number): PackedTimeline {
  const names = new Map<string, number>();
  const dates = new Map<string, number>();
  const strings: TimelineStrings = { texts: [], names: [], dates: [] };
  const [date, planned, articleAt, article, reportAt, peopleAt, person] = [[], [], [0], [], [0], [0], []] as number[][];
  const report: number[][] = [[], [], [], []];
  for (const entry of timeline) {
    strings.texts.push(entry.text);
    const key = `${entry.date.value}\t${entry.date.precision}\t${entry.date.modifier ?? ''}`;
    if (!dates.has(key)) dates.set(key, strings.dates.push(entry.date) - 1);
    date!.push(dates.get(key)!);
    planned!.push(entry.planned ? 1 : 0);
    for (const id of entry.articleIds) article!.push(numberOf(id));
    articleAt!.push(article!.length);
    for (const r of entry.reports) [numberOf(r.articleId), r.start, r.end, r.shown ? 1 : 0].forEach((n, k) => report[k]!.push(n));
    reportAt!.push(report[0]!.length);
    for (const name of entry.people) {
      if (!names.has(name)) names.set(name, strings.names.push(name) - 1);
      person!.push(names.get(name)!);
    }
    peopleAt!.push(person!.length);
  }
  const header = [timeline.length, article!.length, report[0]!.length, person!.length];
  return { strings, numbers: Uint32Array.from([header, date!, planned!, articleAt!, article!, reportAt!, ...report, peopleAt!, person!].flat()) };
}

/**
 * The entries of a packed timeline, each reading its fields from the columns when asked; `ids[n]`
 * is the id of article number n. Throws when the numbers do not fit together (a length, a number
 * out of range, a range running backwards) or a string table holds anything but strings (dates:
 * date objects): nothing is read out of bounds or of the wrong type later.
 * @example const timeline = unpackTimeline(packTimeline(entries, number), ids); timeline[0].text
 */
export function unpackTimeline(packed: PackedTimeline, ids: readonly string[]): StoredEntry[] {
  const columns = columnsOf(packed, ids);
  const entries: StoredEntry[] = [];
  for (let row = 0; row < columns.date.length; row++) entries.push(new StoredEntry(columns, row));
  return entries;
}

/** The columns of `packed`, checked (see `unpackTimeline`). */
function columnsOf({ strings, numbers }: PackedTimeline, ids: readonly string[]): Columns {
  const { texts, names, dates } = strings;
  checkStrings(texts, 'timeline texts');
  checkStrings(names, 'timeline names');
  checkDates(dates, 'timeline dates');
  const [entries = 0, articles = 0, reports = 0, people = 0] = numbers;
  if (numbers.length !== 4 + 5 * entries + 3 + articles + 4 * reports + people || texts.length !== entries) throw new Error('timeline columns of the wrong length');
  let at = 4;
  const take = (length: number) => numbers.subarray(at, (at += length));
  const columns: Columns = {
    ...strings,
    ids,
    date: take(entries),
    planned: take(entries),
    articleAt: take(entries + 1),
    article: take(articles),
    reportAt: take(entries + 1),
    reportArticle: take(reports),
    reportStart: take(reports),
    reportEnd: take(reports),
    reportShown: take(reports),
    peopleAt: take(entries + 1),
    person: take(people),
  };
  const below = (column: Uint32Array, limit: number, what: string) => {
    for (const n of column) if (n >= limit) throw new Error(`timeline refers to a missing ${what} ${n}`);
  };
  below(columns.date, dates.length, 'date');
  below(columns.article, ids.length, 'article');
  below(columns.reportArticle, ids.length, 'article');
  below(columns.person, names.length, 'name');
  for (const [starts, total] of [
    [columns.articleAt, articles],
    [columns.reportAt, reports],
    [columns.peopleAt, people],
  ] as const) {
    if (starts[0] !== 0 || starts[entries] !== total || starts.some((n, i) => i > 0 && n < starts[i - 1]!)) throw new Error('timeline ranges out of order');
  }
  return columns;
}

/**
 * One entry of a packed timeline: its fields are read from the columns each time they are asked
 * for (lists are made anew, the date object is shared by the entries of that date). Kept as the
 * same object while the timeline is, so entries can be told apart by identity.
 * @example timeline[0].articleIds // ["a1", "a7"]; timeline[0].report(1).start // 412
 */
export class StoredEntry implements TimelineEntry {
  readonly #columns: Columns;
  readonly #row: number;

  constructor(columns: Columns, row: number) {
    this.#columns = columns;
    this.#row = row;
  }

  get date(): EventDate {
    return this.#columns.dates[this.#columns.date[this.#row]!]!;
  }
  get text(): string {
    return this.#columns.texts[this.#row]!;
  }
  get planned(): true | undefined {
    return this.#columns.planned[this.#row] === 1 ? true : undefined;
  }
  get articleIds(): string[] {
    const { article, articleAt, ids } = this.#columns;
    const found: string[] = [];
    for (let i = articleAt[this.#row]!; i < articleAt[this.#row + 1]!; i++) found.push(ids[article[i]!]!);
    return found;
  }
  /** How many articles the entry cites (without making the list). */
  get articleCount(): number {
    return this.#columns.articleAt[this.#row + 1]! - this.#columns.articleAt[this.#row]!;
  }
  /** Whether any article the entry cites passes `test` (without making the list). */
  someArticle(test: (id: string) => boolean): boolean {
    const { article, articleAt, ids } = this.#columns;
    for (let i = articleAt[this.#row]!; i < articleAt[this.#row + 1]!; i++) if (test(ids[article[i]!]!)) return true;
    return false;
  }
  /** How many reports the entry has. */
  get reportCount(): number {
    return this.#columns.reportAt[this.#row + 1]! - this.#columns.reportAt[this.#row]!;
  }
  /** Report k of the entry (0 ≤ k < `reportCount`), made anew. */
  report(k: number): EventReport {
    const c = this.#columns;
    const i = c.reportAt[this.#row]! + k;
    return { articleId: c.ids[c.reportArticle[i]!]!, start: c.reportStart[i]!, end: c.reportEnd[i]!, shown: c.reportShown[i] === 1 };
  }
  get reports(): EventReport[] {
    const reports: EventReport[] = [];
    for (let k = 0; k < this.reportCount; k++) reports.push(this.report(k));
    return reports;
  }
  get people(): string[] {
    const { person, peopleAt, names } = this.#columns;
    const people: string[] = [];
    for (let i = peopleAt[this.#row]!; i < peopleAt[this.#row + 1]!; i++) people.push(names[person[i]!]!);
    return people;
  }

  /** The entry as a plain object (what `JSON.stringify` writes; the getters are not own properties). */
  toJSON(): TimelineEntry {
    return plainEntry(this);
  }
}

/**
 * Any timeline entry as a plain object with its own fields (for comparing and writing out).
 * @example assert.deepStrictEqual(timeline.map(plainEntry), merged.map(plainEntry))
 */
export function plainEntry(entry: TimelineEntry): TimelineEntry {
  const plain: TimelineEntry = { date: entry.date, text: entry.text, articleIds: entry.articleIds, reports: entry.reports, people: entry.people };
  if (entry.planned) plain.planned = true;
  return plain;
}

/**
 * Report k of any entry: a stored entry's made alone, a plain entry's from its list.
 * @example reportOf(entry, 0).articleId // "a1"
 */
export function reportOf(entry: TimelineEntry, k: number): EventReport {
  return entry instanceof StoredEntry ? entry.report(k) : entry.reports[k]!;
}

/**
 * How many articles any entry cites (a stored entry's without making the list).
 * @example articleCountOf(timeline[0]) // 2
 */
export function articleCountOf(entry: TimelineEntry): number {
  return entry instanceof StoredEntry ? entry.articleCount : entry.articleIds.length;
}

/**
 * Whether any article an entry cites passes `test` (a stored entry's read from the columns, no list made).
 * @example someArticleOf(timeline[0], (id) => matching.has(id)) // true
 */
export function someArticleOf(entry: TimelineEntry, test: (id: string) => boolean): boolean {
  return entry instanceof StoredEntry ? entry.someArticle(test) : entry.articleIds.some(test);
}

/** How many reports any entry has (a stored entry's without making them). */
export function reportCountOf(entry: TimelineEntry): number {
  return entry instanceof StoredEntry ? entry.reportCount : entry.reports.length;
}
