/**
 * A reply's chart as a PNG: the answer carries the chart's data (`chart`), this draws it, in
 * German. Pure apart from the time it takes (the PNG is drawn on libuv's thread pool).
 */
import type { TimelineAnswer, WhoAnswer } from '../answers/types.ts';
import type { Reply } from '../core-types.ts';
import { type ChartImage, mentionsChart, type TimelineChartEvent, timelineChart } from './charts/index.ts';
import { periodLabel } from './fallback.ts';

/** A drawn chart with what an upload or a file needs. */
export interface ReplyChart extends ChartImage {
  /** File name without folder: "chronik-2020.png", "erwaehnungen-stephen-biegun.png". */
  filename: string;
  /** Title for the upload, German: "Chronik 2020", "Stephen Biegun: Erwähnungen". */
  title: string;
}

/**
 * What a reply's chart would be drawn from, or `undefined` when the reply has none.
 * @example chartOf(await core.handle("timeline 2019..2020", { lang: "de" }))?.kind // "timeline"
 */
export function chartOf(reply: Reply): { kind: 'timeline'; answer: TimelineAnswer } | { kind: 'who'; answer: WhoAnswer } | undefined {
  if (reply.kind === 'timeline' && reply.chart) return { kind: 'timeline', answer: reply };
  if (reply.kind === 'who' && reply.chart && reply.person) return { kind: 'who', answer: reply };
  return undefined;
}

/**
 * Draw a reply's chart: a timeline's events per month with the main events named, a person's
 * mentions per month. `undefined` when the reply has no chart data or the chart module finds
 * nothing worth drawing (an empty or one-month range).
 * @example const chart = await renderChart(await core.handle("timeline 2019", { lang: "de" })); chart?.width // 1600
 */
export async function renderChart(reply: Reply): Promise<ReplyChart | undefined> {
  const source = chartOf(reply);
  if (!source) return undefined;
  if (source.kind === 'timeline') {
    const answer = source.answer;
    const title = `Chronik ${periodLabel({ ...answer, lang: 'de' })}`;
    const range = answer.from ? { range: { from: answer.from, to: answer.to } } : {};
    const image = await timelineChart({ title, events: timelineEvents(answer), ...range });
    return image && { ...image, title, filename: `${slug(title)}.png` };
  }
  const name = source.answer.person!.name;
  const image = await mentionsChart({ name, mentions: (source.answer.chart?.mentions ?? []).map(({ month, count }) => ({ date: month, count })) });
  const title = `${name}: Erwähnungen`;
  return image && { ...image, title, filename: `erwaehnungen-${slug(name)}.png` };
}

/**
 * The chart module's events from the answer's counts: the main events with their labels and
 * weights, and for the rest of each month's count unlabelled events (never labelled).
 * @example timelineEvents({ chart: { months: [{ month: "2019-02", count: 2 }], main: [{ date: "2019-02-27", label: "Gipfel", weight: 3 }], skipped: 0 } }).length // 2
 */
export function timelineEvents(answer: Pick<TimelineAnswer, 'chart'>): TimelineChartEvent[] {
  const chart = answer.chart;
  if (!chart) return [];
  const events: TimelineChartEvent[] = chart.main.map((e) => ({ date: e.date, label: e.label, weight: e.weight }));
  const named = new Map<string, number>();
  for (const e of chart.main) named.set(e.date.slice(0, 7), (named.get(e.date.slice(0, 7)) ?? 0) + 1);
  for (const { month, count } of chart.months) {
    for (let i = named.get(month) ?? 0; i < count; i++) events.push({ date: month, label: '' });
  }
  return events;
}

/**
 * A file name part from a title: lower case ASCII, umlauts spelled out, dashes between words.
 * @example slug("Chronik Kaesong, 2019 – 2020") // "chronik-kaesong-2019-2020"
 */
export function slug(title: string): string {
  const spelled = title.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  // "é" -> "e" (accents dropped); then every run of other characters -> one dash: "kaesong, 2019" -> "kaesong-2019"
  const ascii = spelled.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (
    ascii
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'diagramm'
  );
}

/** How long an answer waits for its chart (the bench draws 500 events in well under a second); beyond, the answer goes without. */
export const CHART_TIME_LIMIT_MS = 3000;

/**
 * `renderChart` within a time limit, never throwing: the chart, or none with the reason (for one
 * log line) when drawing failed or took longer than `limitMs`. No chart data: neither.
 * @example const { chart, problem } = await chartWithin(reply); if (problem) logger.warn(`chart skipped: ${problem}`)
 */
export async function chartWithin(reply: Reply, limitMs = CHART_TIME_LIMIT_MS): Promise<{ chart?: ReplyChart; problem?: string }> {
  if (!chartOf(reply)) return {};
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), limitMs);
  });
  try {
    const drawn = await Promise.race([renderChart(reply), late]);
    if (drawn === 'late') return { problem: `drawing took longer than ${limitMs} ms` };
    return drawn ? { chart: drawn } : {};
  } catch (error) {
    return { problem: `drawing failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
