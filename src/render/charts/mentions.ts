/**
 * The mentions chart for `who`: how often a person is mentioned, per month or per year.
 */
import { MENTIONS, type MentionsChartInput, planMentions } from './mentions-plan.ts';
import { mentionsSpec } from './mentions-spec.ts';
import { type ChartPng, type ChartSvg, chartPng, planToSvg } from './render.ts';

/**
 * The SVG of a mentions chart (600 × 200 CSS px), with what `mentionsChart` reports, or
 * `undefined` when no chart is drawn (see `mentionsChart`). For tests.
 * @example (await mentionsChartSvg({ name: 'Anna Beispiel', mentions: ['2019-02', '2019-05'] }))?.counted // 2
 */
export async function mentionsChartSvg(input: MentionsChartInput): Promise<ChartSvg | undefined> {
  return planToSvg(planMentions(input), mentionsSpec);
}

/**
 * A small PNG (1200 × 400 px: 600 × 200 at scale 2) of how often a person is mentioned: bars per
 * month when the mentions span at most three years, per year beyond; German months and title.
 *
 * No chart (`undefined`) when no mention has a valid `YYYY-MM` or `YYYY-MM-DD` date, or all fall
 * into one month. Invalid dates (and non-positive counts) are skipped (`skipped`), never fatal.
 *
 * @example
 * const chart = await mentionsChart({
 *   name: 'Stephen Biegun',
 *   mentions: profile.articles.map((article) => article.date), // or { date, count } per month
 * });
 * if (chart) await writeFile('erwaehnungen.png', chart.png); // chart.altText for the upload
 */
export async function mentionsChart(input: MentionsChartInput): Promise<ChartPng | undefined> {
  return chartPng(await mentionsChartSvg(input), MENTIONS.scale);
}
