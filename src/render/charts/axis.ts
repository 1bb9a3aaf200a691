/**
 * Which ticks the axes show, decided here rather than by Vega so that month bars get a label
 * under the bar, long spans get year labels, and the count axis shows whole numbers only.
 */
import { binEnd, monthOf, monthStartUtc, type MonthIndex, type TimeUnit, yearOf } from './months.ts';

/** Tick positions (UTC ms) and the d3 time format for their labels. */
export interface TimeTicks {
  values: number[];
  format: string;
}

/** Middle of a bin in UTC ms. */
export function binCenterUtc(start: MonthIndex, unit: TimeUnit): number {
  return (monthStartUtc(start) + monthStartUtc(binEnd(start, unit))) / 2;
}

/**
 * Ticks for bins from `first` to `last` (first months of bins, inclusive), at most about
 * `maxTicks`: under the bars for spans up to two years of months ("Sept 2019", every 1, 2, 3 or
 * 6 months, on calendar quarters), at year starts for longer spans of months, under the year
 * bars for years ("2019", every 1, 2, 5, 10 … years).
 */
export function timeTicks(first: MonthIndex, last: MonthIndex, unit: TimeUnit, maxTicks: number): TimeTicks {
  if (unit === 'month' && last - first < 24) {
    const step = [1, 2, 3, 6, 12].find((s) => Math.ceil((last - first + 1) / s) <= maxTicks) ?? 12;
    const values: number[] = [];
    for (let m = first; m <= last; m++) if ((monthOf(m) - 1) % step === 0) values.push(binCenterUtc(m, 'month'));
    return { values, format: '%b %Y' };
  }
  const firstYear = yearOf(first);
  const lastYear = yearOf(last);
  const step = yearStep(lastYear - firstYear + 1, maxTicks);
  const values: number[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    if (unit === 'year') values.push(binCenterUtc(year * 12, 'year'));
    else if (year * 12 >= first) values.push(monthStartUtc(year * 12));
  }
  return { values, format: '%Y' };
}

function yearStep(years: number, maxTicks: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) if (Math.ceil(years / (factor * magnitude)) <= maxTicks) return factor * magnitude;
  }
}

/**
 * Whole-number ticks from 0 to at most `max`: the smallest step of 1, 2, 5 × 10ⁿ that gives at
 * most `maxTicks` ticks above 0.
 * @example countTicks(12, 4) // [0, 5, 10]
 * @example countTicks(189, 3) // [0, 50, 100, 150]
 */
export function countTicks(max: number, maxTicks: number): number[] {
  let step = 1;
  for (let magnitude = 1; Math.floor(max / step) > maxTicks; magnitude *= 10) {
    step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => Math.floor(max / s) <= maxTicks) ?? 10 * magnitude;
  }
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return ticks;
}
