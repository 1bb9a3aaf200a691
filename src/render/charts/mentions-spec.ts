/**
 * The Vega-Lite spec of a planned mentions chart: one bar per month (or year). Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { binCenterUtc } from './axis.ts';
import { barWidth, COLORS, plotSize, slotWidth, specFrame } from './chart-config.ts';
import { MENTIONS, type MentionsPlan } from './mentions-plan.ts';

/**
 * The Vega-Lite spec for a plan (fixed size: `MENTIONS.frame`).
 * @example const spec = mentionsSpec(planMentions(input)!) // then specToSvg(spec)
 */
export function mentionsSpec(plan: MentionsPlan): TopLevelSpec {
  const { width } = plotSize(MENTIONS.frame);
  const slot = slotWidth(width, plan.first, plan.last, plan.unit);
  return {
    ...specFrame(MENTIONS.frame, plan.title, plan.subtitle),
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
