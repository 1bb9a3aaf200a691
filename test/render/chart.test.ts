/**
 * A reply's chart: the answer's chart data drawn as the chart module's PNG, with a file name and
 * title; nothing for replies without chart data.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineAnswer, WhoAnswer } from '../../src/answers/types.ts';
import { chartWithin, renderChart, slug, timelineEvents } from '../../src/render/chart.ts';
import { pngSize } from '../support/png.ts';

const timeline: TimelineAnswer = {
  kind: 'timeline',
  query: 'timeline 2019',
  lang: 'en',
  from: '2019',
  to: '2019',
  total: 5,
  events: [],
  page: 1,
  pageCount: 1,
  remaining: 0,
  chart: {
    months: [
      { month: '2019-02', count: 3 },
      { month: '2019-06', count: 2 },
    ],
    main: [{ date: '2019-02-27', label: 'Gipfel in Hanoi endet ohne Einigung', weight: 3 }],
    skipped: 1,
  },
};

describe('timelineEvents', () => {
  it('the main events with labels, the rest of each month unlabelled', () => {
    const events = timelineEvents(timeline);
    assert.equal(events.length, 5);
    assert.deepEqual(events[0], { date: '2019-02-27', label: 'Gipfel in Hanoi endet ohne Einigung', weight: 3 });
    assert.deepEqual(
      events.slice(1).map((e) => [e.date, e.label]),
      [
        ['2019-02', ''],
        ['2019-02', ''],
        ['2019-06', ''],
        ['2019-06', ''],
      ],
    );
  });
});

describe('renderChart', () => {
  it('draws a timeline in German (whatever the answer language) with the main event named', async () => {
    const chart = await renderChart(timeline);
    assert.ok(chart);
    assert.deepEqual(pngSize(chart.png), { width: 1600, height: 600 });
    assert.equal(chart.title, 'Chronik 2019');
    assert.equal(chart.filename, 'chronik-2019.png');
    assert.match(chart.altText, /^Balkendiagramm „Chronik 2019“: 5 Ereignisse im Jahr 2019.*Beschriftet: Feb 2019: Gipfel in Hanoi/);
  });

  it("draws a person's mentions", async () => {
    const who = {
      kind: 'who',
      query: 'who Biegun',
      lang: 'de',
      name: 'Biegun',
      suggestions: [],
      person: { name: 'Stephen Biegun' },
      chart: {
        mentions: [
          { month: '2020-07', count: 2 },
          { month: '2020-11', count: 1 },
        ],
      },
    } as unknown as WhoAnswer;
    const chart = await renderChart(who);
    assert.deepEqual(chart && pngSize(chart.png), { width: 1200, height: 400 });
    assert.equal(chart?.filename, 'erwaehnungen-stephen-biegun.png');
  });

  it('nothing without chart data, or for data the chart module finds too short', async () => {
    const { chart: _, ...plain } = timeline;
    assert.equal(await renderChart(plain), undefined);
    assert.deepEqual(await chartWithin(plain), {});
    const oneMonth: TimelineAnswer = { ...timeline, from: '2019-02', to: '2019-02', chart: { months: [{ month: '2019-02', count: 3 }], main: [], skipped: 0 } };
    assert.equal(await renderChart(oneMonth), undefined);
  });

  it('chartWithin gives up after its time limit, with the reason', async () => {
    const result = await chartWithin(timeline, 0);
    assert.match(result.problem ?? '', /took longer than 0 ms/);
  });
});

describe('slug', () => {
  it('spells out umlauts and joins words with dashes', () => {
    assert.equal(slug('Chronik Kaesong, 2019 – 2020'), 'chronik-kaesong-2019-2020');
    assert.equal(slug('Erwähnungen: Jürgen Groß'), 'erwaehnungen-juergen-gross');
    assert.equal(slug('<>'), 'diagramm');
  });
});
