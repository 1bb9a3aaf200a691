/**
 * Vega-Lite spec -> SVG -> PNG, on the server, without a browser or network: Vega-Lite compiles
 * the spec, a headless Vega view (`renderer: 'none'`) writes the SVG, resvg draws it with the
 * project's DejaVu Sans files only (`loadSystemFonts: false`), off the event loop.
 */
import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';
import { installTextMetrics } from './font-metrics.ts';

/** A chart as an image: PNG bytes and what to say about it. */
export interface ChartImage {
  png: Buffer;
  /** Pixel size of the PNG (the SVG size times `scale`). */
  width: number;
  height: number;
  /** One German sentence describing the chart, for the upload's alt text. */
  altText: string;
}

/**
 * The SVG of a Vega-Lite spec, and the warnings Vega-Lite and Vega gave (collected, not printed;
 * the charts' tests expect none). Data must be inline (`values`): the view's loader refuses every
 * URL and file, so a spec cannot read the network or the disk.
 * @example const { svg, warnings } = await specToSvg(timelineSpec(plan)) // svg starts with "<svg", warnings []
 */
export async function specToSvg(spec: TopLevelSpec): Promise<{ svg: string; warnings: string[] }> {
  installTextMetrics();
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (_method, level, args) => {
    warnings.push(`${level} ${args.map(String).join(' ')}`);
  });
  const { spec: vegaSpec } = compile(spec, { logger });
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', loader: noLoader, logger });
  try {
    return { svg: await view.toSVG(), warnings };
  } finally {
    view.finalize();
  }
}

const noLoader = vega.loader({ mode: 'http' });
noLoader.load = () => Promise.reject(new Error('charts load no data: pass values inline'));
noLoader.sanitize = () => Promise.reject(new Error('charts load no data: pass values inline'));

/**
 * Draw an SVG to PNG at `scale` times its size, with DejaVu Sans (regular and bold) as the only
 * fonts. Runs on libuv's thread pool (`renderAsync`), so the bot keeps answering meanwhile.
 * @example const { png, width } = await svgToPng(svg, 2) // width 1600 for an 800 px wide SVG
 */
export async function svgToPng(svg: string, scale: number): Promise<{ png: Buffer; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: 'white',
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** What a chart's plan tells about its data, carried into the result. */
export interface PlanSummary {
  altText: string;
  /** Events or mentions counted into the bars. */
  counted: number;
  /** Inputs skipped for an invalid date. */
  skipped: number;
}

/** A chart drawn as SVG, with the plan's summary and the renderers' warnings. */
export type ChartSvg = { svg: string; warnings: string[] } & PlanSummary;

/** A chart drawn as PNG, with the plan's summary. */
export type ChartPng = ChartImage & Omit<PlanSummary, 'altText'>;

/**
 * Draw a plan as SVG through its spec; undefined when there is no plan (nothing worth drawing).
 * @example const drawn = await planToSvg(planTimeline(input), timelineSpec) // { svg, warnings, altText, counted, skipped }
 */
export async function planToSvg<Plan extends PlanSummary>(plan: Plan | undefined, spec: (plan: Plan) => TopLevelSpec): Promise<ChartSvg | undefined> {
  if (!plan) return undefined;
  return { ...(await specToSvg(spec(plan))), altText: plan.altText, counted: plan.counted, skipped: plan.skipped };
}

/**
 * The PNG of a drawn SVG chart at `scale`, keeping its summary; undefined stays undefined.
 * @example const chart = await chartPng(await timelineChartSvg(input), TIMELINE.scale) // { png, width: 1600, height: 600, … }
 */
export async function chartPng(drawn: ChartSvg | undefined, scale: number): Promise<ChartPng | undefined> {
  if (!drawn) return undefined;
  return { ...(await svgToPng(drawn.svg, scale)), altText: drawn.altText, counted: drawn.counted, skipped: drawn.skipped };
}
