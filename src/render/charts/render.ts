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
 */
export async function svgToPng(svg: string, scale: number): Promise<{ png: Buffer; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    background: 'white',
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}
