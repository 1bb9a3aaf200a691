/**
 * The chart that goes with an answer on the preview page: the same as in Slack and the terminal
 * (`render/chart.ts`, from the chart data the answer carries: for a timeline, events per month
 * over the whole period; for `who`, the person's mentions over time), kept in a small cache so
 * the page can link to it as `/chart/<id>.png`.
 */
import { randomUUID } from 'node:crypto';
import type { ReplyChart } from '../render/chart.ts';

/** A drawn chart: PNG bytes and the text that describes it. */
type PreviewChart = Pick<ReplyChart, 'png' | 'altText'>;

/**
 * The last few charts drawn, by id, for `/chart/<id>.png`.
 * @example const id = cache.add(chart); cache.get(id)?.png
 */
export class ChartCache {
  private readonly charts = new Map<string, PreviewChart>();

  constructor(private readonly size = 32) {}

  add(chart: PreviewChart): string {
    const id = randomUUID();
    this.charts.set(id, chart);
    for (const oldest of this.charts.keys()) {
      if (this.charts.size <= this.size) break;
      this.charts.delete(oldest);
    }
    return id;
  }

  get(id: string): PreviewChart | undefined {
    return this.charts.get(id);
  }
}
