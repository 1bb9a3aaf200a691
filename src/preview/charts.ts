/**
 * The chart that goes with an answer on the preview page: for a timeline, events per month over
 * the whole period (every page of it, fetched through the core as "Mehr" would); for `who`, the
 * person's mentions over time. Drawn with `render/charts` (PNG, no browser) and kept in a small
 * cache so the page can link to it as `/chart/<id>.png`.
 */
import { randomUUID } from 'node:crypto';
import type { TimelineAnswer } from '../answers/types.ts';
import type { BotCore, Reply } from '../core-types.ts';
import { messagesFor } from '../i18n/messages.ts';
import { mentionsChart, type TimelineChartEvent, timelineChart } from '../render/charts/index.ts';
import { periodLabel } from '../render/fallback.ts';

/** A drawn chart: PNG bytes and the text that describes it. */
export interface PreviewChart {
  png: Buffer;
  altText: string;
}

/** At most this many timeline pages are read for one chart (15 events each). */
export const MAX_CHART_PAGES = 40;

/**
 * The chart for a reply, or undefined when it has none (another kind, an empty range, one month).
 * @example const chart = await chartFor(core, await core.handle("timeline 2019..2020", { lang: "de" })) // { png, altText }
 */
export async function chartFor(core: BotCore, reply: Reply): Promise<PreviewChart | undefined> {
  if (reply.kind === 'who' && reply.person && (reply.page ?? 1) === 1) {
    return mentionsChart({ name: reply.person.name, mentions: reply.person.articles.map((a) => a.date) });
  }
  if (reply.kind === 'timeline' && reply.events.length > 0) {
    const events = await allEvents(core, reply);
    const range = reply.from ? { from: reply.from, to: reply.to } : undefined;
    return timelineChart({ title: messagesFor(reply.lang).timelineTitle(periodLabel(reply)), events, ...(range ? { range } : {}) });
  }
  return undefined;
}

/** Every event of a timeline, page after page through the core (an answer holds one page). */
async function allEvents(core: BotCore, shown: TimelineAnswer): Promise<TimelineChartEvent[]> {
  const base = shown.command?.replace(/ page \d+$/, '');
  if (!base) return eventsOf(shown);
  const events: TimelineChartEvent[] = [];
  for (let page = 1; page <= Math.min(shown.pageCount, MAX_CHART_PAGES); page++) {
    const answer = page === shown.page ? shown : await core.handle(`${base} page ${page}`, { lang: shown.lang });
    if (answer.kind !== 'timeline' || answer.page !== page) break;
    events.push(...eventsOf(answer));
  }
  return events;
}

function eventsOf(answer: TimelineAnswer): TimelineChartEvent[] {
  return answer.events.map((e) => ({ date: e.date, label: e.text, weight: e.citations.length }));
}

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
