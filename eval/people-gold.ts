/**
 * Eval helper: the people gold (`test/fixtures/gold/people.jsonl`), which of its sets a run may read,
 * and the rule by which the blind sets were taken. Sets never looked at are gated: their lines are
 * dropped while the file is read unless the run asks for them (`--blind`), so nothing of them is
 * loaded, extracted or printed by accident. Evals only; no extraction here.
 */
import { fnv1a } from './fnv.ts';

/** One person of an article: the name as written, the other forms the article uses, the roles it gives them. */
export interface GoldPerson {
  name: string;
  aliases: string[];
  roles?: string[];
}

/** One annotated article: every person it names (none is a valid answer). */
export interface GoldArticle {
  article: string;
  corpus: string;
  /** Missing means "tuned". */
  set?: string;
  persons: GoldPerson[];
}

/** The blind sets, in the order the rule took them (each the next 15 ids by hash). */
export const BLIND_SETS = ['blind-2026-12-07', 'blind2-2026-12-07', 'blind3-2026-12-07', 'blind4-2026-12-07', 'blind5-2026-12-07', 'blind6-2026-12-07', 'blind7-2026-12-07', 'blind8-2026-12-07'] as const;
/** Every set of the gold: the articles looked at while developing, then the blind sets. */
export const PEOPLE_SETS: readonly string[] = ['tuned', ...BLIND_SETS];
/**
 * Sets whose misses `--verbose` lists: the tuned set, the first blind set (looked at since the roles2
 * round, 2026-12-07), blind2/blind3 (since the roles3 round) and blind4 (since the roles4 round, the
 * same day, after it had been measured once, blind), blind5 (since the roles5 round, after the
 * lead had measured it twice, blind), blind6 (since the roles6 round, after it had been measured
 * three times, blind) and blind7 (since the roles8 round, after it had been measured five times, blind).
 */
export const LOOKED_AT: ReadonlySet<string> = new Set([
  'tuned',
  'blind-2026-12-07',
  'blind2-2026-12-07',
  'blind3-2026-12-07',
  'blind4-2026-12-07',
  'blind5-2026-12-07',
  'blind6-2026-12-07',
  'blind7-2026-12-07',
]);
/** Sets never looked at: skipped unless `--blind`, and never listed (blind8 since it was written; blind7 is looked at since the roles8 round). */
export const UNSEEN: ReadonlySet<string> = new Set(['blind8-2026-12-07']);
/** Articles per blind set. */
export const BLIND_SET_SIZE = 15;

/** The set of a gold line ("tuned" when the field is missing). */
export const setOf = (g: GoldArticle): string => g.set ?? 'tuned';

/**
 * Parse the gold (one JSON object a line, blank lines ignored), dropping every line of an unseen set
 * unless `withBlind`. A line with an unknown set is an error (it would otherwise be scored and listed).
 * @example parsePeopleGold(text, false) // the tuned set and the blind sets looked at
 */
export function parsePeopleGold(text: string, withBlind: boolean): GoldArticle[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldArticle)
    .filter((g) => {
      const set = setOf(g);
      if (!PEOPLE_SETS.includes(set)) throw new Error(`people gold: unknown set "${set}" (${g.article})`);
      return withBlind || !UNSEEN.has(set);
    });
}

/**
 * The rule the blind sets were taken by: the wikinews-de ids sorted by FNV-1a of the id (ascending),
 * without those of the tuned set, cut into blocks of BLIND_SET_SIZE, one per blind set in order.
 * @example blindSetsByRule(allIds, tunedIds)[3] // the 15 ids of "blind4-2026-12-07"
 */
export function blindSetsByRule(ids: readonly string[], tuned: ReadonlySet<string>): string[][] {
  const order = ids.filter((id) => !tuned.has(id)).sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
  return BLIND_SETS.map((_, i) => order.slice(i * BLIND_SET_SIZE, (i + 1) * BLIND_SET_SIZE));
}
