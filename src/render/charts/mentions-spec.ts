/**
 * The Vega-Lite spec of a planned mentions chart: one bar per month (or year). Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { binCenterUtc } from './axis.ts';
import { barWidth, chartConfig, COLORS, plotSize } from './chart-config.ts';
import { MENTIONS, type MentionsPlan } from './mentions-plan.ts';
import { yearOf } from './months.ts';

/**
 * The Vega-Lite spec for a plan (fixed size: `MENTIONS.frame`).
 * @example const spec = mentionsSpec(planMentions(input)!) // then specToSvg(spec)
 */
export function mentionsSpec(plan: MentionsPlan): TopLevelSpec {
  const { width, height } = plotSize(MENTIONS.frame);
  const slots = plan.unit === 'month' ? plan.last - plan.first + 1 : yearOf(plan.last) - yearOf(plan.first) + 1;
  const slot = width / slots;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    autosize: { type: 'none' },
    padding: MENTIONS.frame.padding,
    title: { text: plan.title, subtitle: plan.subtitle, limit: width },
    config: chartConfig(),
    data: { values: plan.bins.map((bin) => ({ x: binCenterUtc(bin.month, plan.unit), count: bin.count })) },
    mark: { type: 'bar', width: barWidth(slot), color: COLORS.highlight },
    encoding: {
      x: {
        field: 'x',
        type: 'temporal',
        scale: { type: 'utc', domain: [...plan.domain] },
        axis: { title: null, values: plan.xTicks.values, format: plan.xTicks.format, grid: false, labelOverlap: 'greedy' },
      },
      y: {
        field: 'count',
        type: 'quantitative',
        scale: { domain: [0, plan.maxCount], nice: false, zero: true },
        axis: { title: null, values: plan.yTicks, format: ',d', grid: true, domain: false, ticks: false },
      },
      y2: { datum: 0 },
    },
  };
}
