/**
 * What every chart spec shares: the font (the same family resvg loads, so measuring and drawing
 * agree), German number and time formats, quiet colours, and a fixed layout (`autosize: none`
 * with explicit padding, so the SVG, and the PNG, always have the same size).
 */
import type { TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY } from './fonts.ts';
import { GERMAN_NUMBER_LOCALE, GERMAN_TIME_LOCALE } from './german-time.ts';

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

/** The plot's size inside a frame. */
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
