/**
 * What the charts of `timeline` and `who` show, as plain data in the answer (the adapters draw
 * the PNG): entries per month over the whole range with the main entries, mentions per month.
 */
import type { DateRange } from '../query/index.ts';
import type { TimelineEntry } from '../knowledge/view.ts';
import { articleCountOf } from '../knowledge/view.ts';
import type { MonthCount, TimelineChartData } from './types.ts';

/** A chart needs an axis spanning at least this many months, with entries in two of them (as the chart module draws). */
export const CHART_MIN_MONTHS = 3;
/** Label candidates carried in the answer: the chart labels at most 5, and one that does not fit gives way to the next. */
export const CHART_MAIN_EVENTS = 15;

/**
 * The chart input for a timeline's entries (all of the range, oldest first), or `undefined` when no
 * chart is worth drawing: entries dated to a month in fewer than two months, or an axis (the range
 * asked for, else first to last entry) shorter than `CHART_MIN_MONTHS`.
 * @example timelineChartData(entries, { from: "2019", to: "2020" })?.months[0] // { month: "2019-02", count: 3 }
 */
export function timelineChartData(entries: readonly TimelineEntry[], range: DateRange | undefined): TimelineChartData | undefined {
  const counts = new Map<string, number>();
  // per month, the entry cited by most articles (ties: the earlier one); one pass, a year can have thousands
  const best = new Map<string, { entry: TimelineEntry; order: number }>();
  let skipped = 0;
  entries.forEach((entry, order) => {
    if (entry.date.precision !== 'month' && entry.date.precision !== 'day') return void skipped++;
    const month = entry.date.value.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
    const held = best.get(month);
    if (!held || articleCountOf(entry) > articleCountOf(held.entry)) best.set(month, { entry, order });
  });
  const months = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }));
  if (months.length < 2) return undefined;
  const first = range ? monthNumber(range.from, 'start') : monthNumber(months[0]!.month, 'start');
  const last = range ? monthNumber(range.to, 'end') : monthNumber(months.at(-1)!.month, 'end');
  if (first === undefined || last === undefined || last - first + 1 < CHART_MIN_MONTHS) return undefined;
  // most cited first (ties: the busier month, then the earlier entry)
  const main = [...best]
    .sort(([ma, a], [mb, b]) => b.entry.articleIds.length - a.entry.articleIds.length || counts.get(mb)! - counts.get(ma)! || a.order - b.order)
    .slice(0, CHART_MAIN_EVENTS)
    .map(([, { entry }]) => ({ date: entry.date.value, label: entry.text, weight: entry.articleIds.length }));
  return { months, main, skipped };
}

/**
 * Mentions per month from the dates of the articles that mention a person (one date per mention),
 * or `undefined` when they fall into fewer than two months (no chart).
 * @example mentionCounts(["2019-02-27", "2019-02", "2020-07-01"]) // [{ month: "2019-02", count: 2 }, { month: "2020-07", count: 1 }]
 */
export function mentionCounts(dates: readonly string[]): MonthCount[] | undefined {
  const counts = new Map<string, number>();
  // "2019-02-27" / "2019-02" -> "2019-02"; a year alone ("2019") has no month and is left out
  for (const date of dates) if (/^\d{4}-\d{2}/.test(date)) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  if (counts.size < 2) return undefined;
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }));
}

/** Months since year 0 of a `YYYY` or `YYYY-MM[-DD]` bound: a year alone is its January (start) or December (end). */
function monthNumber(bound: string, side: 'start' | 'end'): number | undefined {
  // "2019" -> 2019-01 or 2019-12; "2019-03" and "2019-03-27" -> 2019-03
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(bound);
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) : side === 'start' ? 1 : 12;
  return Number(match[1]) * 12 + month - 1;
}
