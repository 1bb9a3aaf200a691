/**
 * The one table of month words users type, for both grammars (commands and search). The two
 * grammars have always read slightly different spellings; each keeps its own (see `readers`).
 * Month names for writing dates come from dayjs's locales (calendar/); the date tagger keeps
 * its own parsing lexicon (text/dates/).
 */

/** Which grammar reads a month word: commands ("timeline Juli 2020") or free-text search. */
export type MonthReader = 'command' | 'search';

interface MonthRow {
  /** Words both grammars read, lower case. */
  both: readonly string[];
  /** Words only commands read (English names, "Feber"). */
  command?: readonly string[];
  /** Words only search reads (folded and three-letter forms). */
  search?: readonly string[];
}

// one row per month, January first
const ROWS: readonly MonthRow[] = [
  { both: ['januar', 'jan', 'jänner'], command: ['january'], search: ['jaenner'] },
  { both: ['februar', 'feb'], command: ['february', 'feber'] },
  { both: ['maerz', 'märz'], command: ['march'], search: ['mar'] },
  { both: ['april', 'apr'] },
  { both: ['mai'], command: ['may'] },
  { both: ['juni'], command: ['june'], search: ['jun'] },
  { both: ['juli'], command: ['july'], search: ['jul'] },
  { both: ['august', 'aug'] },
  { both: ['september', 'sep', 'sept'] },
  { both: ['oktober', 'okt'], command: ['october', 'oct'] },
  { both: ['november', 'nov'] },
  { both: ['dezember', 'dez'], command: ['december', 'dec'] },
];

const BY_READER: Readonly<Record<MonthReader, ReadonlyMap<string, number>>> = {
  command: wordsFor('command'),
  search: wordsFor('search'),
};

function wordsFor(reader: MonthReader): ReadonlyMap<string, number> {
  return new Map(ROWS.flatMap((row, i) => [...row.both, ...(row[reader] ?? [])].map((word) => [word, i + 1] as const)));
}

/**
 * The month (1..12) a word names for a grammar, case-insensitive.
 * @example monthNumber("Juli", "command") // 7
 * @example monthNumber("july", "search") // undefined
 */
export function monthNumber(word: string, reader: MonthReader): number | undefined {
  return BY_READER[reader].get(word.toLowerCase());
}

/**
 * The month words a grammar reads, lower case (for building a pattern).
 * @example monthWords("search").includes("jul") // true
 */
export function monthWords(reader: MonthReader): string[] {
  return [...BY_READER[reader].keys()];
}
