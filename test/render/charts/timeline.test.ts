/**
 * The timeline chart: when it is drawn, what it counts, German months, labels from articles
 * with odd characters.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planTimeline, TIMELINE, type TimelineChartEvent } from '../../../src/render/charts/timeline-plan.ts';
import { timelineChartSvg } from '../../../src/render/charts/timeline.ts';

const hanoi: TimelineChartEvent = { date: '2019-02-27', label: 'Gipfel in Hanoi endet ohne Einigung' };
const panmunjom: TimelineChartEvent = { date: '2019-06-30', label: 'Trump und Kim treffen sich in Panmunjom' };
const stockholm: TimelineChartEvent = { date: '2019-10', label: 'Gespräche in Stockholm scheitern' };
const kaesong: TimelineChartEvent = { date: '2020-06-16', label: 'Nordkorea sprengt das Verbindungsbüro in Kaesong' };

describe('planTimeline: when a chart is drawn', () => {
  it('draws a timeline over more than a few months', () => {
    const plan = planTimeline({ title: 'Korea', events: [hanoi, panmunjom, stockholm, kaesong] });
    assert.ok(plan);
    assert.equal(plan.unit, 'month');
    assert.equal(plan.counted, 4);
    assert.equal(plan.subtitle, '4 Ereignisse von Februar 2019 bis Juni 2020, gezählt pro Monat');
  });

  it('does not draw an empty range', () => {
    assert.equal(planTimeline({ title: 'Korea', events: [] }), undefined);
    assert.equal(planTimeline({ title: 'Korea', events: [hanoi, kaesong], range: { from: '2021', to: '2022' } }), undefined);
    assert.equal(planTimeline({ title: 'Korea', events: [hanoi, kaesong], range: { from: '2020-12', to: '2019-01' } }), undefined);
  });

  it('does not draw a single event, or events in one month', () => {
    assert.equal(planTimeline({ title: 'Korea', events: [hanoi] }), undefined);
    assert.equal(planTimeline({ title: 'Korea', events: [hanoi], range: { from: '2019', to: '2019' } }), undefined);
    assert.equal(planTimeline({ title: 'Korea', events: [hanoi, { date: '2019-02-01', label: 'Vorbereitung' }], range: { from: '2019', to: '2020' } }), undefined);
  });

  it(`does not draw an axis shorter than ${TIMELINE.minMonths} months, but does with a longer range`, () => {
    const twoMonths = [hanoi, { date: '2019-03-01', label: 'Nachspiel' }];
    assert.equal(planTimeline({ title: 'Korea', events: twoMonths }), undefined);
    const inYear = planTimeline({ title: 'Korea', events: twoMonths, range: { from: '2019', to: '2019' } });
    assert.ok(inYear);
    assert.deepEqual(
      [inYear.first, inYear.last].map((m) => `${Math.floor(m / 12)}-${(m % 12) + 1}`),
      ['2019-1', '2019-12'],
    );
    assert.equal(inYear.subtitle, '2 Ereignisse im Jahr 2019, gezählt pro Monat');
  });

  it('skips bad dates and leaves out events outside the range, without failing', () => {
    const odd = [
      hanoi,
      kaesong,
      { date: '2019-13-01', label: 'x' },
      { date: '2019', label: 'Jahr' },
      { date: 'BC0490', label: 'Marathon' },
      { date: '', label: 'leer' },
      { label: 'ohne Datum' },
      null,
      42,
      { date: 20190227, label: 'Zahl' },
      { date: '2018-05', label: 'davor' },
    ] as unknown as TimelineChartEvent[];
    const plan = planTimeline({ title: 'Korea', events: odd, range: { from: '2019-01', to: '2020-12' } });
    assert.ok(plan);
    assert.equal(plan.counted, 2);
    assert.equal(plan.skipped, 8);
    assert.equal(planTimeline({ title: 'Korea', events: 'nichts' as unknown as TimelineChartEvent[] }), undefined);
  });

  it('counts per year when the axis spans more than 15 years', () => {
    const plan = planTimeline({ title: 'Korea', events: [{ date: '1950-06-25', label: 'Kriegsbeginn' }, { date: '1953-07-27', label: 'Waffenstillstand' }, kaesong] });
    assert.ok(plan);
    assert.equal(plan.unit, 'year');
    assert.equal(plan.subtitle, '3 Ereignisse von 1950 bis 2020, gezählt pro Jahr');
  });
});

describe('planTimeline: labels', () => {
  it('labels heavy events, cut at 40 characters, with the short month', () => {
    const long = { date: '2020-01-10', label: 'Kim Jong-un kündigt in seiner Neujahrsansprache eine neue strategische Waffe an', weight: 5 };
    const plan = planTimeline({ title: 'Korea', events: [hanoi, { ...panmunjom, weight: 2 }, long, kaesong] });
    assert.ok(plan);
    const texts = plan.labels.map((l) => l.text);
    assert.deepEqual(texts.slice(0, 2), ['Jan 2020: Kim Jong-un kündigt in seiner…', 'Juni 2019: Trump und Kim treffen sich in Panmunjom']);
    assert.ok(plan.labels.length <= TIMELINE.labels);
    assert.match(plan.altText, /^Balkendiagramm „Korea“: 4 Ereignisse von Februar 2019 bis Juni 2020, gezählt pro Monat; die meisten im Februar 2019 \(1\)\. Beschriftet: /);
  });

  it('labels nothing when asked to', () => {
    const plan = planTimeline({ title: 'Korea', events: [hanoi, panmunjom, stockholm], maxLabels: 0 });
    assert.deepEqual(plan?.labels, []);
    assert.equal(plan?.lanes, 0);
    assert.equal(plan?.yMax, plan?.maxCount);
  });

  it('keeps the tallest bar below the label lanes', () => {
    const plan = planTimeline({ title: 'Korea', events: [hanoi, hanoi, panmunjom, stockholm, kaesong] });
    assert.ok(plan && plan.lanes > 0);
    assert.ok(plan.yMax > plan.maxCount);
  });
});

describe('timelineChartSvg', () => {
  it('writes German months on the axis and in the title lines, without Vega warnings', async () => {
    const drawn = await timelineChartSvg({ title: 'Korea 2019', events: [hanoi, { date: '2019-03-01', label: 'März-Ereignis' }, panmunjom] });
    assert.ok(drawn);
    assert.deepEqual(drawn.warnings, []);
    assert.match(drawn.svg, /^<svg[^>]* width="800" height="300"/);
    for (const month of ['Feb 2019', 'März 2019', 'Mai 2019', 'Juni 2019']) assert.ok(drawn.svg.includes(`>${month}</text>`), month);
    assert.ok(drawn.svg.includes('von Februar 2019 bis Juni 2019'));
    assert.doesNotMatch(drawn.svg, />(Mar|May|Jun|Oct|Dec) /);
    assert.ok(drawn.svg.includes('font-family="DejaVu Sans"'));
  });

  it('escapes labels and titles from articles', async () => {
    const drawn = await timelineChartSvg({
      title: 'Zitat: "Feuer & Wut" <script>alert(1)</script>',
      events: [
        { date: '2017-08-08', label: 'Trump droht mit "Feuer & Wut" <b>', weight: 3 },
        { date: '2017-09-03', label: "Atomtest 💥 l'essai <&>\u0000\u0008", weight: 2 },
        { date: '2017-11-29', label: 'Raketentest'.repeat(30), weight: 1 },
      ],
    });
    assert.ok(drawn);
    assert.ok(drawn.svg.includes('Trump droht mit "Feuer &amp; Wut" &lt;b&gt;'));
    assert.ok(drawn.svg.includes('Zitat: "Feuer &amp; Wut" &lt;script&gt;'));
    assert.ok(drawn.svg.includes("Atomtest 💥 l'essai &lt;&amp;&gt;"));
    assert.doesNotMatch(drawn.svg, /<script|<b>/);
    assert.ok(![...drawn.svg].some((char) => (char.codePointAt(0) ?? 0) < 0x09), 'no control characters');
  });

  it('returns undefined where no chart is drawn', async () => {
    assert.equal(await timelineChartSvg({ title: 'Korea', events: [hanoi] }), undefined);
  });
});
