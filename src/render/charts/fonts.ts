/**
 * The chart font: DejaVu Sans from the `dejavu-fonts-ttf` package the project installs, so a
 * chart looks the same on every machine (no system fonts, no network). Vega is told the same
 * family name, and measures text with the same files (see `font-metrics.ts`).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family name Vega writes into the SVG and resvg looks up in the loaded files. */
export const FONT_FAMILY = 'DejaVu Sans';

/** Paths of the regular and bold faces (titles are bold). */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
