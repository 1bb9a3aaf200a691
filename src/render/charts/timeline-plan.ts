/**
 * What a timeline chart shows, decided from plain data before any drawing: which events count,
 * the bars, the span, the labelled events and their lanes, the German title lines. Pure.
 */
import { binCenterUtc, countTicks, timeTicks, type TimeTicks } from './axis.ts';
import { type ChartFrame, plotSize } from './chart-config.ts';
import { textWidth } from './font-metrics.ts';
import { binPhrase, formatMonth, periodPhrase } from './german-time.ts';
import { type LabelCandidate, pickLabels, placeLabels } from './labels.ts';
import { type Bin, binEnd, binStart, countBins, type MonthIndex, monthStartUtc, parseBound, parseMonth, type TimeUnit } from './months.ts';
import { cleanText, cutText } from './text.ts';

/** One event on a timeline chart. */
export interface TimelineChartEvent {
  /** `YYYY-MM` or `YYYY-MM-DD`; anything else (a year alone, a decade, a typo) is skipped. */
  date: string;
  /** What happened, as the timeline lists it; cut to `TIMELINE.labelLength` characters on the chart. */
  label: string;
  /** Importance for choosing the labelled events (higher first); without any weights the busiest months are labelled. */
  weight?: number;
}

/** What `timelineChart` draws. */
export interface TimelineChartInput {
  /** Chart title, e.g. "Nordkorea und die USA, 2019 bis 2020" (cut to `TIMELINE.titleLength` characters). */
  title: string;
  events: readonly TimelineChartEvent[];
  /**
   * The period asked for (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year alone is January or December).
   * Sets the axis; events outside are left out. Without it (or a bound that cannot be read) the axis
   * runs from the first to the last event.
   */
  range?: { from?: string; to?: string };
  /** How many events to label, at most `TIMELINE.labels` (the default); 0 for none. */
  maxLabels?: number;
}

/** Sizes and rules of the timeline chart. */
export const TIMELINE = {
  /** Outer size of the chart in CSS px; the PNG is `scale` times larger (1600 × 600). */
  frame: { width: 800, height: 300, padding: { left: 44, right: 24, top: 56, bottom: 28 } } satisfies ChartFrame,
  scale: 2,
  /** A chart needs an axis spanning at least this many months, and events in at least two of them. */
  minMonths: 3,
  /** Up to this many months the bars are months; beyond, years (15 years of months are bars 4 px wide). */
  maxMonthBars: 180,
  labels: 5,
  labelLength: 40,
  titleLength: 80,
  labelFontSize: 11,
  laneHeight: 15,
  maxXTicks: 9,
  maxYTicks: 4,
} as const;

/** A labelled event, placed. */
export interface PlacedLabel {
  /** The text drawn: short month, then the cut label ("Feb 2019: Gipfel in Hanoi …"). */
  text: string;
  /** Centre of its bar (UTC ms), where the leader line is. */
  x: number;
  /** The bar's height (event count). */
  count: number;
  lane: number;
  align: 'left' | 'right';
}

/** Everything the timeline spec needs. */
export interface TimelinePlan {
  title: string;
  subtitle: string;
  altText: string;
  unit: TimeUnit;
  /** First and last month of the axis. */
  first: MonthIndex;
  last: MonthIndex;
  /** Axis domain in UTC ms: start of `first` to the end of `last`'s bin. */
  domain: [number, number];
  bins: Bin[];
  labels: PlacedLabel[];
  /** Lanes used by labels (the band above the bars is this high). */
  lanes: number;
  /** Top of the count axis: bars reach `maxCount`, the labels sit between it and `yMax`. */
  maxCount: number;
  yMax: number;
  xTicks: TimeTicks;
  yTicks: number[];
  /** Events drawn, and events skipped for a date that is not a valid month or day. */
  counted: number;
  skipped: number;
}

/**
 * Plan a timeline chart, or `undefined` when there is nothing worth drawing: no event with a
 * valid date in the range (an empty range), all events in one month, or an axis shorter than
 * `TIMELINE.minMonths` months.
 * @example planTimeline({ title: 'Korea 2019', events: [{ date: '2019-02-27', label: 'Gipfel in Hanoi' }, { date: '2019-06', label: 'Treffen in Panmunjom' }] })?.unit // "month"
 */
