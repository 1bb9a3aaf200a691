/**
 * What a mentions chart shows, decided from plain data: the valid dates, bars per month (per
 * year for long spans), the German title lines and alt text. Pure.
 */
import { countTicks, timeTicks, type TimeTicks } from './axis.ts';
import type { ChartFrame } from './chart-config.ts';
import { binPhrase, periodPhrase } from './german-time.ts';
import { type Bin, binEnd, binStart, countBins, type MonthIndex, monthStartUtc, parseMonth, type TimeUnit } from './months.ts';
import { cleanText, cutText } from './text.ts';

/** A mention: its date, or a date and how many mentions fall on it. */
export type Mention = string | { date: string; count?: number };

/** What `mentionsChart` draws. */
export interface MentionsChartInput {
  /** The person, as the who answer names them ("Stephen Biegun"). */
  name: string;
  /** `YYYY-MM` or `YYYY-MM-DD` per mention (article date), or with a count; invalid dates are skipped. */
  mentions: readonly Mention[];
}

/** Sizes and rules of the mentions chart. */
export const MENTIONS = {
  /** Outer size of the chart in CSS px; the PNG is `scale` times larger (1200 × 400). */
  frame: { width: 600, height: 200, padding: { left: 40, right: 20, top: 48, bottom: 26 } } satisfies ChartFrame,
  scale: 2,
  /** Up to this many months (three years) the bars are months; beyond, years. */
  maxMonthBars: 36,
  nameLength: 50,
  maxXTicks: 7,
  maxYTicks: 3,
} as const;

/** Everything the mentions spec needs. */
export interface MentionsPlan {
  title: string;
  subtitle: string;
  altText: string;
  unit: TimeUnit;
  first: MonthIndex;
  last: MonthIndex;
  domain: [number, number];
  bins: Bin[];
  maxCount: number;
  xTicks: TimeTicks;
  yTicks: number[];
  counted: number;
  skipped: number;
}

/**
 * Plan a mentions chart, or `undefined` when there is nothing worth drawing: no mention with a
 * valid date, or all of them in one month.
 * @example planMentions({ name: 'Stephen Biegun', mentions: ['2019-02-27', '2019-06-30', '2020-07-08'] })?.unit // "month"
 */
export function planMentions(input: MentionsChartInput): MentionsPlan | undefined {
  const dated: Array<{ month: MonthIndex; count: number }> = [];
  let skipped = 0;
  for (const mention of Array.isArray(input.mentions) ? input.mentions : []) {
    const date = typeof mention === 'string' ? mention : mention?.date;
    const raw = typeof mention === 'object' && mention !== null ? (mention.count ?? 1) : 1;
    const count = Number.isFinite(raw) && raw > 0 ? Math.round(raw) : 0;
    const month = parseMonth(date);
    if (month === undefined || count === 0) skipped++;
    else dated.push({ month, count });
  }
  if (new Set(dated.map((d) => d.month)).size < 2) return undefined;

  const first = dated.reduce((min, d) => Math.min(min, d.month), Infinity);
  const last = dated.reduce((max, d) => Math.max(max, d.month), -Infinity);
  const unit: TimeUnit = last - first + 1 <= MENTIONS.maxMonthBars ? 'month' : 'year';
  const bins = countBins(dated, unit);
  const maxCount = bins.reduce((max, b) => Math.max(max, b.count), 0);
  const total = dated.reduce((sum, d) => sum + d.count, 0);
  const name = cutText(cleanText(input.name), MENTIONS.nameLength) || 'Unbekannt';
  // whole years when the bars are years
  const [from, to] = unit === 'year' ? [binStart(first, 'year'), binStart(last, 'year') + 11] : [first, last];
  const summary = `${total === 1 ? '1 Erwähnung' : `${total.toLocaleString('de-DE')} Erwähnungen`} ${periodPhrase(from, to)}, gezählt ${unit === 'month' ? 'pro Monat' : 'pro Jahr'}`;
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    title: `${name} in den Artikeln`,
    subtitle: summary,
    altText: `Balkendiagramm „${name} in den Artikeln“: ${summary}; die meisten ${binPhrase(busiest.month, unit)} (${busiest.count.toLocaleString('de-DE')}).`,
    unit,
    first,
    last,
    domain: [monthStartUtc(binStart(first, unit)), monthStartUtc(binEnd(binStart(last, unit), unit))],
    bins,
    maxCount,
    xTicks: timeTicks(binStart(first, unit), binStart(last, unit), unit, MENTIONS.maxXTicks),
    yTicks: countTicks(maxCount, MENTIONS.maxYTicks),
    counted: total,
    skipped,
  };
}
