/**
 * Charts for the terminal and `--json`: the reply's chart written as a PNG file into a folder
 * (CHARTS_DIR, see `chartsDir` in config.ts), whose path the answer names. The
 * name ends in a hash of the picture: asking the same again writes the same file.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reply } from './core-types.ts';
import { chartWithin } from './render/chart.ts';

/**
 * Draw the reply's chart and write it to `dir`: the file's absolute path, or none (no chart for
 * this reply), or the reason it could not be drawn or written (for one log line).
 * @example const { path } = await writeChartFile(reply, chartsDir(process.env)) // "/tmp/korea-charts/chronik-2019-1a2b3c4d.png"
 */
export async function writeChartFile(reply: Reply, dir: string): Promise<{ path?: string; problem?: string }> {
  const { chart, problem } = await chartWithin(reply);
  if (!chart) return problem ? { problem } : {};
  const hash = createHash('sha256').update(chart.png).digest('hex').slice(0, 8);
  const path = join(dir, chart.filename.replace(/\.png$/, `-${hash}.png`));
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path, chart.png);
    return { path };
  } catch (error) {
    return { problem: `writing ${path} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
