/**
 * The timeline chart: events per month (or year) as bars, the main events labelled.
 */
import { type ChartPng, type ChartSvg, chartPng, planToSvg } from './render.ts';
import { planTimeline, TIMELINE, type TimelineChartInput } from './timeline-plan.ts';
import { timelineSpec } from './timeline-spec.ts';

/**
 * The SVG of a timeline chart (800 × 300 CSS px), with what `timelineChart` reports, or
 * `undefined` when no chart is drawn (see `timelineChart`). For tests.
 * @example (await timelineChartSvg(input))?.svg.includes('März 2019') // true for events from March 2019 on
 */
export async function timelineChartSvg(input: TimelineChartInput): Promise<ChartSvg | undefined> {
  return planToSvg(planTimeline(input), timelineSpec);
}

/**
 * A PNG (1600 × 600 px: 800 × 300 at scale 2) of a timeline: events per month as bars (per year
 * when the axis spans more than 15 years), up to five main events labelled ("Feb 2019: Gipfel in
 * Hanoi …", cut at 40 characters), German months on the axis and in the title lines.
 *
 * No chart (`undefined`) when no event with a valid date lies in the range (an empty range), when
 * all events fall into one month, or when the axis spans fewer than three months. Events whose
 * date is not a valid `YYYY-MM` or `YYYY-MM-DD` are skipped (counted in `skipped`), never fatal.
 *
 * @example
 * const chart = await timelineChart({
 *   title: 'Nordkorea und die USA',
 *   range: { from: '2019', to: '2020' },
 *   events: [
 *     { date: '2019-02-27', label: 'Gipfel in Hanoi endet ohne Einigung', weight: 3 },
 *     { date: '2019-06-30', label: 'Trump und Kim treffen sich in Panmunjom' },
 *     { date: '2020-06-16', label: 'Nordkorea sprengt das Verbindungsbüro in Kaesong' },
 *   ],
 * });
 * if (chart) await writeFile('zeitleiste.png', chart.png); // chart.altText for the upload
 */
export async function timelineChart(input: TimelineChartInput): Promise<ChartPng | undefined> {
  return chartPng(await timelineChartSvg(input), TIMELINE.scale);
}
