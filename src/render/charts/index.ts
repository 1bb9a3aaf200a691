/**
 * Charts for answers, as PNG bytes from plain data (no bot types): `timelineChart` for a
 * timeline, `mentionsChart` for `who`. Vega-Lite -> SVG -> resvg, with DejaVu Sans, no browser.
 */
export { mentionsChart, mentionsChartSvg } from './mentions.ts';
export type { Mention, MentionsChartInput } from './mentions-plan.ts';
export { MENTIONS } from './mentions-plan.ts';
export type { ChartImage } from './render.ts';
export { timelineChart, timelineChartSvg } from './timeline.ts';
export type { TimelineChartEvent, TimelineChartInput } from './timeline-plan.ts';
export { TIMELINE } from './timeline-plan.ts';
