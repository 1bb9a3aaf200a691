/**
 * The time budget: a timeline of 500 events over 10 years, spec to PNG, well under a second.
 * The median of several runs after a warm-up is reported (`# median …` in the test output).
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { planTimeline } from '../../../src/render/charts/timeline-plan.ts';
import { timelineSpec } from '../../../src/render/charts/timeline-spec.ts';
import { specToSvg, svgToPng } from '../../../src/render/charts/render.ts';
import { TIMELINE } from '../../../src/render/charts/timeline-plan.ts';
import { mentionsChart } from '../../../src/render/charts/mentions.ts';

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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('renders 500 events over 10 years well under a second (median of 7 runs)', async (t) => {
  const input = { title: 'Zehn Jahre Nordkorea', events: events() };
  const runs: Array<{ plan: number; svg: number; png: number; total: number }> = [];
  for (let run = 0; run < 8; run++) {
    const start = performance.now();
    const plan = planTimeline(input);
    assert.ok(plan);
    const planned = performance.now();
    const { svg } = await specToSvg(timelineSpec(plan));
    const drawn = performance.now();
    await svgToPng(svg, TIMELINE.scale);
    const end = performance.now();
    if (run > 0) runs.push({ plan: planned - start, svg: drawn - planned, png: end - drawn, total: end - start });
  }
  const m = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key])).toFixed(0);
  t.diagnostic(`median of ${runs.length}: ${m('total')} ms (plan ${m('plan')}, Vega-Lite + Vega to SVG ${m('svg')}, resvg to PNG ${m('png')})`);
  assert.ok(median(runs.map((r) => r.total)) < 1000);

  const mentionRuns: number[] = [];
  for (let run = 0; run < 6; run++) {
    const start = performance.now();
    assert.ok(await mentionsChart({ name: 'Kim Jong-un', mentions: input.events.map((e) => e.date) }));
    if (run > 0) mentionRuns.push(performance.now() - start);
  }
  t.diagnostic(`mentions chart (500 mentions, 10 years): median of ${mentionRuns.length}: ${median(mentionRuns).toFixed(0)} ms`);
});
