/**
 * `npm run bench:charts [-- --runs 15]`: how long a chart takes, as an answer waits for it. A
 * timeline of 500 events over 10 years (2010-2019, one per random day, fixed seed, longish labels)
 * and a mentions chart of the same 500 dates: plan, Vega-Lite + Vega to SVG, resvg to PNG, and
 * the whole path from an answer's chart data (`renderChart`). Median and slowest of `--runs` runs
 * after one warm-up run; prints a Markdown table. (Moved here from a timed unit test.)
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import type { TimelineAnswer } from '../src/answers/types.ts';
import { mentionsChart } from '../src/render/charts/index.ts';
import { specToSvg, svgToPng } from '../src/render/charts/render.ts';
import { planTimeline, TIMELINE } from '../src/render/charts/timeline-plan.ts';
import { timelineSpec } from '../src/render/charts/timeline-spec.ts';
import { renderChart } from '../src/render/chart.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Math.max(1, Number(values.runs) || 9);

/** 500 events, one per random day of 2010-2019 (fixed seed), each with a longish label. */
function events(): Array<{ date: string; label: string }> {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: 500 }, (_, i) => {
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return { date: `${2010 + Math.floor(random() * 10)}-${month}-${day}`, label: `Ereignis ${i}: Gespräche über das Atomprogramm in Genf vertagt` };
  });
}

/** The answer data a timeline of these events carries (counts per month, 15 main events). */
function answerOf(list: Array<{ date: string; label: string }>): TimelineAnswer {
  const counts = new Map<string, number>();
  for (const e of list) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
  const months = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }));
  const main = list.slice(0, 15).map((e, i) => ({ ...e, weight: 15 - i }));
  return { kind: 'timeline', query: 'timeline 2010..2019', lang: 'de', from: '2010', to: '2019', total: list.length, events: [], page: 1, pageCount: 34, remaining: 485, chart: { months, main, skipped: 0 } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);

/** Time `step` RUNS times after one warm-up; each step returns its parts in ms. */
async function time<K extends string>(step: () => Promise<Record<K, number>>): Promise<Record<K, number[]>> {
  await step();
  const all = {} as Record<K, number[]>;
  for (let run = 0; run < RUNS; run++) {
    for (const [key, ms] of Object.entries(await step()) as Array<[K, number]>) (all[key] ??= []).push(ms);
  }
  return all;
}

const input = { title: 'Zehn Jahre Nordkorea', events: events() };
const timeline = await time(async () => {
  const start = performance.now();
  const plan = planTimeline(input);
  if (!plan) throw new Error('no plan');
  const planned = performance.now();
  const { svg } = await specToSvg(timelineSpec(plan));
  const drawn = performance.now();
  await svgToPng(svg, TIMELINE.scale);
  const end = performance.now();
  return { plan: planned - start, svg: drawn - planned, png: end - drawn, total: end - start };
});
const mentions = await time(async () => {
  const start = performance.now();
  if (!(await mentionsChart({ name: 'Kim Jong-un', mentions: input.events.map((e) => e.date) }))) throw new Error('no chart');
  return { total: performance.now() - start };
});
const answer = answerOf(input.events);
const fromAnswer = await time(async () => {
  const start = performance.now();
  if (!(await renderChart(answer))) throw new Error('no chart');
  return { total: performance.now() - start };
});

const row = (name: string, xs: number[]) => `| ${name} | ${median(xs).toFixed(0)} | ${max(xs).toFixed(0)} |`;
console.log(`Charts: 500 events over 10 years, ${RUNS} runs after a warm-up, ${cpus().length} cores, Node ${process.version}\n`);
console.log('| step | median ms | slowest ms |\n|---|---:|---:|');
console.log(row('timeline: plan', timeline.plan));
console.log(row('timeline: Vega-Lite + Vega to SVG', timeline.svg));
console.log(row('timeline: resvg to PNG (1600 × 600)', timeline.png));
console.log(row('**timeline chart, total**', timeline.total));
console.log(row('timeline chart from answer data (`renderChart`)', fromAnswer.total));
console.log(row('mentions chart (1200 × 400), total', mentions.total));
