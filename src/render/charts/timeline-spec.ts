/**
 * The Vega-Lite spec of a planned timeline chart: bars per month (or year), the labelled bars
 * darker, each label in its lane above the bars with a leader line down to its bar. Pure.
 */
import type { TopLevelSpec } from 'vega-lite';
import { barWidth, COLORS, plotSize, slotWidth, specFrame } from './chart-config.ts';
import { LEADER_GAP } from './labels.ts';
import { binCenterUtc } from './axis.ts';
import { TIMELINE, type TimelinePlan } from './timeline-plan.ts';

/**
 * The Vega-Lite spec for a plan (fixed size: `TIMELINE.frame`).
 * @example const spec = timelineSpec(planTimeline(input)!) // then specToSvg(spec)
 */
export function timelineSpec(plan: TimelinePlan): TopLevelSpec {
  const { width, height } = plotSize(TIMELINE.frame);
  const band = plan.lanes === 0 ? 0 : plan.lanes * TIMELINE.laneHeight + 6;
  // px from the top of the plot -> value on the count axis (linear, 0 at the bottom, yMax at the top)
  const value = (px: number) => plan.yMax * (1 - px / height);
  const baseline = (lane: number) => band - 6 - lane * TIMELINE.laneHeight - 3;
  const highlighted = new Set(plan.labels.map((l) => l.x));
  const bars = plan.bins.map((bin) => ({ x: binCenterUtc(bin.month, plan.unit), count: bin.count, labelled: highlighted.has(binCenterUtc(bin.month, plan.unit)) }));
  // bars are drawn at their centre with a fixed width (Vega-Lite warns about a layered x2 with an explicit domain)
  const slot = slotWidth(width, plan.first, plan.last, plan.unit);
  const labels = plan.labels.map((l) => ({
    x: l.x,
    text: l.text,
    align: l.align,
    count: l.count,
    top: value(baseline(l.lane) - TIMELINE.labelFontSize * 0.75),
    baseline: value(baseline(l.lane)),
  }));
  // every layer shares these scales: the axis spans the whole range, the count axis reaches over the labels
  const x = () => ({ field: 'x', type: 'temporal' as const, scale: { type: 'utc' as const, domain: [...plan.domain] } });
  const y = (field: string) => ({ field, type: 'quantitative' as const, scale: { domain: [0, plan.yMax], nice: false, zero: true } });
  const textLayer = (align: 'left' | 'right') => ({
    data: { values: labels.filter((l) => l.align === align) },
    mark: { type: 'text' as const, align, baseline: 'alphabetic' as const, dx: align === 'left' ? LEADER_GAP : -LEADER_GAP, fontSize: TIMELINE.labelFontSize, color: COLORS.text },
    encoding: { x: x(), y: y('baseline'), text: { field: 'text', type: 'nominal' as const } },
  });

  return {
    ...specFrame(TIMELINE.frame, plan.title, plan.subtitle),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', width: barWidth(slot) },
        encoding: {
          x: {
            ...x(),
            axis: { title: null, values: plan.xTicks.values, format: plan.xTicks.format, grid: false, labelOverlap: 'greedy' },
          },
          y: {
            ...y('count'),
            axis: { title: null, values: plan.yTicks, format: ',d', grid: true, domain: false, ticks: false },
          },
          y2: { datum: 0 },
          color: { condition: { test: 'datum.labelled', value: COLORS.highlight }, value: COLORS.bar },
        },
      },
      ...(labels.length === 0
        ? []
        : [
            {
              data: { values: labels },
              mark: { type: 'rule' as const, color: COLORS.muted, strokeWidth: 1 },
              encoding: { x: x(), y: y('top'), y2: { field: 'count' } },
            },
            textLayer('left'),
            textLayer('right'),
          ]),
    ],
  };
}