export function planTimeline(input: TimelineChartInput): TimelinePlan | undefined {
  const from = parseBound(input.range?.from, 'start');
  const to = parseBound(input.range?.to, 'end');
  const dated: Array<{ month: MonthIndex; event: TimelineChartEvent; order: number }> = [];
  let skipped = 0;
  (Array.isArray(input.events) ? input.events : []).forEach((event, order) => {
    const month = parseMonth(event?.date);
    if (month === undefined) skipped++;
    else if ((from === undefined || month >= from) && (to === undefined || month <= to)) dated.push({ month, event, order });
  });
  if (dated.length === 0) return undefined;
  const months = dated.map((d) => d.month);
  const first = from ?? months.reduce((a, b) => Math.min(a, b));
  const last = to ?? months.reduce((a, b) => Math.max(a, b));
  if (last - first + 1 < TIMELINE.minMonths || new Set(months).size < 2) return undefined;

  const unit: TimeUnit = last - first + 1 <= TIMELINE.maxMonthBars ? 'month' : 'year';
  const bins = countBins(
    dated.map((d) => ({ month: d.month, count: 1 })),
    unit,
  );
  const counts = new Map(bins.map((b) => [b.month, b.count]));
  const maxCount = bins.reduce((max, b) => Math.max(max, b.count), 0);
  const domain: [number, number] = [monthStartUtc(binStart(first, unit)), monthStartUtc(binEnd(binStart(last, unit), unit))];

  const candidates = dated.map(
    ({ month, event, order }): LabelCandidate => ({
      order,
      month,
      bin: binStart(month, unit),
      text: cleanText(event.label),
      ...(typeof event.weight === 'number' && Number.isFinite(event.weight) ? { weight: event.weight } : {}),
    }),
  );
  const asked = Number.isFinite(input.maxLabels) ? Math.floor(input.maxLabels as number) : TIMELINE.labels;
  const maxLabels = Math.max(0, Math.min(TIMELINE.labels, asked));
  // more candidates than labels: one that cannot be placed gives way to the next
  const picked = pickLabels(candidates, counts, maxLabels * 3).map((c) => ({
    ...c,
    text: `${formatMonth(c.month, 'short')}: ${cutText(c.text, TIMELINE.labelLength)}`,
    x: binCenterUtc(c.bin, unit),
  }));
  const plot = plotSize(TIMELINE.frame);
  const px = (utc: number) => ((utc - domain[0]) / (domain[1] - domain[0])) * plot.width;
  const placements = placeLabels(
    picked.map((p) => ({ x: px(p.x), width: textWidth(p.text, TIMELINE.labelFontSize) })),
    plot.width,
    maxLabels,
    maxLabels,
  );
  const labels: PlacedLabel[] = [];
  picked.forEach((p, i) => {
    const place = placements[i];
    if (place) labels.push({ text: p.text, x: p.x, count: counts.get(p.bin) ?? 0, lane: place.lane, align: place.align });
  });
  const lanes = labels.length === 0 ? 0 : Math.max(...labels.map((l) => l.lane)) + 1;
  // the bars fill the plot below the label lanes: the count axis runs higher than the tallest bar
  const band = lanes === 0 ? 0 : lanes * TIMELINE.laneHeight + 6;
  const yMax = (maxCount * plot.height) / (plot.height - band);

  const title = cutText(cleanText(input.title), TIMELINE.titleLength) || 'Zeitleiste';
  const events = dated.length === 1 ? '1 Ereignis' : `${dated.length} Ereignisse`;
  // whole years when the bars are years
  const [shownFirst, shownLast] = unit === 'year' ? [binStart(first, 'year'), binStart(last, 'year') + 11] : [first, last];
  const summary = `${events} ${periodPhrase(shownFirst, shownLast)}, gezählt ${unit === 'month' ? 'pro Monat' : 'pro Jahr'}`;
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  const named = [...labels].sort((a, b) => a.x - b.x).map((l) => l.text);
  const altText =
    `Balkendiagramm „${title}“: ${summary}; die meisten ${binPhrase(busiest.month, unit)} (${busiest.count}).` +
    (named.length > 0 ? ` Beschriftet: ${named.join('; ')}${named.at(-1)!.endsWith('…') ? '' : '.'}` : '');

  return {
    title,
    subtitle: summary,
    altText,
    unit,
    first,
    last,
    domain,
    bins,
    labels,
    lanes,
    maxCount,
    yMax,
    xTicks: timeTicks(binStart(first, unit), binStart(last, unit), unit, TIMELINE.maxXTicks),
    yTicks: countTicks(maxCount, TIMELINE.maxYTicks),
    counted: dated.length,
    skipped,
  };
}
