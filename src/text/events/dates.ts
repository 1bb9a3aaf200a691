/**
 * Comparing and ordering event dates: whether two can name the same moment, and timeline order
 * (oldest first, coarser before finer).
 */
import type { EventDate } from './types.ts';

/** Precisions from coarse to fine. */
export const PRECISION_RANK: Readonly<Record<string, number>> = { decade: 0, year: 1, month: 2, day: 3 };
const MODIFIER_RANK: Readonly<Record<string, string>> = { early: '0', mid: '1', late: '2' };

/**
 * Whether two dates can name the same moment: equal, or one inside the other ("2019-02" and
 * "2019-02-28"; "2019" and "2019-02"). Modifiers must not contradict ("Anfang" vs "Ende").
 * @example compatibleDates({ value: "2019-02", precision: "month" }, { value: "2019-02-28", precision: "day" }) // true
 */
export function compatibleDates(a: EventDate, b: EventDate): boolean {
  const [coarse, fine] = PRECISION_RANK[a.precision]! <= PRECISION_RANK[b.precision]! ? [a, b] : [b, a];
  if (!fine.value.startsWith(coarse.value)) return false;
  if (coarse.precision === fine.precision) return !coarse.modifier || !fine.modifier || coarse.modifier === fine.modifier;
  if (!coarse.modifier || coarse.precision === 'decade') return true;
  // "Mitte 1999" is not "24. März 1999"; "Ende Februar" may be the 28th
  const part = Number(fine.value.split('-')[coarse.precision === 'year' ? 1 : 2]);
  const [from, to] = (coarse.precision === 'year' ? YEAR_PARTS : MONTH_PARTS)[coarse.modifier]!;
  return part >= from && part <= to;
}

/** Which months "Anfang", "Mitte", "Ende" of a year may mean (generously overlapping). */
const YEAR_PARTS: Readonly<Record<string, [number, number]>> = { early: [1, 4], mid: [4, 9], late: [9, 12] };
/** Which days "Anfang", "Mitte", "Ende" of a month may mean. */
const MONTH_PARTS: Readonly<Record<string, [number, number]>> = { early: [1, 11], mid: [9, 22], late: [19, 31] };

/**
 * A key that sorts dates oldest first, coarser dates before finer ones in the same period:
 * year (a decade at its first year), month, day, then early/mid/late.
 * @example timelineSortKey({ value: "2019-02", precision: "month", modifier: "late" }) // "2019-02-00-2"
 */
export function timelineSortKey(date: EventDate): string {
  const [y = '0', m = '00', d = '00'] = date.value.split('-');
  const year = date.precision === 'decade' ? `${y}0` : y;
  return `${year.padStart(4, '0')}-${m}-${d}-${MODIFIER_RANK[date.modifier ?? 'mid']}`;
}

/**
 * Timeline entries sorted oldest first (see `timelineSortKey`); entries of one date keep their order.
 * @example inTimelineOrder([entry2020, entry1953]) // [entry1953, entry2020]
 */
export function inTimelineOrder<T extends { date: EventDate }>(entries: T[]): T[] {
  const keys = new Map(entries.map((e) => [e, timelineSortKey(e.date)]));
  return entries.sort((a, b) => keys.get(a)!.localeCompare(keys.get(b)!));
}
