/**
 * What every chart spec shares: the font (the same family resvg loads, so measuring and drawing
 * agree), German number and time formats, quiet colours, and a fixed layout (`autosize: none`
 * with explicit padding, so the SVG, and the PNG, always have the same size).
 */
import type { TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY } from './fonts.ts';
import { GERMAN_NUMBER_LOCALE, GERMAN_TIME_LOCALE } from './german-time.ts';
import { type MonthIndex, type TimeUnit, yearOf } from './months.ts';

/** Vega-Lite's config type. */
export type Config = NonNullable<TopLevelSpec['config']>;

/** Colours: bars, bars that carry a label, label text and leaders, grid. */
export const COLORS = { bar: '#7f9cbf', highlight: '#1f4e79', text: '#222222', muted: '#666666', grid: '#e3e3e3' } as const;

/** A chart's outer size in CSS px and the space around its plot. */
export interface ChartFrame {
  width: number;
  height: number;
  padding: { left: number; right: number; top: number; bottom: number };
}

/**
 * What every chart spec starts with: the schema, the fixed frame, the title lines and the shared config.
 * @example ({ ...specFrame(TIMELINE.frame, "Chronik 2019", "57 Ereignisse"), layer: [...] })
 */
export function specFrame(frame: ChartFrame, title: string, subtitle: string | undefined) {
  const { width, height } = plotSize(frame);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    autosize: { type: 'none' as const },
    padding: frame.padding,
    title: { text: title, subtitle, limit: width },
    config: chartConfig(),
  };
}

/**
 * The width of one bar's slot: the plot's width over the months (or years) from `first` to `last`.
 * @example slotWidth(732, monthIndex(2019, 1), monthIndex(2019, 12), 'month') // 61
 */
export function slotWidth(width: number, first: MonthIndex, last: MonthIndex, unit: TimeUnit): number {
  return width / (unit === 'month' ? last - first + 1 : yearOf(last) - yearOf(first) + 1);
}

/**
 * The plot's size inside a frame.
 * @example plotSize(TIMELINE.frame) // { width: 732, height: 216 }
 */
export function plotSize(frame: ChartFrame): { width: number; height: number } {
  return {
    width: frame.width - frame.padding.left - frame.padding.right,
    height: frame.height - frame.padding.top - frame.padding.bottom,
  };
}

/** The Vega-Lite config of every chart. */
export function chartConfig(): Config {
  return {
    font: FONT_FAMILY,
    // no ARIA attributes: the PNG cannot carry them, and the upload gets an alt text instead
    aria: false,
    locale: { number: GERMAN_NUMBER_LOCALE, time: GERMAN_TIME_LOCALE },
    background: 'white',
    view: { stroke: null },
    axis: { labelFontSize: 10, labelColor: COLORS.muted, tickColor: COLORS.grid, domainColor: '#999999', gridColor: COLORS.grid, titleFontSize: 10 },
    title: { anchor: 'start', frame: 'bounds', fontSize: 14, fontWeight: 'bold', color: COLORS.text, subtitleFontSize: 11, subtitleColor: COLORS.muted, offset: 10 },
  };
}

/**
 * Width of a bar in a slot `slot` px wide: 15 % gap (at least 1 px) once bars are 4 px wide, so
 * months of 28 and 31 days, drawn at their centre with one width, never touch.
 */
export function barWidth(slot: number): number {
  return slot >= 4 ? slot - Math.max(1, slot * 0.15) : slot;
}
